import { AnswerMemory, answerMemoryData } from './answer-memory';
import { queryFeatures } from './features';
import { PairReranker, isPairSource, replyBigrams, replyTexts, type RerankModel } from './rerank';
import { ReplyIndex } from './search-index';
import type { Reply } from './types';

/** One shop's library and buyer messages labelled with the replies that answer them, best first. */
export interface LabelledShop {
  name: string;
  replies: readonly Reply[];
  rows: ReadonlyArray<{ text: string; expect: readonly string[] }>;
}

export interface RerankTrainOptions {
  depth?: number;
  /** a pair is learned only if it links a message to a right reply in this many shops (shop words do not carry over) */
  minShops?: number;
  epochs?: number;
  rate?: number;
  l2?: number;
  /** pairs lighter than this are left out of the stored model */
  prune?: number;
  /** at most this many pairs are kept, the heaviest (the panel loads the model: it must stay small) */
  maxPairs?: number;
  /** learn the weight of the answer-memory likeness (answer-memory.ts) as a third dense feature (default on) */
  memory?: boolean;
}

interface Candidate {
  dense: number[];
  bigrams: readonly string[];
  right: boolean;
}

interface Example {
  query: string[];
  candidates: Candidate[];
}

/** The plain index's best `depth` replies for each message, with what the reranker looks at. */
function examplesOf(shop: LabelledShop, depth: number, memory: AnswerMemory | null): Example[] {
  const index = new ReplyIndex(shop.replies, [], { reranker: null });
  const bigrams = new Map(shop.replies.map((r) => [r.id, replyBigrams(r)]));
  const texts = new Map(shop.replies.map((r) => [r.id, replyTexts(r)]));
  return shop.rows.map((row) => {
    const got = index.suggest({ buyerMessages: [row.text] }, depth);
    const top = got[0]?.score || 1;
    const features = queryFeatures([row.text], '');
    const answers = memory?.answersFor(features);
    return {
      query: [...features.keys()].filter(isPairSource),
      candidates: got.map((s, rank) => ({
        dense: answers
          ? [s.score / top, 1 / (rank + 1), memory!.likeness(answers, texts.get(s.id) ?? [])]
          : [s.score / top, 1 / (rank + 1)],
        bigrams: bigrams.get(s.id) ?? [],
        right: row.expect.includes(s.id),
      })),
    };
  });
}

const pairKey = (q: string, r: string) => `${q}\t${r}`;

/**
 * Pairwise logistic regression (each right reply against each wrong one among the candidates), plain SGD in a fixed
 * order with the weights averaged over epochs, so the same data always gives the same model.
 */
export function trainReranker(shops: readonly LabelledShop[], opts: RerankTrainOptions = {}): RerankModel {
  const depth = opts.depth ?? 15;
  const minShops = opts.minShops ?? 3;
  const epochs = opts.epochs ?? 10;
  const rate = opts.rate ?? 0.05;
  const l2 = opts.l2 ?? 0.01;
  const prune = opts.prune ?? 0.02;
  const maxPairs = opts.maxPairs ?? 10_700;

  const memory = opts.memory ?? true;
  // Each shop's examples see a memory of the other shops only, as a shop the model has never seen will.
  const perShop = shops.map((s) =>
    examplesOf(s, depth, memory ? new AnswerMemory(answerMemoryData(shops.filter((o) => o !== s))) : null),
  );
  const shopsOf = new Map<string, number>();
  for (const examples of perShop) {
    const seen = new Set<string>();
    for (const ex of examples) {
      for (const c of ex.candidates) if (c.right) for (const q of ex.query) for (const r of c.bigrams) seen.add(pairKey(q, r));
    }
    for (const k of seen) shopsOf.set(k, (shopsOf.get(k) ?? 0) + 1);
  }
  const vocab = new Map<string, number>();
  for (const [k, n] of shopsOf) if (n >= minShops) vocab.set(k, vocab.size);

  const featuresOf = (ex: Example, c: Candidate): number[] => {
    const out: number[] = [];
    for (const q of ex.query) {
      for (const r of c.bigrams) {
        const j = vocab.get(pairKey(q, r));
        if (j !== undefined) out.push(j);
      }
    }
    return out;
  };
  const train = perShop
    .flat()
    .filter((ex) => ex.candidates.some((c) => c.right) && ex.candidates.some((c) => !c.right))
    .map((ex) => ({ ex, features: ex.candidates.map((c) => featuresOf(ex, c)) }));

  const w = new Float64Array(vocab.size);
  const width = memory ? 3 : 2;
  const dense = width === 3 ? [1, 0, 0] : [1, 0];
  const wSum = new Float64Array(vocab.size);
  const denseSum = dense.map(() => 0);
  const score = (c: Candidate, f: number[]) => {
    let z = 0;
    for (let m = 0; m < width; m++) z += dense[m]! * c.dense[m]!;
    for (const j of f) z += w[j]!;
    return z;
  };
  for (let epoch = 0; epoch < epochs; epoch++) {
    const lr = rate / (1 + epoch * 0.2);
    for (const { ex, features } of train) {
      ex.candidates.forEach((right, i) => {
        if (!right.right) return;
        ex.candidates.forEach((wrong, k) => {
          if (wrong.right) return;
          const g = -1 / (1 + Math.exp(score(right, features[i]!) - score(wrong, features[k]!)));
          for (let m = 0; m < width; m++) dense[m] = dense[m]! - lr * g * (right.dense[m]! - wrong.dense[m]!);
          for (const j of features[i]!) w[j] = w[j]! - lr * (g + l2 * w[j]!);
          for (const j of features[k]!) w[j] = w[j]! - lr * (-g + l2 * w[j]!);
        });
      });
    }
    for (let j = 0; j < w.length; j++) wSum[j] = wSum[j]! + w[j]!;
    for (let m = 0; m < width; m++) denseSum[m] = denseSum[m]! + dense[m]!;
  }

  const pairs: Record<string, Record<string, number>> = {};
  const byKey = (a: [string, number], b: [string, number]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const kept = [...vocab.entries()]
    .map(([key, j]): [string, number] => [key, Math.round((wSum[j]! / epochs) * 100)])
    .filter(([, h]) => h !== 0 && Math.abs(h) >= prune * 100)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || byKey(a, b))
    .slice(0, maxPairs)
    .sort(byKey);
  for (const [key, hundredths] of kept) {
    const [q, r] = key.split('\t') as [string, string];
    (pairs[q] ??= {})[r] = hundredths;
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { depth, dense: denseSum.map((d) => round(d / epochs)), pairs };
}

export interface SuggestQuality {
  n: number;
  top1: number;
  top3: number;
}

/** Share of messages whose first suggestion, or any of the first three, is one of the expected replies. */
export function measureShop(shop: LabelledShop, model: RerankModel | null, memory: AnswerMemory | null = null): SuggestQuality {
  const index = new ReplyIndex(shop.replies, [], { reranker: model ? new PairReranker(model, memory) : null });
  let top1 = 0;
  let top3 = 0;
  for (const row of shop.rows) {
    const got = index.suggest({ buyerMessages: [row.text] }, 3).map((s) => s.id);
    if (row.expect.includes(got[0]!)) top1++;
    if (got.some((id) => row.expect.includes(id))) top3++;
  }
  const n = shop.rows.length;
  return { n, top1: top1 / n, top3: top3 / n };
}
