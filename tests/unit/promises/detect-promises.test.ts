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
    ['补货了第一时间通知您', [['restock_notice', '2026-11-24T10:05:00+08:00', true, '补货了第一时间通知您']]],
    [
      '今天给您补发,明天给您回复物流单号',
      [
        ['resend', '2026-11-23T18:00:00+08:00', false, '今天给您补发'],
        ['reply', '2026-11-24T18:00:00+08:00', false, '明天给您回复物流单号'],
      ],
    ],
    ['今天发不了,明天一早给您发', [['ship', '2026-11-24T10:00:00+08:00', false, '明天一早给您发']]],
    // the legwork and the answer it feeds are two promises, even in one clause; the legwork is due by the answer
    [
      '我问下仓库然后给您回复',
      [
        ['warehouse', '2026-11-23T11:15:00+08:00', true, '我问下仓库'],
        ['reply', '2026-11-23T11:15:00+08:00', true, '我问下仓库然后给您回复'],
      ],
    ],
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

function found(text: string, now: string): Array<[PromiseKind, string]> {
  return detectPromises(text, { now: new Date(now) }).map((p) => [p.kind, formatIsoWithOffset(p.due)]);
}

describe('detectPromises v2: actors, word order and times carried between clauses', () => {
  it.each<[string, string, Array<[PromiseKind, string]>]>([
    // 您 as owner is not the buyer acting; 过 in 寄过去 is a direction
    ['亲爱的，您要的发票我下周一开好发您', '2026-11-26T11:20:00+08:00', [['invoice', '2026-11-30T18:00:00+08:00']]],
    ['月底了仓库爆单，但您这单今晚一定发', '2026-11-30T16:00:00+08:00', [['ship', '2026-11-30T21:00:00+08:00']]],
    ['东西我们明儿一早给您寄过去', '2026-11-26T11:20:00+08:00', [['ship', '2026-11-27T10:00:00+08:00']]],
    [
      '周日也有人值班的，明天中午前给您补寄过去',
      '2026-11-28T18:20:00+08:00',
      [['resend', '2026-11-29T12:00:00+08:00']],
    ],
    // an event the promise waits on lends its time to it
    ['明天周一仓库上班，第一时间给您发', '2026-12-06T14:00:00+08:00', [['ship', '2026-12-07T10:00:00+08:00']]],
    [
      '预计下周三到货，到了第一时间通知您',
      '2026-11-23T10:15:00+08:00',
      [['restock_notice', '2026-12-02T18:00:00+08:00']],
    ],
    ['财务下午上班，上班后马上给您开票', '2026-11-24T12:20:00+08:00', [['invoice', '2026-11-24T14:00:00+08:00']]],
    ['您等我五分钟，我问下仓库', '2026-11-23T10:15:00+08:00', [['warehouse', '2026-11-23T10:20:00+08:00']]],
    // an estimate after the promise lends its time back
    ['等仓库回复了我马上跟您说，估计下午', '2026-11-23T10:15:00+08:00', [['reply', '2026-11-23T18:00:00+08:00']]],
    ['链接我这边做好了就发您，大概二十分钟', '2026-11-23T10:15:00+08:00', [['other', '2026-11-23T10:35:00+08:00']]],
    // a follow-up with no time of its own is due with the promise before it
    [
      '明天下午联系快递上门取件，换货的新衣服同步寄出',
      '2026-11-24T12:20:00+08:00',
      [
        ['logistics', '2026-11-25T18:00:00+08:00'],
        ['exchange', '2026-11-25T18:00:00+08:00'],
      ],
    ],
    [
      '好的亲，明天一定给您发出，发了第一时间把单号告诉您',
      '2026-11-23T10:15:00+08:00',
      [
        ['ship', '2026-11-24T18:00:00+08:00'],
        ['reply', '2026-11-24T18:00:00+08:00'],
      ],
    ],
    // the same thing said twice: the later clause narrows the time
    ['我这边先给您退款，钱半小时后到账', '2026-11-23T10:15:00+08:00', [['refund', '2026-11-23T10:45:00+08:00']]],
    ['发票今天开好，晚上发您邮箱', '2026-11-23T10:15:00+08:00', [['invoice', '2026-11-23T21:00:00+08:00']]],
    ['那我先给您退10块钱运费，马上操作', '2026-11-23T10:15:00+08:00', [['refund', '2026-11-23T10:30:00+08:00']]],
    // legwork started now has its answer within the hour
    [
      '我这就去仓库问，问完马上回复您',
      '2026-11-24T13:30:00+08:00',
      [
        ['warehouse', '2026-11-24T13:45:00+08:00'],
        ['reply', '2026-11-24T14:30:00+08:00'],
      ],
    ],
    // a question the agent will answer is not one put to the buyer
    ['一小时内给您答复能不能加急', '2026-11-23T10:15:00+08:00', [['reply', '2026-11-23T11:15:00+08:00']]],
    ['今天跨年快递都停了，元旦后第一天给您发出', '2026-12-31T20:10:00+08:00', [['ship', '2027-01-02T18:00:00+08:00']]],
    ['今儿就给您把退款退了', '2026-11-29T10:40:00+08:00', [['refund', '2026-11-29T18:00:00+08:00']]],
    ['放心，明早一上班就给您把退款操作了', '2026-11-25T23:20:00+08:00', [['refund', '2026-11-26T10:00:00+08:00']]],
    // only the clause that commits: a need explained, a conditional send and a check going on are not promises
    ['这个我得问下技术，下午三点左右给您回复', '2026-11-26T13:05:00+08:00', [['reply', '2026-11-26T15:00:00+08:00']]],
    [
      '亲我下午去仓库亲自找一下，找到了给您寄',
      '2026-11-23T10:15:00+08:00',
      [['warehouse', '2026-11-23T18:00:00+08:00']],
    ],
    [
      '今晚先帮您催一下快递，明天还没动我再给您补发',
      '2026-11-27T17:45:00+08:00',
      [['logistics', '2026-11-27T21:00:00+08:00']],
    ],
    ['半小时后我再联系您，现在在跟快递那边核实', '2026-11-26T15:30:00+08:00', [['reply', '2026-11-26T16:00:00+08:00']]],
  ])('%s (now %s)', (text, now, expected) => {
    expect(found(text, now)).toEqual(expected);
  });
});

