import { describe, expect, it } from 'vitest';
import { analyseClauses, detectPromises, type NonPromiseReason, type PromiseKind } from '../../../lib/promises';
import { formatIsoWithOffset } from '../../../lib/time';

const MON_MORNING = new Date('2026-11-23T10:15:00+08:00');

function brief(text: string, now = MON_MORNING): Array<[PromiseKind, string, boolean, string]> {
  return detectPromises(text, { now }).map((p) => [p.kind, formatIsoWithOffset(p.due), p.vague, p.text]);
}

describe('detectPromises: the brief’s examples', () => {
  it.each<[string, Array<[PromiseKind, string, boolean, string]>]>([
    ['明天下午三点前给您发顺丰', [['ship', '2026-11-24T15:00:00+08:00', false, '明天下午三点前给您发顺丰']]],
    // each clause that commits is a promise: the warehouse asked now, the answer due in the afternoon
    [
      '我去问下仓库,下午给您答复',
      [
        ['warehouse', '2026-11-23T10:30:00+08:00', true, '我去问下仓库'],
        ['reply', '2026-11-23T18:00:00+08:00', false, '下午给您答复'],
      ],
    ],
    ['三天内给您退款', [['refund', '2026-11-26T10:15:00+08:00', false, '三天内给您退款']]],
    ['补货了第一时间通知您', [['restock_notice', '2026-11-26T10:00:00+08:00', true, '补货了第一时间通知您']]],
    [
      '今天给您补发,明天给您回复物流单号',
      [
        ['resend', '2026-11-23T18:00:00+08:00', false, '今天给您补发'],
        ['reply', '2026-11-24T18:00:00+08:00', false, '明天给您回复物流单号'],
      ],
    ],
    ['今天发不了,明天一早给您发', [['ship', '2026-11-24T10:00:00+08:00', false, '明天一早给您发']]],
    ['我问下仓库然后给您回复', [['reply', '2026-11-23T11:15:00+08:00', true, '我问下仓库然后给您回复']]],
    ['稍后给您回复哈', [['reply', '2026-11-23T10:45:00+08:00', true, '稍后给您回复哈']]],
    ['马上给您安排发货', [['ship', '2026-11-23T10:30:00+08:00', true, '马上给您安排发货']]],
    ['晚点给您答复', [['reply', '2026-11-23T12:15:00+08:00', true, '晚点给您答复']]],
    ['有结果第一时间告诉您', [['reply', '2026-11-23T12:15:00+08:00', true, '有结果第一时间告诉您']]],
    ['给您补发一个', [['resend', '2026-11-23T18:00:00+08:00', true, '给您补发一个']]],
  ])('%s', (text, expected) => {
    expect(brief(text)).toEqual(expected);
  });
});

describe('detectPromises: not promises (domain.md), each for its own reason', () => {
  it.each<[string, NonPromiseReason]>([
    ['下午四点前付款当天发', 'policy'],
    ['我们一般48小时内发货', 'policy'],
    ['退货寄回后仓库签收48小时内给您退款', 'policy'],
    ['周末正常发货的亲', 'policy'],
    ['已经发出了', 'report'],
    ['已经给您退款了', 'report'],
    ['给您换好了', 'report'],
    ['刚刚给您补发了一个', 'report'],
    ['快递员明天会给您打电话', 'fact'],
    ['需要给您开发票吗？', 'question'],
    ['明天给您发可以吗', 'question'],
    ['要不要给您换个颜色', 'question'],
    ['您需要的话可以给您补发', 'offer'],
    ['也可以给您退差价', 'offer'],
    ['您同意的话我们给您退一半', 'offer'],
    ['您的意思是让我们明天给您发货对吧', 'quote'],
    ['今天发不了', 'none'], // no action is named at all: 发不了 is not a shipment
    ['这个没办法给您退款的', 'negation'],
    ['暂时不能给您补发', 'negation'],
    ['这款不支持换货哦', 'negation'],
    ['您先在订单页申请退款哦', 'request'],
    ['您明天联系一下快递', 'request'],
    ['请您今天下午给我们回复', 'request'],
  ])('%s → %s', (text, reason) => {
    expect(detectPromises(text, { now: MON_MORNING })).toEqual([]);
    const verdicts = analyseClauses(text, MON_MORNING).map((a) => a.verdict);
    if (reason === 'none') expect(verdicts.every((v) => v === null || v === 'none')).toBe(true);
    else expect(verdicts).toContain(reason);
  });

  it.each([
    '物流显示明天到达',
    '快递预计后天送到',
    '您明天收到后确认一下',
    '亲收到货后记得给个好评哦',
    '好的亲，感谢您的耐心等待',
    '稍等一下哦亲',
    '麻烦您明天把商品寄回来', // 寄回 is the buyer's return, not a shipment
    '您说的“明天给您发”是之前的客服答应的吗', // quoted words are masked before anything reads them
  ])('%s names no promised action', (text) => {
    expect(detectPromises(text, { now: MON_MORNING })).toEqual([]);
  });

  it('a buyer condition in the clause before makes an offer (如果您不满意，我们给您退款)', () => {
    expect(detectPromises('如果您不满意，我们给您退款', { now: MON_MORNING })).toEqual([]);
  });

  it('a proposal waiting for the buyer’s yes is not yet a promise (明天给您发，可以吗？)', () => {
    expect(detectPromises('明天给您发，可以吗？', { now: MON_MORNING })).toEqual([]);
  });

  it('an event the agent waits for is not an offer: the promise holds (如果仓库有货，今天给您发出)', () => {
    expect(brief('如果仓库有货，今天给您发出')).toEqual([['ship', '2026-11-23T18:00:00+08:00', false, '今天给您发出']]);
  });

  it('double negation commits (不会不给您开发票的)', () => {
    expect(brief('不会不给您开发票的').map(([kind]) => kind)).toEqual(['invoice']);
  });
});

