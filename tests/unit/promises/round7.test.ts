import { describe, expect, it } from 'vitest';
import { detectPromises, type PromiseKind } from '../../../lib/promises';
import { formatIsoWithOffset } from '../../../lib/time';
import { kinds, MON_MORNING } from './detect-helpers';

// Sentences written for these tests (none is taken from a fixture); they pin the round-7 word classes and structures.
const MON_NIGHT = new Date('2026-11-23T22:20:00+08:00');

describe('round 7: actions said the short way', () => {
  it.each<[string, PromiseKind[]]>([
    // the goods leave: 走/出 right after a day or a clock, packing, a carrier named after the time
    ['那单明天下午走', ['ship']],
    ['您这个后儿上午出', ['ship']],
    ['五号走 放心', ['ship']],
    ['最迟周六出', ['ship']],
    ['我这就去打包', ['ship']],
    ['杯子明早sf', ['ship']],
    ['新的周三前寄到你手上', ['resend']],
    ['少的那块挡板三天内补到您手上', ['resend']],
    // calling: 打你电话, a clock then 打, 给您来电话
    ['下午三点打你电话', ['callback']],
    ['四点半打过去 您留意下', ['callback']],
    ['晚点我打您订单上的电话', ['callback']],
    ['明早十点给您来个电话', ['callback']],
    // the invoice said as 票 alone, or 开 after its day
    ['票周三开 开好发你', ['invoice']],
    ['发票这两天在核对，周四开', ['invoice']],
    ['后天把票开了', ['invoice']],
    // money back said tersely, 帐 for 账
    ['周二一早退', ['refund']],
    ['差的那部分今天之内到帐', ['refund']],
    // asking the factory, the appraiser or the platform's support: the agent's own step (other)
    ['问下厂里 下午回你', ['other', 'reply']],
    ['表我拿去给鉴定师看看，看完晚上回您', ['other', 'reply']],
    ['我跟平台客服说一下，有结果了告诉你', ['other', 'reply']],
    // the warehouse visited, watched or looked at, with the noun fronted
    ['下午跑趟库房 问清楚回你', ['warehouse', 'reply']],
    ['仓库那边我盯着，有进展跟你说', ['warehouse', 'reply']],
    // a look at the tracking
    ['晚上我再看一眼物流', ['logistics']],
    ['睡醒了就去查快递，中午前跟您说', ['logistics', 'reply']],
    // the stock coming in, then the word to the buyer
    ['那款灰色下周到一批，到了第一时间戳您', ['restock_notice']],
    ['那个尺码周五到，到了我吱一声', ['restock_notice']],
    ['下批到仓了这边给您发消息', ['restock_notice']],
    // 在 mistyped for 再 after a step still to come
    ['等我核对完了在跟您说', ['reply']],
    // information handed over: reports, batch numbers, schedules, a plan, progress
    ['检测报告下午发到这个窗口', ['other']],
    ['待会把尺码表再发一遍', ['other']],
    ['周四前给个处理意见', ['reply']],
    ['包裹我盯着，晚上更新一次进度', ['logistics', 'reply']],
    // applications the agent files, and the pickup booked
    ['理赔申请明天提交上去', ['other']],
    ['我去申请赔偿，批了跟您说', ['other', 'reply']],
    ['后天上午安排上门取件', ['logistics']],
    // legwork with 他们 / 确认 aimed at the courier named before
    ['快递年前停得早，我明天打电话问问他们', ['logistics']],
    // the shipment after a resend is named is that resend
    ['这单全部重发，后天上午出', ['resend']],
    // 换好 then sent back is the exchange (寄回 by the shop is not the buyer's return)
    ['五天内换好给您寄回去', ['exchange']],
    // an A-not-A question after 问下 is what the agent will ask
    ['上午问下厂家有没有，问好了回你', ['other', 'reply']],
    // 先 with a time is a plan even with 了
    ['您这单今天先给走了', ['ship']],
    ['那个款式厂家说月底才有，到了第一时间吱一声', ['restock_notice']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('round 7: look-alikes that promise nothing', () => {
  it.each<string>([
    '快递下午走，这是他们的班次',
    '现在在跟仓库核对，还没结果',
    '这个得问下技术才知道',
    '票昨天就开了，在订单里能下',
    '今天早上发出去的 中通',
    '上周三的快递已经走了',
    '昨天打过你电话 没人接',
    '退款昨天就到帐了',
    '您把检测报告发我一下',
    '我帮您申请补偿5元是可以的吗？',
    '保价申请已经提交上去了',
    '您寄回后我们收到就处理',
    '那个色下周三补',
  ])('%s', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe('round 7: twelve o\u2019clock at night', () => {
  it.each<[string, Date, string]>([
    ['今晚十二点前给您退', MON_MORNING, '2026-11-23T23:59:00+08:00'],
    ['12点前单号发你', MON_NIGHT, '2026-11-23T23:59:00+08:00'],
    ['晚上12点前发走', MON_MORNING, '2026-11-23T23:59:00+08:00'],
    // by day, twelve is still noon
    ['明天12点前发', MON_NIGHT, '2026-11-24T12:00:00+08:00'],
    ['12点前发', MON_MORNING, '2026-11-23T12:00:00+08:00'],
  ])('%s (now %s)', (text, now, due) => {
    const found = detectPromises(text, { now });
    expect(found).toHaveLength(1);
    expect(formatIsoWithOffset(found[0]!.due)).toBe(due);
  });
});