describe('detectPromises v2: look like promises, are not', () => {
  it.each<[string, NonPromiseReason]>([
    ['周五下午的单子要周一才能发，提前跟您说一声', 'report'], // the message is the word to the buyer
    ['仓库那边说明天发，具体以物流为准', 'fact'], // hearsay
    ['快递员下午会联系您的', 'fact'],
    ['旧的快递员上门取', 'fact'],
    ['退货的运费险会在退款完成后72小时内赔付到您的账户', 'policy'],
    ['亲，元旦期间快递停运，1月3号恢复发货', 'policy'],
    ['亲，我们家下午四点前付款的当天发，四点以后的次日发哦', 'policy'],
    ['您可以在订单页点“催发货”，仓库会优先处理', 'offer'],
    ['您明天要是还没收到，我再帮您查', 'offer'],
    ['明天到不了的话您联系我，我给您补偿', 'offer'],
    ['不能的话我们可以晚点发', 'offer'],
    ['找到了给您寄', 'conditional'],
    ['明天下午四点前肯定到账，我这边已经给您退了', 'fact'], // the money arriving follows a refund reported done
    ['亲，已帮您催促仓库', 'report'],
    ['这个我得问下技术', 'none'],
  ])('%s → %s', (text, reason) => {
    expect(detectPromises(text, { now: MON_MORNING })).toEqual([]);
    expect(analyseClauses(text, MON_MORNING).map((a) => a.verdict)).toContain(reason);
  });
});

