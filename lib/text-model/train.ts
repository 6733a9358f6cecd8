import { gramsOf, type GramReader, type TextModel } from './model';

export interface TrainOptions {
  epochs?: number;
  /** weight of a positive example (each label is the minority) */
  positiveWeight?: number;
  l2?: number;
  /** n-grams seen in fewer texts are left out (they only memorise) */
  minCount?: number;
  /** weights smaller than this are pruned from the stored model */
  prune?: number;
  /** what the model reads of a text (gramsOf unless said); score with the same reader (loadModel) */
  grams?: GramReader;
}

/**
 * Trains one logistic regression per label by plain stochastic gradient descent in a fixed order, so the same data always
 * gives the same weights (scripts/train-models.mjs regenerates the stored weights; tests check they are current).
 */
export function trainTextModel<L extends string>(
  rows: ReadonlyArray<{ text: string; labels: readonly string[] }>,
  labels: readonly L[],
  opts: TrainOptions = {},
): TextModel<L> {
  const epochs = opts.epochs ?? 30;
  const positiveWeight = opts.positiveWeight ?? 3;
  const l2 = opts.l2 ?? 0.001;
  const minCount = opts.minCount ?? 2;
  const prune = opts.prune ?? 0.1;

  const counts = new Map<string, number>();
  const read = opts.grams ?? gramsOf;
  const grams = rows.map((r) => read(r.text));
  for (const g of grams) for (const x of g) counts.set(x, (counts.get(x) ?? 0) + 1);
  const vocab = [...counts.entries()].filter(([, n]) => n >= minCount).map(([g]) => g).sort();
  const index = new Map(vocab.map((g, i) => [g, i]));
  const features = grams.map((g) => [...g].map((x) => index.get(x)).filter((i): i is number => i !== undefined));

  const bias = {} as Record<L, number>;
  const weights = {} as Record<L, [number, number][]>;
  for (const c of labels) {
    const w = new Float64Array(vocab.length);
    let b = -2;
    for (let epoch = 0; epoch < epochs; epoch++) {
      const lr = 0.1 / (1 + epoch * 0.2);
      rows.forEach((row, i) => {
        const y = row.labels.includes(c) ? 1 : 0;
        const f = features[i]!;
        let z = b;
        for (const k of f) z += w[k]!;
        const g = (1 / (1 + Math.exp(-z)) - y) * (y ? positiveWeight : 1);
        b -= lr * g;
        for (const k of f) w[k] = w[k]! - lr * (g + l2 * w[k]!);
      });
    }
    bias[c] = Math.round(b * 1000) / 1000;
    const sparse: [number, number][] = [];
    w.forEach((x, k) => {
      if (Math.abs(x) >= prune) sparse.push([k, Math.round(x * 1000) / 1000]);
    });
    weights[c] = sparse;
  }
  // Keep only the n-grams some label still weighs, and renumber.
  const used = [...new Set(labels.flatMap((c) => weights[c].map(([k]) => k)))].sort((a, b) => a - b);
  const renumber = new Map(used.map((k, i) => [k, i]));
  for (const c of labels) weights[c] = weights[c].map(([k, x]) => [renumber.get(k)!, x]);
  return { version: 1, vocab: used.map((k) => vocab[k]!), bias, weights };
}