describe('detectPromises: clauses that combine', () => {
  it.each<[string, Array<[PromiseKind, string]>]>([
    // legwork then outcome: two promises; an outcome with no time of its own is due with the legwork
    [
      '我下午联系一下快递，问清楚了告诉您',
      [
        ['logistics', '2026-11-23T18:00:00+08:00'],
        ['reply', '2026-11-23T18:00:00+08:00'],
      ],
    ],
    [
      '我这边帮您催一下仓库，今天一定给您发出',
      [
        ['warehouse', '2026-11-23T11:15:00+08:00'],
        ['ship', '2026-11-23T18:00:00+08:00'],
      ],
    ],
    // one shipment said twice
    ['给您换一个新的，今天下午发出', [['exchange', '2026-11-23T18:00:00+08:00']]],
    ['下午给您发，三点前发出', [['ship', '2026-11-23T15:00:00+08:00']]], // same day: the earlier time
    // a follow-up word is a promise of its own, due with the promise before
    [
      '明天给您换货，换好了第一时间告诉您',
      [
        ['exchange', '2026-11-24T18:00:00+08:00'],
        ['reply', '2026-11-24T18:00:00+08:00'],
      ],
    ],
    [
      '明天给您补发，补发后给您发单号',
      [
        ['resend', '2026-11-24T18:00:00+08:00'],
        ['reply', '2026-11-24T18:00:00+08:00'],
      ],
    ],
    // …unless it has a time of its own
    [
      '亲，给您补发的配件今天下午寄出，单号晚点发您',
      [
        ['resend', '2026-11-23T18:00:00+08:00'],
        ['reply', '2026-11-23T12:15:00+08:00'],
      ],
    ],
    // a clause that is only a time lends it to the next
    ['亲，明天下午三点前，一定给您发出', [['ship', '2026-11-24T15:00:00+08:00']]],
    // a generic action takes the topic of the clause before
    ['开票信息我记下了，今天给您开', [['invoice', '2026-11-23T18:00:00+08:00']]],
    // "when it arrives" waits for the stock, on the day named before
    ['这个颜色明天补货，到了马上给您发', [['ship', '2026-11-24T18:00:00+08:00']]],
    // different sentences never combine
    [
      '我去问下仓库。下午给您答复。',
      [
        ['warehouse', '2026-11-23T10:30:00+08:00'],
        ['reply', '2026-11-23T18:00:00+08:00'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(detectPromises(text, { now: MON_MORNING }).map((p) => [p.kind, formatIsoWithOffset(p.due)])).toEqual(
      expected,
    );
  });

  it('keeps the order of appearance and one promise per clause', () => {
    const found = detectPromises('我现在去问仓库，今天下班前给您回复，明天给您发出，后天给您开发票', {
      now: MON_MORNING,
    });
    expect(found.map((p) => p.kind)).toEqual(['warehouse', 'reply', 'ship', 'invoice']);
    expect(found.map((p) => p.text)).toEqual([
      '我现在去问仓库',
      '今天下班前给您回复',
      '明天给您发出',
      '后天给您开发票',
    ]);
  });

  it('returns the clause as written, full-width digits and all', () => {
    expect(detectPromises('好的亲～　明天下午３点前给您发出！', { now: MON_MORNING })).toEqual([
      {
        kind: 'ship',
        due: new Date('2026-11-24T15:00:00+08:00'),
        text: '明天下午３点前给您发出',
        vague: false,
      },
    ]);
  });

  it('refuses an invalid clock rather than return promises due at an invalid date', () => {
    expect(() => detectPromises('明天给您发', { now: new Date('not a date') })).toThrow(RangeError);
  });

  it('returns nothing for an empty message', () => {
    expect(detectPromises('', { now: MON_MORNING })).toEqual([]);
  });
});
