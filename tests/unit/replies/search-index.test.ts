import { describe, expect, it } from 'vitest';
import { ReplyIndex, applyPick, queryFeatures, tokensToLearn, type Reply } from '@/lib/replies';

const library: Reply[] = [
  { id: 'invoice', group: '售前/发票', code: 'fp', title: '开发票', content: '亲,可以开具电子发票的哦,确认收货后在订单页申请即可', keywords: ['发票', '开票'] },
  { id: 'invoice-vat', group: '售前/发票', code: 'fpzp', title: '增值税专票', content: '需要增值税专用发票的话,请把公司名称、税号、开户行发给我们', keywords: ['专票'] },
  { id: 'courier', group: '售前/物流', code: 'kd', title: '默认快递', content: '默认发中通快递,需要顺丰可以补差价哦', keywords: ['快递', '顺丰'] },
  { id: 'ship-time', group: '售前/物流', code: 'fh', title: '发货时间', content: '下午四点前付款当天发出,之后次日发出' },
  { id: 'refund', group: '售后/退款', code: 'tk', title: '退款进度', content: '退款会原路返回,一般1-3个工作日到账' },
  { id: 'greet', group: '通用', code: 'nh', title: '问候', content: '您好,在的,请问有什么可以帮您' },
];

const ids = (index: ReplyIndex, input: Parameters<ReplyIndex['suggest']>[0], limit = 3) =>
  index.suggest(input, limit).map((s) => s.id);

describe('ReplyIndex.suggest for buyer messages', () => {
  const index = new ReplyIndex(library);
  it.each([
    ['能开发票吗', 'invoice'],
    ['能开发漂吗', 'invoice'], // homophone typo: pinyin bigrams
    ['要专票', 'invoice-vat'],
    ['发什么快第', 'courier'],
    ['可以发顺丰不', 'courier'],
    ['几点前拍当天能发', 'ship-time'],
    ['钱什么时候到账', 'refund'],
    ['在吗', 'greet'],
    ['在？', 'greet'],
    ['在吗 能开票不', 'invoice'], // a greeting does not outweigh the real question
  ])('%s → %s first', (text, expected) => {
    expect(ids(index, { buyerMessages: [text] })[0]).toBe(expected);
  });

  it('weighs the newest buyer message most', () => {
    expect(ids(index, { buyerMessages: ['发什么快递', '能开发票吗'] })[0]).toBe('invoice');
    expect(ids(index, { buyerMessages: ['能开发票吗', '发什么快递'] })[0]).toBe('courier');
  });

  it('returns nothing for nothing, and only positive scores best first', () => {
    expect(index.suggest({}, 5)).toEqual([]);
    expect(index.suggest({ buyerMessages: ['   '] }, 5)).toEqual([]);
    const out = index.suggest({ buyerMessages: ['能开发票吗'] }, 9);
    expect(out.every((s) => s.score > 0)).toBe(true);
    expect([...out].sort((a, b) => b.score - a.score)).toEqual(out);
  });
});

describe('ReplyIndex.suggest for what the agent types', () => {
  const index = new ReplyIndex(library);
  it.each([
    ['fp', 'invoice'], // exact code
    ['fpz', 'invoice-vat'], // code prefix
    ['zp', 'invoice-vat'], // pinyin initials of a title word (专票)
    ['fhsj', 'ship-time'], // initials of the title 发货时间
    ['FP', 'invoice'], // case and full width fold
    ['ｆｐ', 'invoice'],
    ['tkjd', 'refund'], // initials of 退款进度
    ['退款', 'refund'], // Chinese content
  ])('%s → %s first', (query, expected) => {
    expect(ids(index, { query })[0]).toBe(expected);
  });

  it('finds a code despite a typo (fuse.js over codes and initials)', () => {
    expect(ids(index, { query: 'kdd' })).toContain('courier');
  });
});

describe('ReplyIndex edits', () => {
  it('upserts and removes without a rebuild', () => {
    const index = new ReplyIndex(library);
    index.upsert({ id: 'courier', group: '售前/物流', code: 'kd', content: '默认发韵达快递' });
    expect(index.get('courier')!.content).toBe('默认发韵达快递');
    expect(ids(index, { buyerMessages: ['发什么快递'] })[0]).toBe('courier');
    expect(index.size).toBe(library.length);
    index.remove('courier');
    expect(index.size).toBe(library.length - 1);
    expect(ids(index, { buyerMessages: ['发什么快递'] }, 9)).not.toContain('courier');
    expect(ids(index, { query: 'kd' }, 9)).not.toContain('courier');
    index.upsert({ id: 'new', group: '通用', code: 'xx', content: '新加的话术:节日快乐' });
    expect(ids(index, { query: 'xx' })[0]).toBe('new');
  });

  it('stays correct across compaction after many edits', () => {
    const index = new ReplyIndex(library);
    for (let i = 0; i < 300; i++) index.upsert({ ...library[0]!, content: `亲,可以开具电子发票的哦 ${i}` });
    expect(index.size).toBe(library.length);
    expect(index.get('invoice')!.content).toBe('亲,可以开具电子发票的哦 299');
    expect(ids(index, { buyerMessages: ['能开发票吗'] })[0]).toBe('invoice');
  });
});

describe('learning from picks', () => {
  it('ranks the reply the agent keeps picking for a kind of question higher', () => {
    const index = new ReplyIndex(library);
    const question = '东西到哪了';
    // The lexicon knows 到哪了 as logistics, but nothing in the library says so: the agent teaches it.
    expect(ids(index, { buyerMessages: [question] })[0]).not.toBe('courier');
    let usage = undefined;
    for (let i = 0; i < 3; i++) {
      usage = applyPick(usage, 'courier', tokensToLearn(queryFeatures([question], '')), 1000 + i);
      index.applyUsage(usage);
    }
    expect(ids(index, { buyerMessages: [question] })[0]).toBe('courier');
    // A similar question benefits, an unrelated one does not change.
    expect(ids(index, { buyerMessages: ['我的包裹到哪了'] })[0]).toBe('courier');
    expect(ids(index, { buyerMessages: ['能开发票吗'] })[0]).toBe('invoice');
  });

  it('loads learned usage at build time', () => {
    const usage = applyPick(undefined, 'courier', tokensToLearn(queryFeatures(['东西到哪了'], '')), 1);
    const again = applyPick(usage, 'courier', tokensToLearn(queryFeatures(['东西到哪了'], '')), 2);
    const index = new ReplyIndex(library, [again]);
    expect(ids(index, { buyerMessages: ['东西到哪了'] })[0]).toBe('courier');
  });

  it('keeps usage records bounded', () => {
    let usage = undefined;
    for (let i = 0; i < 500; i++) usage = applyPick(usage, 'x', [`b:t${i}`], i);
    expect(Object.keys(usage!.assoc).length).toBeLessThanOrEqual(200);
    expect(usage!.picks).toBe(500);
    expect(usage!.lastPickedAt).toBe(499);
  });
});
