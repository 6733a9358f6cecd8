import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { queryFeatures, type Reply } from '@/lib/replies';
import { toClauses } from '@/lib/replies/normalize';
import { PairReranker, forEachUnitPair, replyBigrams, type RerankModel } from '@/lib/replies/rerank';
import { answerMemoryData, formatAnswerMemory, formatRerankModel, labelledShops, trainReranker } from '@/lib/replies/train-rerank-shops';

const pairsOf = (text: string) => {
  const out: string[] = [];
  forEachUnitPair(text, (a, b) => out.push(a + b));
  return out;
};
const clausePairs = (text: string) =>
  toClauses(text).flatMap((units) => units.slice(1).map((u, i) => units[i]! + u));

describe('forEachUnitPair', () => {
  it.each(['亲，一般1-2天能到哦', '65w的type-c快充头', '〇号仓库々', '顺丰/中通，默认发韵达', 'abc', '', '退款 原路返回'])(
    'gives the bigrams toClauses gives: %s',
    (text) => {
      expect(pairsOf(text)).toEqual(clausePairs(text));
    },
  );
});

describe('PairReranker', () => {
  const reply = (id: string, content: string): Reply => ({ id, group: '售后', content });
  const replies = [reply('slow', '亲，仓库正在加急处理'), reply('days', '亲，一般1-2天能到哦')];
  const model: RerankModel = { depth: 15, dense: [4, 2], pairs: { 'b:几天': { 天能: 300 } } };
  const candidates = [
    { item: replies[0]!, score: 2 },
    { item: replies[1]!, score: 1.8 },
  ];
  const texts = (r: Reply) => [r.content];

  it('lifts a reply whose bigrams pair with the buyer’s words', () => {
    const out = new PairReranker(model).rerank(candidates, queryFeatures(['几天能到'], ''), texts);
    expect(out.map((c) => c.item.id)).toEqual(['days', 'slow']);
    expect(out.every((c) => c.score > 0)).toBe(true);
    expect([...out].sort((a, b) => b.score - a.score)).toEqual(out);
  });

  it('keeps the order when the query has no pairs, and counts a bigram once per reply', () => {
    const reranker = new PairReranker(model);
    expect(reranker.rerank(candidates, queryFeatures(['在吗'], ''), texts).map((c) => c.item.id)).toEqual(['slow', 'days']);
    const twice = [candidates[0]!, { item: reply('twice', '1天能到，2天能到，3天能到'), score: 1.8 }];
    const small: RerankModel = { ...model, pairs: { 'b:几天': { 天能: 10 } } };
    expect(new PairReranker(small).rerank(twice, queryFeatures(['几天能到'], ''), texts)[0]!.item.id).toBe('slow');
  });

  it('pairs with the same bigrams the trainer sees', () => {
    expect(replyBigrams({ id: 'x', group: '物流/时效', title: '到货', content: '一般1-2天能到' })).toEqual(
      expect.arrayContaining(['天能', '能到', '物流', '时效', '到货']),
    );
  });
});

describe('stored reranker model', () => {
  it('is what scripts/train-suggest-rerank.mjs makes from the labelled shops (retrain after changing them or the index)', () => {
    const shops = labelledShops((p) => readFileSync(p, 'utf8'));
    expect(shops.map((s) => s.name).join()).not.toMatch(/\bE\b/);
    const stored = readFileSync('lib/replies/rerank-model.json', 'utf8');
    expect(formatRerankModel(trainReranker(shops))).toBe(stored);
    expect(Buffer.byteLength(stored)).toBeLessThanOrEqual(150 * 1024);
    expect(JSON.parse(stored).dense).toHaveLength(3);
    const memory = readFileSync('lib/replies/answer-memory.json', 'utf8');
    expect(formatAnswerMemory(answerMemoryData(shops))).toBe(memory);
    // Panel and CLI only, read 1.5 s after the panel's first suggestions (panel-controller): ~25 KB per labelled shop.
    expect(Buffer.byteLength(memory)).toBeLessThanOrEqual(640 * 1024);
  }, 120_000);
});
