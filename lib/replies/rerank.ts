import type { AnswerMemory } from './answer-memory';
import type { Features } from './features';
import { normalizeText, toClauses } from './normalize';
import type { Reply } from './types';

/**
 * Second look at the index's best few replies for a buyer message: learned pairs of a buyer token and a reply bigram
 * (几天 ↔ 天到, 啥快递 ↔ 中通, 破了 ↔ 破损, c:refund ↔ 原路) add to a candidate's score when the message has the one and the
 * reply the other. Buyers and shops word the same thing differently, and these pairs carry that across shops: they are
 * learned (lib/replies/train-rerank.ts, scripts/train-suggest-rerank.mjs) from labelled buyer messages of several shops,
 * keeping only pairs seen in the right replies of at least three different shops, so no shop's own wording is memorised.
 */
export interface RerankModel {
  /** How many of the index's best replies are looked at again. */
  depth: number;
  /**
   * Weights of the index score (as a share of the best candidate's), of 1 / (rank + 1) and, when there is a third, of
   * the candidate's likeness to the answers other shops gave to questions like this one (answer-memory.ts).
   */
  dense: number[];
  /** buyer token (`b:` bigram or `c:` concept) → reply bigram (no prefix) → weight in hundredths */
  pairs: Record<string, Record<string, number>>;
}

/** The token families of a buyer query that pairs start from. */
export function isPairSource(token: string): boolean {
  return token.startsWith('b:') || token.startsWith('c:');
}

/** The texts of a reply the index searches (content, title, keywords, group), normalised. */
export function replyTexts(reply: Reply): string[] {
  const keywords = Array.isArray(reply.keywords) ? reply.keywords.filter((k) => typeof k === 'string') : [];
  const group = (reply.group ?? '').split('/').filter(Boolean);
  return [reply.content, reply.title ?? '', keywords.join('，'), group.join('，')].filter(Boolean).map(normalizeText);
}

const HAN = /\p{Script=Han}/u;

/** 1 Latin letter or digit, 2 Han, 0 anything else — as normalize.ts decides, with the common ranges answered first. */
function unitKind(ch: string): 0 | 1 | 2 {
  const code = ch.charCodeAt(0);
  if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return 1;
  if (code < 128) return 0;
  if (code >= 0x4e00 && code <= 0x9fff) return 2;
  return HAN.test(ch) ? 2 : 0;
}

/**
 * Calls `visit` with each pair of adjacent units in normalised text, units and clauses as toClauses (normalize.ts)
 * makes them, without building the clause arrays: the reranker reads ~15 replies per buyer message and should not
 * allocate for them.
 */
export function forEachUnitPair(normalized: string, visit: (first: string, second: string) => void): void {
  let previous = '';
  let run = '';
  for (const ch of normalized) {
    const kind = unitKind(ch);
    if (kind === 1) {
      run += ch;
      continue;
    }
    if (run) {
      if (previous) visit(previous, run);
      previous = run;
      run = '';
    }
    if (kind === 2) {
      if (previous) visit(previous, ch);
      previous = ch;
    } else {
      previous = '';
    }
  }
  if (run && previous) visit(previous, run);
}

/** Distinct unit bigrams of a reply's searchable text, as the index tokenises them (what the trainer pairs with). */
export function replyBigrams(reply: Reply): string[] {
  const out = new Set<string>();
  for (const text of replyTexts(reply)) forEachUnitPair(text, (a, b) => out.add(a + b));
  return [...out];
}

export interface RerankCandidate<T> {
  item: T;
  score: number;
}

interface Slot {
  weight: number;
  /** the candidate that last counted this pair: each reply bigram counts once per reply, as in training */
  seenBy: number;
}

/** first unit → second unit → summed weight of that reply bigram for this query (no strings built while reading replies) */
type Expansion = Map<string, Map<string, Slot>>;

export class PairReranker {
  readonly depth: number;
  private readonly wScore: number;
  private readonly wRank: number;
  private readonly wMemory: number;
  private readonly pairs = new Map<string, [first: string, second: string, weight: number][]>();
  private candidateStamp = 0;

