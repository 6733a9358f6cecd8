import { describe, expect, it } from 'vitest';
import { checkReplyFields, placeholderProblems } from '@/lib/replies/io';
import { listFillIns } from '@/lib/replies';

describe('checkReplyFields', () => {
  it.each([
    ['empty content', { content: '  ' }, '内容不能为空', 'required'],
    ['content over 1,000 characters', { content: '亲'.repeat(1001) }, '超过 1000 字', 'over'],
    ['a code with a space', { content: 'x', code: 'f p' }, '空格', 'spaces'],
    ['a code over 12 characters', { content: 'x', code: 'fapiaokaijuxx' }, '太长', 'too long'],
  ])('%s is an error', (_name, reply, zh, en) => {
    const { errors } = checkReplyFields(reply);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.zh).toContain(zh);
    expect(errors[0]!.en).toContain(en);
  });

  it.each([
    [{ content: '亲'.repeat(1000), code: 'fapiaokaijux' }],
    [{ content: '😊'.repeat(1000) }],
    [{ content: '亲，单号是{单号}', code: 'DH1' }],
  ])('%j is fine', (reply) => {
    expect(checkReplyFields(reply)).toEqual({ errors: [], warnings: [] });
  });

  it('warns about a code the search box cannot match', () => {
    const { errors, warnings } = checkReplyFields({
      content: 'x',
      code: '发票',
    });
    expect(errors).toEqual([]);
    expect(warnings[0]!.zh).toContain('搜不到');
  });

  it('makes placeholder mistakes errors only when asked (the editor), warnings otherwise (an import)', () => {
    const reply = { content: '亲，单号是{单号' };
    expect(checkReplyFields(reply).errors).toEqual([]);
    expect(checkReplyFields(reply).warnings).toHaveLength(1);
    expect(checkReplyFields(reply, { strictPlaceholders: true }).errors).toHaveLength(1);
  });
});

describe('placeholderProblems', () => {
  it.each([
    ['亲，单号是{单号', '没有配对的「}」'],
    ['亲，单号是单号}', '多了一个「}」'],
    ['亲{}', '没有名称'],
    ['亲{|默认}', '没有名称'],
    ['亲{这是一个特别特别特别特别长的填空名称}', '名称太长'],
    [`亲{单号|${'稍'.repeat(41)}}`, '默认值太长'],
    ['{日期+三}发货', '{日期+3}'],
    ['{日期+N}发货', '{日期+3}'],
    ['亲｛买家｝您好', '全角'],
    ['{单号\n}', '没有配对'],
  ])('%j: %s', (content, zh) => {
    const problems = placeholderProblems(content);
    expect(problems.map((p) => p.zh).join(' ')).toContain(zh);
    expect(problems.every((p) => p.en.length > 0)).toBe(true);
  });

  it.each([
    '亲，{买家}您好',
    '{日期+3}前发货',
    '单号{单号|稍后发您}',
    '{a|b|c}',
    '没有变量',
    '{店铺}{客服}{今天}{明天}',
  ])('%j is well formed, and variables.ts reads every placeholder in it', (content) => {
    expect(placeholderProblems(content)).toEqual([]);
    expect(listFillIns(content).every((f) => f.name.length > 0)).toBe(true);
  });
});
