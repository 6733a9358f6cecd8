import { describe, expect, it } from 'vitest';
import { findKindMatches, pickKind, type PromiseKind } from '../../../lib/promises';

function kindOf(text: string): PromiseKind | null {
  return pickKind(findKindMatches(text))?.kind ?? null;
}

describe('kind of a clause', () => {
  it.each<[string, PromiseKind]>([
    ['明天给您发货', 'ship'],
    ['明天给您发顺丰', 'ship'],
    ['今天安排发出', 'ship'],
    ['下午给您寄出', 'ship'],
    ['周一给您发', 'ship'],
    ['明天给您送过去', 'ship'],
    ['给您补发一个', 'resend'],
    ['给您重新发一个', 'resend'],
    ['我让仓库重新给您发一个', 'resend'],
    ['给您补一个新的', 'resend'],
    ['给您补发的配件今天下午寄出', 'resend'], // the shipment is the resend
    ['给您换货', 'exchange'],
    ['给您换一个新的', 'exchange'],
    ['明天给您换好', 'exchange'],
    ['给您退款', 'refund'],
    ['给您退差价', 'refund'],
    ['月底前给您返20元补偿', 'refund'],
    ['月底前给您退', 'refund'],
    ['给您退运费', 'refund'],
    ['退差价的话我这边今天下班前给您处理', 'refund'],
    ['稍后给您回复', 'reply'],
    ['下午给您答复', 'reply'],
    ['有结果告诉您', 'reply'],
    ['一会儿给您发单号', 'reply'],
    ['单号晚点发您', 'reply'],
    ['稍后给您发链接', 'reply'],
    ['明天给您结果', 'reply'],
    ['我晚点再联系您', 'reply'],
    ['我问下仓库然后给您回复', 'reply'], // the buyer waits for the answer, not for the question to the warehouse
    ['我查一下物流马上告诉您', 'reply'],
    ['等仓库回复了我第一时间告诉您', 'reply'],
    ['半小时内给您回电', 'callback'],
    ['明天给您打个电话', 'callback'],
    ['30分钟后给您回电话', 'callback'],
    ['明天上午给您回电话确认', 'callback'],
    ['我等下打电话给仓库催一下', 'warehouse'],
    ['我明天上午跟仓库确认一下', 'warehouse'],
    ['明天一上班就帮您问仓库', 'warehouse'],
    ['我一会儿去仓库看看有没有货', 'warehouse'],
    ['我马上帮您查一下物流', 'logistics'],
    ['快递的问题我帮您联系一下', 'logistics'],
    ['物流那边我明天帮您催一下', 'logistics'],
    ['我明天催一下快递', 'logistics'],
    ['给您开发票', 'invoice'],
    ['11月25号之前一定给您开好发票', 'invoice'],
    ['发票明天上午给您开好发邮箱', 'invoice'],
    ['1月5号之前给您开票', 'invoice'],
    ['补货了第一时间通知您', 'restock_notice'],
    ['有货了通知您哈', 'restock_notice'],
    ['到货后我们会短信通知您', 'restock_notice'],
    ['新货到了给您发', 'ship'], // the action is the shipment, the arrival only its condition
    ['明天给您处理好', 'other'],
    ['我给您安排师傅明天上门', 'other'],
  ])('%s → %s', (text, expected) => {
    expect(kindOf(text)).toBe(expected);
  });

  it.each([
    '我们发的都是顺丰', // nominalised 发的
    '发货后会有短信通知', // 发货后 is a condition
    '您拍个照片发给我看一下', // the buyer sends
    '您把单号发我一下',
    '好的亲，感谢您的耐心等待',
    '补10元运费',
    '我这边跟进一下', // legwork the buyer never waits for
  ])('%s names no action the agent promises', (text) => {
    expect(kindOf(text)).toBeNull();
  });

  it('keeps a mention so the next clause can take it as its topic', () => {
    const matches = findKindMatches('补发的那个快递');
    expect(matches.map((m) => [m.kind, m.mention])).toEqual([['resend', true]]);
  });
});
