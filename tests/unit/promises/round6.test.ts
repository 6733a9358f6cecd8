import { describe, expect, it } from 'vitest';
import { detectPromises, type PromiseKind } from '../../../lib/promises';
import { formatIsoWithOffset } from '../../../lib/time';
import { kinds, MON_MORNING } from './detect-helpers';

// Sentences written for these tests (none is taken from a fixture); they pin the round-6 word classes and structures.
const TUE_EVENING = new Date('2026-11-24T19:05:00+08:00');

describe('round 6: actions said without 给您/帮您', () => {
  it.each<[string, PromiseKind[]]>([
    // booking a technician, a truck, registering, settling money: the agent's own act (other)
    ['维修师傅我下午去约', ['other']],
    ['明天上午给您约好上门的师傅', ['other']],
    ['老空调后天派车拉走', ['other']],
    ['您的补贴申请这边周五前登记好', ['other']],
    ['装机时间我这就调到周日', ['other']],
    ['回收款明天给您结掉', ['other']],
    ['这单我现在转给售后组处理', ['other']],
    // the exchange said with a direction or a size
    ['颜色发错了，这边周四前把蓝色的换过去', ['exchange']],
    ['那件换L码，明天发出', ['exchange']],
    ['周六上门取旧的送新的', ['exchange']],
    // a guaranteed arrival is the shipment promised
    ['沙发这周五前一定送到', ['ship']],
    // parts, or goods knocked in transit, sent on their own are resends
    ['遥控器明天寄出', ['resend']],
    ['侧板运输磕坏了，下周寄个新的过来', ['resend']],
    // words given without naming the buyer, contact details as information
    ['这个事今晚之前一定给个交代', ['reply']],
    ['送货师傅的电话半小时后发您', ['reply']],
    ['机器的序列号等下发你', ['reply']],
    // courier legwork: stations, tickets, calls that chase
    ['包裹在站点放着，我下午再催一下站点', ['logistics']],
    ['我给转运中心提个工单', ['logistics']],
    ['货还在配送站，明早打电话催他们送', ['logistics']],
    ['你那单的快递 晚点帮你查', ['logistics']],
    // named warehouses
    ['我去问下华东仓有没有现货', ['warehouse']],
    // stock coming in to the warehouse, the word after it a restock notice
    ['灰色下周到仓，到了马上告诉您', ['restock_notice']],
    ['有货了滴滴你', ['restock_notice']],
    // 到账 on a named day, without a hedge or a source
    ['差价今晚九点前到账', ['refund']],
    // a game top-up arriving is the order delivered
    ['话费我这就去充 十分钟内到账', ['ship']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('round 6: what must not fire', () => {
  it.each<string>([
    '以旧换新的旧机由物流统一回收',
    '新机到之前会有短信提醒',
    '差价这块我们没法退，价保已经过期了',
    '麻烦您先把发票抬头发我，我这边登记',
    '请您拍个视频，我好给您申请',
    '周末网点照常派送',
    '退款一般一到三天到账',
    '我去盯着仓库出库',
    '月底系统在结算',
  ])('%s', (text) => {
    expect(kinds(text).filter((k) => k !== 'warehouse')).toEqual([]);
  });

  it('chasing a shipment is the warehouse legwork, not a shipment promise', () => {
    expect(kinds('仓库还没开门，等会儿我去催他们出库')).toEqual(['warehouse']);
  });
});

describe('round 6: conditions that do not make an offer', () => {
  it.each<[string, PromiseKind[]]>([
    // the parcel, not the buyer, is the condition: the legwork holds
    ['快递明天还不动的话 我去催快递', ['logistics']],
    // the buyer's availability sets when, not whether
    ['您现在在忙的话，我晚上八点再打给您', ['callback']],
    // a choice the answer will settle is not a choice offered
    ['师傅看过以后，这边明天答复您是修还是换', ['reply']],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('still reads a buyer-side condition as an offer', () => {
    expect(kinds('您需要的话，我们可以给您补发')).toEqual([]);
  });
});

describe('round 6: due times of quick edits and of 现在', () => {
  it.each<[string, Date, string]>([
    // an edit of the order with no time is done while chatting: within the hour, also in the evening
    ['价格我改一下', MON_MORNING, '2026-11-23T11:15:00+08:00'],
    ['地址我改一下', TUE_EVENING, '2026-11-24T20:05:00+08:00'],
    // 现在 before the verb is 马上
    ['运费我现在改成包邮', TUE_EVENING, '2026-11-24T19:20:00+08:00'],
  ])('%s', (text, now, due) => {
    const [p] = detectPromises(text, { now });
    expect(p?.kind).toBe('other');
    expect(formatIsoWithOffset(p!.due)).toBe(due);
  });
});
