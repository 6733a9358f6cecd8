import { CATEGORY_IDS, type CategoryId } from '../redline/types';

/**
 * A small statistical reader of red lines: one logistic regression per category over the character 1–3-grams of a reply.
 * The rule packs (lib/redline) find what they have words for; different agents say the same thing in words no list has,
 * and this model, trained on every labelled reply the team has, catches much of that. It never runs in the content
 * script (size); `kefu check`, the panel and the options page use it beside the rules (checker.ts).
 */
export interface RedlineModel {
  version: 1;
  /** n-gram → index into each category's weight table */
  vocab: string[];
  bias: Record<CategoryId, number>;
  /** sparse weights: [vocab index, weight] pairs, weights rounded to 3 decimals */
  weights: Record<CategoryId, [number, number][]>;
}

export const MAX_GRAM = 3;

/** The text as the model reads it: width and case folded, spaces dropped (agents space words out freely). */
export function modelText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export function gramsOf(text: string): Set<string> {
  const s = modelText(text);
  const out = new Set<string>();
  for (let n = 1; n <= MAX_GRAM; n++) for (let i = 0; i + n <= s.length; i++) out.add(s.slice(i, i + n));
  return out;
}

/** A model made ready for scoring: per category a map from n-gram to weight. */
export interface LoadedModel {
  bias: Record<CategoryId, number>;
  weights: Record<CategoryId, Map<string, number>>;
}

export function loadModel(model: RedlineModel): LoadedModel {
  const weights = {} as Record<CategoryId, Map<string, number>>;
  for (const c of CATEGORY_IDS) weights[c] = new Map((model.weights[c] ?? []).map(([i, w]) => [model.vocab[i]!, w]));
  return { bias: model.bias, weights };
}

/** Probability per category that `text` crosses that red line. */
export function scoreCategories(model: LoadedModel, text: string): Record<CategoryId, number> {
  const grams = gramsOf(text);
  const out = {} as Record<CategoryId, number>;
  for (const c of CATEGORY_IDS) {
    let z = model.bias[c] ?? 0;
    const w = model.weights[c];
    for (const g of grams) z += w.get(g) ?? 0;
    out[c] = 1 / (1 + Math.exp(-z));
  }
  return out;
}
