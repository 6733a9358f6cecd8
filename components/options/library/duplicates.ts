import type { Reply } from '@/lib/replies';
import { codeKey, contentKey } from '@/lib/replies/io';

export interface DuplicateInfo {
  /** replies with the same content once spaces, punctuation, width and case are set aside */
  same: string[];
  /** replies whose content shares most of its character pairs with this one (Jaccard of bigrams ≥ threshold) */
  near: string[];
}

/** Bigram Jaccard at which two replies read as the same answer with small edits (亲/哦/的 added, a word swapped). */
export const NEAR_DUPLICATE_JACCARD = 0.6;
/** Below this many bigrams a reply is too short for overlap to mean anything (好的亲 vs 好的呢亲). */
const MIN_BIGRAMS = 4;

/**
 * Exact and near-duplicate replies of a library. Near duplicates use prefix filtering: with bigrams ordered rarest first,
 * two sets with Jaccard ≥ t must share one of the first |A| − ⌈t·|A|⌉ + 1 bigrams of each, so only replies meeting on a
 * rare bigram are compared. Thousands of replies stay far from n² comparisons; the result is exact, not sampled.
 */
export function findDuplicates(
  replies: readonly Reply[],
  threshold = NEAR_DUPLICATE_JACCARD
): Map<string, DuplicateInfo> {
  const out = new Map<string, DuplicateInfo>();
  const info = (id: string) => {
    let i = out.get(id);
    if (!i) out.set(id, (i = { same: [], near: [] }));
    return i;
  };

  const byKey = new Map<string, string[]>();
  for (const r of replies) {
    const key = contentKey(r.content);
    const list = byKey.get(key);
    if (list) list.push(r.id);
    else byKey.set(key, [r.id]);
  }
  for (const ids of byKey.values()) {
    if (ids.length < 2) continue;
    for (const id of ids) info(id).same.push(...ids.filter((other) => other !== id));
  }

  // One document per distinct content (exact twins are linked above); bigrams as integers, each document's sorted, so
  // an overlap is a merge of two int arrays rather than string-set lookups.
  const gramIds = new Map<string, number>();
  const bags: { ids: string[]; grams: Int32Array }[] = [];
  for (const [key, ids] of byKey) {
    const chars = [...key];
    const set = new Set<number>();
    for (let i = 0; i + 1 < chars.length; i++) {
      const gram = chars[i]! + chars[i + 1]!;
      let id = gramIds.get(gram);
      if (id === undefined) gramIds.set(gram, (id = gramIds.size));
      set.add(id);
    }
    if (set.size < MIN_BIGRAMS) continue;
    bags.push({ ids, grams: Int32Array.from(set).sort() });
  }
  const df = new Int32Array(gramIds.size);
  for (const bag of bags) for (const g of bag.grams) df[g]!++;
  const docs = bags.map((bag) => ({
    ...bag,
    prefix: [...bag.grams]
      .sort((a, b) => df[a]! - df[b]! || a - b)
      .slice(0, bag.grams.length - Math.ceil(threshold * bag.grams.length) + 1),
  }));

  const index = new Map<number, number[]>();
  const seen = new Int32Array(docs.length).fill(-1);
  docs.forEach((doc, i) => {
    for (const g of doc.prefix) {
      for (const j of index.get(g) ?? []) {
        if (seen[j] === i) continue;
        seen[j] = i;
        const other = docs[j]!;
        const a = doc.grams;
        const b = other.grams;
        if (Math.min(a.length, b.length) < threshold * Math.max(a.length, b.length)) continue;
        if (jaccard(a, b) < threshold) continue;
        for (const x of doc.ids) info(x).near.push(...other.ids);
        for (const y of other.ids) info(y).near.push(...doc.ids);
      }
    }
    for (const g of doc.prefix) {
      const list = index.get(g);
      if (list) list.push(i);
      else index.set(g, [i]);
    }
  });
  return out;
}

function jaccard(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/** Ids of replies whose code another reply also uses (an import that kept both, or a hand edit). */
export function duplicateCodeIds(replies: readonly Reply[]): Set<string> {
  const byCode = new Map<string, string[]>();
  for (const r of replies) {
    const key = codeKey(r.code);
    if (!key) continue;
    const list = byCode.get(key);
    if (list) list.push(r.id);
    else byCode.set(key, [r.id]);
  }
  const out = new Set<string>();
  for (const ids of byCode.values()) if (ids.length > 1) for (const id of ids) out.add(id);
  return out;
}