describe('detectPromises round 3: structure that carries over to new authors', () => {
  const TUE = '2026-12-01T09:00:00+08:00';
  it.each<[string, string, Array<[PromiseKind, string]>]>([
    // 同一天 / 到时候 point back at the time said before
    [
      '好的宝，后天我预约快递上门取件，换的那件同一天给您寄出',
      TUE,
      [
        ['logistics', '2026-12-03T18:00:00+08:00'],
        ['exchange', '2026-12-03T18:00:00+08:00'],
      ],
    ],
    ['周六上午店里有人，到时候给您回个电话', TUE, [['callback', '2026-12-05T12:00:00+08:00']]],
    // "once we open" on the day the clause before named
    ['明天周三，一上班我先把您这单发了', TUE, [['ship', '2026-12-02T10:00:00+08:00']]],
    // legwork is done by the time the answer it feeds is due
    [
      '我明天去找快递站，明天中午前给您说法',
      TUE,
      [
        ['logistics', '2026-12-02T12:00:00+08:00'],
        ['reply', '2026-12-02T12:00:00+08:00'],
      ],
    ],
    // a bare "do it" after a topic; 完 alone is not the past
    ['退款的事您放心，两小时内给您处理完', TUE, [['refund', '2026-12-01T11:00:00+08:00']]],
    // a generic 给您开 takes a noun named earlier in the message
    ['发票这个月额度用完了，下周一给您开', TUE, [['invoice', '2026-12-07T18:00:00+08:00']]],
    // an estimate of arrival does not move an act started now
    ['退款我这就给您点，估计明天到', TUE, [['refund', '2026-12-01T09:15:00+08:00']]],
    ['退款我这就给您点，到账可能要明天', TUE, [['refund', '2026-12-01T09:15:00+08:00']]],
    // a restock notice waits for the stock, on the day the clause before named
    ['那个色号下周三补，补了我第一个私信您', TUE, [['restock_notice', '2026-12-09T18:00:00+08:00']]],
    ['粉色大概下个月中旬到，到了我马上通知您', TUE, [['restock_notice', '2027-01-15T18:00:00+08:00']]],
    // a need becomes a step when the next clause answers once it is done
    [
      '我得问下厂家能不能加急，问清楚了下午回您',
      TUE,
      [
        ['other', '2026-12-01T10:00:00+08:00'],
        ['reply', '2026-12-01T18:00:00+08:00'],
      ],
    ],
    // 您 … 要的 owns the thing; 把…了 with a time is a plan
    ['您上回要的发票这周内开好', TUE, [['invoice', '2026-12-04T18:00:00+08:00']]],
    ['这周五之前把两笔都给您退了', TUE, [['refund', '2026-12-03T18:00:00+08:00']]],
    ['明儿下午帮您把发票开了哈', TUE, [['invoice', '2026-12-02T18:00:00+08:00']]],
    // a specific day turns a batch word into this order's plan
    ['财务今天不在，发票下周一统一开', TUE, [['invoice', '2026-12-07T18:00:00+08:00']]],
    // a bare "do it" takes the thing its own clause names; pings and money made up
    ['亲，换货的单子我明儿给您加急处理', TUE, [['exchange', '2026-12-02T18:00:00+08:00']]],
    ['宝，这个色号断货了，到了我踢你一下', TUE, [['restock_notice', '2026-12-01T21:00:00+08:00']]],
    ['宝，运费我这边给你报销，晚点转给你', TUE, [['refund', '2026-12-01T11:00:00+08:00']]],
    ['亲，衣服我帮你查了，压在中转站了，我再催催', TUE, [['logistics', '2026-12-01T10:00:00+08:00']]],
    // a clock with no day falls on the day a clause before named
    [
      '亲，明天一早我先去催快递，催完中午前给你回话',
      TUE,
      [
        ['logistics', '2026-12-02T10:00:00+08:00'],
        ['reply', '2026-12-02T12:00:00+08:00'],
      ],
    ],
    [
      '下周一上午给您补发，下午给您单号',
      TUE,
      [
        ['resend', '2026-12-07T12:00:00+08:00'],
        ['reply', '2026-12-07T18:00:00+08:00'],
      ],
    ],
    // a bare 寄 after a time word is a shipment; the new one after an exchange is that exchange
    ['鞋码不对是吧，给您换大一码的，明天就寄', TUE, [['exchange', '2026-12-02T18:00:00+08:00']]],
    ['换货单我已经给您提了，新的周五发出', TUE, [['exchange', '2026-12-04T18:00:00+08:00']]],
    // 仓库的同事 is whom the agent asks
    [
      '我找仓库的同事翻一下，二十分钟内给您回个准话',
      TUE,
      [
        ['warehouse', '2026-12-01T09:20:00+08:00'],
        ['reply', '2026-12-01T09:20:00+08:00'],
      ],
    ],
    // the shop's own receipt is not the buyer's act: the promise holds until the result
    ['仓库一签收就给您退', TUE, [['refund', '2026-12-01T11:00:00+08:00']]],
    // a dash ends a clause: hearsay before it does not swallow the promise after it
    [
      '师傅说今天能修好——我再去跟师傅确认一遍，十分钟内回您',
      TUE,
      [
        ['other', '2026-12-01T09:10:00+08:00'],
        ['reply', '2026-12-01T09:10:00+08:00'],
      ],
    ],
  ])('%s (now %s)', (text, now, expected) => {
    expect(found(text, now)).toEqual(expected);
  });

  it.each<[string, NonPromiseReason]>([
    ['上回跟您说三天内发货，结果仓库延误了', 'report'], // an earlier word recounted
    ['本来说今天给您打电话的，刚才打过去您没接', 'report'],
    ['换货的那件上周五就寄出了', 'report'],
    ['行的话我这就给您改价', 'offer'], // the buyer's yes is still to come
    ['需要开票的话跟我说一声，给您开', 'offer'],
    ['我们家一直都是24小时内发货', 'policy'],
    ['周末了，退款要周一才能审', 'policy'], // a constraint, not a commitment
    ['节假日发货会延迟一到两天', 'policy'],
    ['周一统一发', 'policy'], // a routine day, not a day named for this order
    ['到货提醒可以点商品页右下角，系统会推给您', 'request'], // how the buyer can do it
    ['春节期间停发，初八开始按顺序发', 'negation'],
    ['主播说今晚八点前统一发', 'fact'], // what the streamer said
    ['亲，退款财务那边说了今天能到', 'fact'], // a topic first, then someone else's word on it
    ['宝，您先拍，拍完我给你改价', 'offer'], // waits on the buyer's order
    ['老铁你要是不急，我下周给你一起发', 'offer'],
    ['亲，咱们这边周日也发货的', 'policy'],
    ['亲，充值的话五分钟内到账', 'fact'], // the money's doing, not the agent's
    ['亲亲，退款以经给您退了哈', 'report'], // 以经 typed for 已经
    ['旧的等快递上门取', 'fact'], // the courier acts
    ['如果明天还没到，您再找我，我给您补一个', 'offer'], // the condition is two clauses back, the buyer's step just before
    ['仓库通知我们明天统一发', 'fact'],
    ['亲，以后有新款第一时间通知你哦', 'policy'], // a standing offer, nothing due
    ['宝，售后这块你直接点申请就行，我看到了会处理', 'offer'], // waits on the buyer's step
    ['退货寄回后仓库签收48小时内给您退款', 'policy'], // waits on the buyer's return
  ])('%s → %s', (text, reason) => {
    expect(detectPromises(text, { now: MON_MORNING })).toEqual([]);
    expect(analyseClauses(text, MON_MORNING).map((a) => a.verdict)).toContain(reason);
  });
});

describe('detectPromises round 3: no action read', () => {
  it.each(['我先看下库存', '您稍等，我查下库存'])('%s: a look-up while the buyer waits', (text) => {
    expect(detectPromises(text, { now: MON_MORNING })).toEqual([]);
  });
});

describe('detectPromises round 3: words that look like a kind but are not', () => {
  it.each(['亲 收到货有问题随时联系我', '宝，有什么问题随时找我', '快递那边回复明天派送'])('%s', (text) => {
    expect(detectPromises(text, { now: MON_MORNING })).toEqual([]);
  });
});
