import Fuse from 'fuse.js';
import { addFeatures, queryFeatures, type Features } from './features';
import { isWeakConcept } from './lexicon';
import { isCodeLike, normalizeText } from './normalize';
import { initialsOf } from './pinyin';
import type { Reply } from './types';
import type { ReplyUsage } from './usage';

/**
 * Reply search: an inverted index over unit bigrams, unigrams, pinyin bigrams and lexicon concepts, scored BM25-style,
 * beside a code / pinyin-initials path for what agents type (`fp`, `kd01`). fuse.js only handles fuzzy codes and initials,
 * where it is fast (short strings) and good (typos like `fpp`); Chinese content goes through the index, because fuse.js
 * treats each Han character as one symbol and scans every reply (~150 ms per query over 10,000 replies).
 */

export interface SuggestInput {
  /** The buyer's latest messages, newest last. */
  buyerMessages?: readonly string[];
  /** What the agent typed (chat draft or the panel's search box). */
  query?: string;
}

export interface Suggestion {
  id: string;
  score: number;
}

/** Field weights: a buyer's words match keywords and titles more reliably than long reply bodies. */
const FIELD_SCALE = { keywords: 2.2, title: 1.8, content: 1, group: 1.2 } as const;
const K1 = 2;
const B = 0.7;
const LEARNED_SCALE = 1.5;
const INTENT_GATE = 0.8;

interface Doc {
  reply: Reply;
  /** concept tokens (`c:…`) found anywhere in the reply */
  concepts: Set<string>;
  alive: boolean;
  length: number;
  code: string;
  /** pinyin initials of title, keywords and group segments */
  shortInitials: string[];
  contentInitials: string;
}

interface CodeEntry {
  key: string;
  doc: number;
}

export class ReplyIndex {
  private docs: Doc[] = [];
  private byId = new Map<string, number>();
  private postings = new Map<string, { docs: number[]; weights: number[] }>();
  private learned = new Map<string, Map<number, number>>();
  private picks = new Map<number, number>();
  private usage = new Map<string, ReplyUsage>();
  private totalLength = 0;
  private aliveCount = 0;
  private fuse: Fuse<CodeEntry> | null = null;

  constructor(replies: readonly Reply[] = [], usage: readonly ReplyUsage[] = []) {
    for (const u of usage) this.usage.set(u.replyId, u);
    for (const reply of replies) this.insert(reply);
  }

  get size(): number {
    return this.aliveCount;
  }

  /** Adds or replaces one reply without rebuilding (edits in the options page stay instant). */
  upsert(reply: Reply): void {
    const existing = this.byId.get(reply.id);
    if (existing !== undefined) this.retire(existing);
    this.insert(reply);
    this.maybeCompact();
  }

  remove(id: string): void {
    const existing = this.byId.get(id);
    if (existing === undefined) return;
    this.retire(existing);
    this.byId.delete(id);
    this.maybeCompact();
  }

  get(id: string): Reply | undefined {
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.docs[i]!.reply;
  }

  /** Learns from a pick: the reply gains the query's tokens, so the same kind of question ranks it higher next time. */
  applyUsage(usage: ReplyUsage): void {
    const previous = this.usage.get(usage.replyId);
    this.usage.set(usage.replyId, usage);
    const doc = this.byId.get(usage.replyId);
    if (doc === undefined) return;
    if (previous) this.unlearn(doc, previous);
    this.learn(doc, usage);
  }

