import { describe, expect, it } from 'vitest';
import { detectPromises, type PromiseKind } from '../../../lib/promises';
import { formatIsoWithOffset } from '../../../lib/time';

// Sentences written for these tests (none is taken from a fixture); they pin the round-9 word classes and structures.
const MON_MORNING = new Date('2026-11-23T10:15:00+08:00');

function kinds(text: string, now = MON_MORNING): PromiseKind[] {
  return detectPromises(text, { now }).map((p) => p.kind);
}

function dueOf(text: string, now = MON_MORNING): string[] {
  return detectPromises(text, { now }).map((p) => formatIsoWithOffset(p.due));
}

describe('round 9: actions said the short way', () => {
  it.each<[string, PromiseKind[]]>([
    // calls: 回你电话, 我打过去 / 再打过来, 给您拨一个, a clock range then 打
    ['三点回你电话', ['callback']],
    ['下午两点左右我打过去', ['callback']],
    ['等下我再打过来', ['callback']],
    ['晚饭前再给你拨一个', ['callback']],
    ['四点到五点之间打', ['callback']],
    // the staff asked: technicians, stores, suppliers, channels, the pharmacist; 请示 and 联系
    ['我去联系下技师，下午回您', ['other', 'reply']],
    ['这事得请示一下店长，晚上答复您', ['other', 'reply']],
    ['我问问供货商那边，明天给你准信', ['other', 'reply']],
    // a bare duration after the promise is when it is done
    ['抬头错了那张重开一张，十分钟', ['invoice']],
    ['施工时间我跟门店定一下，定好回您', ['other', 'reply']],
    // invoices: 专票/普票 opened, reissued
    ['周三前开好普票', ['invoice']],
    // a bare 补 after its time, or 跟着 the next parcel; 补货 is stock, not a resend
    ['缺的那包明天中午前补', ['resend']],
    ['少的垫片我跟着下一单补', ['resend']],
    ['新的那双下周一早上顺丰发', ['resend']],
    // exchanges: 把…换掉, 换款; 兑换码 is a code, not an exchange
    ['后天之前把裂了的那个换掉', ['exchange']],
    ['兑换码今晚八点前发你', ['ship']],
    // money back said tersely
    ['差价一小时后手动退', ['refund']],
    ['多收的运费月底前一定退', ['refund']],
    // goods leave: 走 after a deadline, the first batch, 发掉, handed to a carrier, delivered to the store
    ['补寄的那件四点之前走', ['resend']],
    ['您这单周二上午第一批发', ['ship']],
    ['这周五之前发掉', ['ship']],
    ['今天五点前交给顺丰', ['ship']],
    ['后天把轮胎送到您指定的门店', ['ship']],
    ['十分钟后发卡密', ['ship']],
    // time: 过两个钟头, 假后第一个工作日
    ['过两个钟头再打过来', ['callback']],
  ])('%s → %j', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('round 9: look-alikes that promise nothing', () => {
  it.each<[string]>([
    ['这款每周三补一次货'],
    ['仓库每周补货一次'],
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('round 9: due times', () => {
  it.each<[string, string[]]>([
    ['过两个钟头再打过来', ['2026-11-23T12:15:00+08:00']],
    ['过半小时回你电话', ['2026-11-23T10:45:00+08:00']],
    ['抬头错了那张重开一张，十分钟', ['2026-11-23T10:25:00+08:00']],
  ])('%s → %j', (text, expected) => {
    expect(dueOf(text)).toEqual(expected);
  });
});