  private memoryValue: AnswerMemory | null = null;
  /** While set, a memory given as a function is not built on demand: warmMemory() builds it (the panel, after it shows). */
  private deferred = false;

  /**
   * `memory` may be given as a function, built on first use: it reads ~2,700 labelled questions (~0.15 s). The panel
   * defers it further (deferMemory, warmMemory) so that it never delays the panel opening or the first suggestions.
   */
  constructor(
    model: RerankModel,
    private memorySource: AnswerMemory | (() => AnswerMemory) | null = null,
  ) {
    this.depth = model.depth;
    this.wScore = model.dense[0] ?? 1;
    this.wRank = model.dense[1] ?? 0;
    this.wMemory = memorySource ? (model.dense[2] ?? 0) : 0;
    for (const [from, to] of Object.entries(model.pairs)) {
      const list: [string, string, number][] = [];
      for (const [bigram, hundredths] of Object.entries(to)) {
        let split: [string, string] | null = null;
        forEachUnitPair(bigram, (a, b) => (split ??= [a, b]));
        if (split) list.push([split[0], split[1], hundredths / 100]);
      }
      this.pairs.set(from, list);
    }
  }

  /**
   * Candidates (best first, at most `depth` of them) re-scored for the query and re-sorted. `textsOf` gives a
   * candidate's normalised texts (replyTexts). Scores stay on the index's scale (the old first place without pairs
   * keeps its score) and positive.
   */
  rerank<T>(candidates: readonly RerankCandidate<T>[], query: Features, textsOf: (item: T) => readonly string[]): RerankCandidate<T>[] {
    const top = candidates[0]?.score ?? 0;
    if (!(top > 0) || candidates.length < 2) return [...candidates];
    const expansion = this.expand(query);
    const memory = this.wMemory ? this.memory() : null;
    const answers = memory ? memory.answersFor(query) : null;
    if (!expansion.size && !answers?.size) return [...candidates];
    const { wScore, wRank, wMemory } = this;
    const unit = top / (wScore + wRank);
    let z = 0;
    let stamp = 0;
    const visit = (a: string, b: string) => {
      const slot = expansion.get(a)?.get(b);
      if (!slot || slot.seenBy === stamp) return;
      slot.seenBy = stamp;
      z += slot.weight;
    };
    const rescored = candidates.map((c, rank) => {
      z = (wScore * c.score) / top + wRank / (rank + 1);
      stamp = ++this.candidateStamp;
      const texts = textsOf(c.item);
      for (const text of texts) forEachUnitPair(text, visit);
      if (answers?.size) z += wMemory * memory!.likeness(answers, texts);
      return { item: c.item, score: Math.max(z * unit, 0.001), z, rank };
    });
    rescored.sort((a, b) => b.z - a.z || a.rank - b.rank);
    return rescored.map(({ item, score }) => ({ item, score }));
  }

  /** Rank without the memory until warmMemory() is called (a memory given as a function only). */
  deferMemory(): void {
    this.deferred = typeof this.memorySource === 'function';
  }

  /** Builds a deferred memory now; true when it was built by this call (suggestions may then change). */
  warmMemory(): boolean {
    const was = this.memoryValue;
    this.deferred = false;
    return this.memory() !== was;
  }

  private memory(): AnswerMemory | null {
    if (this.deferred) return null;
    if (!this.memoryValue && this.memorySource) {
      this.memoryValue = typeof this.memorySource === 'function' ? this.memorySource() : this.memorySource;
      this.memorySource = null;
    }
    return this.memoryValue;
  }

  /** The query's pairs gathered by reply bigram. */
  private expand(query: Features): Expansion {
    const out: Expansion = new Map();
    for (const token of query.keys()) {
      if (!isPairSource(token)) continue;
      const list = this.pairs.get(token);
      if (!list) continue;
      for (const [a, b, weight] of list) {
        let second = out.get(a);
        if (!second) out.set(a, (second = new Map()));
        const slot = second.get(b);
        if (slot) slot.weight += weight;
        else second.set(b, { weight, seenBy: -1 });
      }
    }
    return out;
  }
}
