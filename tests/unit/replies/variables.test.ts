import { describe, expect, it } from 'vitest';
import { listFillIns, previewReply, renderReply, requiredFillIns, usableBuyerName } from '@/lib/replies';

const now = new Date('2026-11-30T10:00:00+08:00');
const ctx = { buyerName: '小美', shopName: '青禾家居', agentName: '阿青', now };

describe('renderReply', () => {
  it.each([
    ['{买家}您好,欢迎光临{店铺}', '小美您好,欢迎光临青禾家居'],
    ['{客服}为您服务', '阿青为您服务'],
    ['今天是{今天},明天是{明天}', '今天是11月30日,明天是12月1日'],
    ['{日期+7}前寄回即可', '12月7日前寄回即可'],
    ['默认发{快递公司|中通快递}', '默认发中通快递'],
    ['没有变量', '没有变量'],
  ])('%s → %s', (content, expected) => {
    expect(renderReply(content, ctx)).toEqual({ ok: true, text: expected });
  });

  it.each([
    [{ buyerName: 'S*******n' }, '亲您好'],
    [{ buyerName: '' }, '亲您好'],
    [{ buyerName: undefined }, '亲您好'],
    [{ buyerName: '  ' }, '亲您好'],
    [{ buyerName: '2088123456789' }, '亲您好'],
  ])('never addresses a buyer by a masked or missing name (%o)', (over, expected) => {
    expect(renderReply('{买家}您好', { ...ctx, ...over })).toEqual({ ok: true, text: expected });
  });

  it('falls back for shop and agent names', () => {
    expect(renderReply('{店铺}的{客服}', { now })).toEqual({ ok: true, text: '本店的客服' });
  });

  it('refuses to render while a fill-in without default is empty, and names it', () => {
    const content = '单号是{单号},退款{金额}元,{快递公司|顺丰}';
    expect(renderReply(content, ctx)).toEqual({ ok: false, missing: [{ name: '单号' }, { name: '金额' }] });
    expect(renderReply(content, ctx, { 单号: 'SF123', 金额: ' ' })).toEqual({ ok: false, missing: [{ name: '金额' }] });
    expect(renderReply(content, ctx, { 单号: 'SF123', 金额: '20' })).toEqual({ ok: true, text: '单号是SF123,退款20元,顺丰' });
  });

  it('uses a value over a default', () => {
    expect(renderReply('发{快递公司|顺丰}', ctx, { 快递公司: '京东' })).toEqual({ ok: true, text: '发京东' });
  });
});

describe('fill-ins', () => {
  it('lists fill-ins once each in order, not variables', () => {
    expect(listFillIns('{买家} {单号} {金额|10} {单号} {日期+3}')).toEqual([
      { name: '单号' },
      { name: '金额', defaultValue: '10' },
    ]);
    expect(requiredFillIns('{单号} {金额|10}')).toEqual([{ name: '单号' }]);
  });

  it('previews fill-ins visibly, never as raw braces', () => {
    expect(previewReply('{买家},单号{单号},发{快递公司|中通}', ctx)).toBe('小美,单号【单号】,发中通');
  });
});

describe('usableBuyerName', () => {
  it.each([
    ['小美', '小美'],
    ['  Tom ', 'Tom'],
    ['S*******n', undefined],
    ['', undefined],
    ['123456789', undefined],
    ['a'.repeat(30), undefined],
  ])('%s → %s', (name, expected) => expect(usableBuyerName(name)).toBe(expected));
});
