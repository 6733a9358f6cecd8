/**
 * A small statistical reader of short chat text: one logistic regression per label over the character 1–3-grams of the
 * text and its first and last two characters (a caller may read more: the red-line model adds sounds). Rules find what they have words for; other agents say the same thing in words no list has, and a model trained
 * on every labelled line the team has catches much of that. Used beside the rules by the red-line guard
 * (lib/redline-model) and promise capture (lib/promise-model); never in the content script (size).
 */
import { foldCantonese } from '../dialect/cantonese';

export interface TextModel<L extends string = string> {
  version: 1;
  /** n-gram → index into each label's weight table */
  vocab: string[];
  bias: Record<L, number>;
  /** sparse weights: [vocab index, weight] pairs, weights rounded to 3 decimals */
  weights: Record<L, [number, number][]>;
}

export const MAX_GRAM = 3;

/**
 * The text as the model reads it: width and case folded, written Cantonese read as Mandarin (lib/dialect), spaces dropped
 * (agents space words out freely).
 */
export function modelText(text: string): string {
  return foldCantonese(text.normalize('NFKC')).toLowerCase().replace(/\s+/g, '');
}

export function gramsOf(text: string): Set<string> {
  const s = modelText(text);
  const out = new Set<string>();
  for (let n = 1; n <= MAX_GRAM; n++) for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  // How a message opens and ends says much of what it is (打开看了？… / …你愿意扯你就扯去): the first and last two
  // characters, marked as such.
  if (s) {
    out.add(`^${s.slice(0, 2)}`);
    out.add(`${s.slice(-2)}$`);
  }
  return out;
}

/**
 * What a model reads of a text: gramsOf, or gramsOf and more (the red-line model adds sounds). A model must be scored
 * with the reader it was trained with.
 */
export type GramReader = (text: string) => Set<string>;

/** A model made ready for scoring: per label a map from n-gram to weight. */
export interface LoadedModel<L extends string = string> {
  labels: readonly L[];
  bias: Record<L, number>;
  weights: Record<L, Map<string, number>>;
  grams: GramReader;
}

export function loadModel<L extends string>(model: TextModel<L>, labels: readonly L[], grams: GramReader = gramsOf): LoadedModel<L> {
  const weights = {} as Record<L, Map<string, number>>;
  for (const c of labels) weights[c] = new Map((model.weights[c] ?? []).map(([i, w]) => [model.vocab[i]!, w]));
  return { labels, bias: model.bias, weights, grams };
}

/** Probability per label that `text` carries it. */
export function scoreLabels<L extends string>(model: LoadedModel<L>, text: string): Record<L, number> {
  const grams = model.grams(text);
  const out = {} as Record<L, number>;
  for (const c of model.labels) {
    let z = model.bias[c] ?? 0;
    const w = model.weights[c];
    for (const g of grams) z += w.get(g) ?? 0;
    out[c] = 1 / (1 + Math.exp(-z));
  }
  return out;
}

const CLAUSE = /[^，,。.！!？?；;～~\n]+/g;

/**
 * Where in `text` the model's reading of `label` rests most: the clause whose removal lowers the probability most, or
 * the whole text when no clause reads as the label on its own (at least `alone`).
 */
export function strongestClause<L extends string>(
  model: LoadedModel<L>,
  text: string,
  label: L,
  alone = 0.5,
  clauses: ReadonlyArray<{ start: number; end: number }> = [...text.matchAll(CLAUSE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  })),
): { start: number; end: number } {
  if (clauses.length < 2) return { start: 0, end: text.length };
  const p = scoreLabels(model, text)[label];
  let best = { start: 0, end: text.length, drop: -Infinity };
  for (const c of clauses) {
    const drop = p - scoreLabels(model, text.slice(0, c.start) + text.slice(c.end))[label];
    if (drop > best.drop) best = { start: c.start, end: c.end, drop };
  }
  if (scoreLabels(model, text.slice(best.start, best.end))[label] < alone) return { start: 0, end: text.length };
  return { start: best.start, end: best.end };
}