  suggest(input: SuggestInput, limit = 9): Suggestion[] {
    const typed = (input.query ?? '').trim();
    const buyer = (input.buyerMessages ?? []).filter((m) => m.trim());
    if (!typed && !buyer.length) return [];
    const scores = new Map<number, number>();
    const features = queryFeatures(buyer, typed);
    this.scoreContent(features, scores);
    this.gateOnIntent(features, scores);
    if (typed && isCodeLike(typed)) this.scoreCode(normalizeText(typed).replace(/\s+/g, ''), scores);
    return [...scores.entries()]
      .filter(([doc, score]) => score > 0 && this.docs[doc]!.alive)
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([doc, score]) => ({ id: this.docs[doc]!.reply.id, score: Math.round(score * 1000) / 1000 }));
  }

  /** Per-token contributions to one reply's content score: for tuning and for "why this suggestion". */
  explain(input: SuggestInput, id: string): { token: string; queryWeight: number; contribution: number }[] {
    const doc = this.byId.get(id);
    if (doc === undefined) return [];
    const out: { token: string; queryWeight: number; contribution: number }[] = [];
    for (const [token, queryWeight] of queryFeatures(input.buyerMessages ?? [], input.query ?? '')) {
      const scores = new Map<number, number>();
      this.scoreContent(new Map([[token, queryWeight]]), scores);
      const contribution = scores.get(doc) ?? 0;
      if (contribution) out.push({ token, queryWeight, contribution: Math.round(contribution * 1000) / 1000 });
    }
    return out.sort((a, b) => b.contribution - a.contribution);
  }

  private scoreContent(query: Features, scores: Map<number, number>): void {
    if (!this.aliveCount) return;
    const avgLength = this.totalLength / this.aliveCount || 1;
    for (const [token, queryWeight] of query) {
      const posting = this.postings.get(token);
      const learned = this.learned.get(token);
      if (!posting && !learned) continue;
      const df = posting ? posting.docs.length : 0;
      const idf = Math.log(1 + (this.docs.length - df + 0.5) / (df + 0.5));
      if (posting) {
        for (let k = 0; k < posting.docs.length; k++) {
          const doc = posting.docs[k]!;
          const tf = posting.weights[k]!;
          const norm = tf + K1 * (1 - B + (B * this.docs[doc]!.length) / avgLength);
          scores.set(doc, (scores.get(doc) ?? 0) + queryWeight * idf * ((tf * (K1 + 1)) / norm));
        }
      }
      if (learned) {
        for (const [doc, count] of learned) {
          const saturated = (2 * count) / (count + 1);
          scores.set(doc, (scores.get(doc) ?? 0) + LEARNED_SCALE * queryWeight * idf * saturated);
        }
      }
    }
    // A reply the shop picks a lot wins ties among equally good matches.
    for (const [doc, score] of scores) {
      const picks = this.picks.get(doc);
      if (picks) scores.set(doc, score * (1 + 0.05 * Math.log1p(picks)));
    }
  }

  /**
   * When the buyer's words name an intent (发票, 保修, 退款…), a reply that shares only product nouns with them (电饭煲)
   * is a worse answer than one about that intent: replies sharing none of the query's intents keep a fraction.
   */
  private gateOnIntent(query: Features, scores: Map<number, number>): void {
    const intents = [...query.entries()]
      .filter(([t, w]) => t.startsWith('c:') && !isWeakConcept(t.slice(2)) && w >= 0.5)
      .map(([t]) => t);
    if (!intents.length) return;
    for (const [doc, score] of scores) {
      const concepts = this.docs[doc]!.concepts;
      if (!intents.some((t) => concepts.has(t))) scores.set(doc, score * INTENT_GATE);
    }
  }

  /** Shortcut codes first (千牛 habit), then pinyin initials of titles/keywords, then of contents, then fuzzy. */
  private scoreCode(code: string, scores: Map<number, number>): void {
    const bump = (doc: number, value: number) => scores.set(doc, Math.max(scores.get(doc) ?? 0, 0) + value);
    const hits = new Set<number>();
    this.docs.forEach((d, doc) => {
      if (!d.alive) return;
      let value = 0;
      if (d.code === code) value = 100;
      else if (d.code && d.code.startsWith(code)) value = 60 - Math.min(20, d.code.length - code.length);
      else if (d.shortInitials.some((s) => s.startsWith(code))) value = 40;
      else if (d.shortInitials.some((s) => s.includes(code))) value = 30;
      else if (code.length >= 2 && d.contentInitials.includes(code)) value = 15;
      if (value) {
        bump(doc, value);
        hits.add(doc);
      }
    });
    if (hits.size >= 3 || code.length < 2) return;
    for (const result of this.codeFuse().search(code, { limit: 20 })) {
      const doc = result.item.doc;
      if (hits.has(doc) || !this.docs[doc]!.alive) continue;
      hits.add(doc);
      bump(doc, 12 * (1 - (result.score ?? 1)));
    }
  }

  private codeFuse(): Fuse<CodeEntry> {
    if (!this.fuse) {
      const entries: CodeEntry[] = [];
      this.docs.forEach((d, doc) => {
        if (!d.alive) return;
        if (d.code) entries.push({ key: d.code, doc });
        for (const s of d.shortInitials) entries.push({ key: s, doc });
      });
      this.fuse = new Fuse(entries, { keys: ['key'], includeScore: true, threshold: 0.34, ignoreLocation: true });
    }
    return this.fuse;
  }

  private insert(reply: Reply): void {
    const doc = this.docs.length;
    const features: Features = new Map();
    const keywords = Array.isArray(reply.keywords) ? reply.keywords.filter((k) => typeof k === 'string') : [];
    addFeatures(features, reply.content, FIELD_SCALE.content);
    if (reply.title) addFeatures(features, reply.title, FIELD_SCALE.title);
    if (keywords.length) addFeatures(features, keywords.join('，'), FIELD_SCALE.keywords);
    const groupSegments = (reply.group ?? '').split('/').filter(Boolean);
    if (groupSegments.length) addFeatures(features, groupSegments.join('，'), FIELD_SCALE.group);
    let length = 0;
    for (const [token, weight] of features) {
      if (token.startsWith('b:')) length += weight;
      let posting = this.postings.get(token);
      if (!posting) this.postings.set(token, (posting = { docs: [], weights: [] }));
      posting.docs.push(doc);
      posting.weights.push(weight);
    }
    const shortTexts = [reply.title ?? '', ...keywords, ...groupSegments].filter(Boolean);
    this.docs.push({
      reply,
      concepts: new Set([...features.keys()].filter((t) => t.startsWith('c:'))),
      alive: true,
      length,
      code: normalizeText(reply.code ?? '').trim(),
      shortInitials: shortTexts.map((t) => initialsOf(normalizeText(t))).filter((s) => s.length >= 1),
      contentInitials: initialsOf(normalizeText(reply.content)),
    });
    this.byId.set(reply.id, doc);
    this.totalLength += length;
    this.aliveCount++;
    this.fuse = null;
    const usage = this.usage.get(reply.id);
    if (usage) this.learn(doc, usage);
  }

  private retire(doc: number): void {
    const d = this.docs[doc]!;
    if (!d.alive) return;
    d.alive = false;
    this.totalLength -= d.length;
    this.aliveCount--;
    const usage = this.usage.get(d.reply.id);
    if (usage) this.unlearn(doc, usage);
    this.fuse = null;
  }

  private learn(doc: number, usage: ReplyUsage): void {
    for (const [token, count] of Object.entries(usage.assoc)) {
      let m = this.learned.get(token);
      if (!m) this.learned.set(token, (m = new Map()));
      m.set(doc, count);
    }
    if (usage.picks) this.picks.set(doc, usage.picks);
  }

  private unlearn(doc: number, usage: ReplyUsage): void {
    for (const token of Object.keys(usage.assoc)) this.learned.get(token)?.delete(doc);
    this.picks.delete(doc);
  }

  /** Retired documents still sit in postings; rebuild once they are a quarter of the index. */
  private maybeCompact(): void {
    const dead = this.docs.length - this.aliveCount;
    if (dead < 64 || dead < this.docs.length / 4) return;
    const alive = this.docs.filter((d) => d.alive).map((d) => d.reply);
    this.docs = [];
    this.byId.clear();
    this.postings.clear();
    this.learned.clear();
    this.picks.clear();
    this.totalLength = 0;
    this.aliveCount = 0;
    for (const reply of alive) this.insert(reply);
  }
}
