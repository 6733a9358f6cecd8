import Fuse from 'fuse.js';
import { AnswerMemory, type AnswerMemoryData } from './answer-memory';
import answerMemory from './answer-memory.json';
import { addFeatures, queryFeatures, type Features } from './features';
import { isWeakConcept } from './lexicon';
import { isCodeLike, normalizeText } from './normalize';
import { initialsOf, pinyinBigrams } from './pinyin';
import { PairReranker, replyTexts, type RerankModel } from './rerank';
import rerankModel from './rerank-model.json';
import type { Reply } from './types';
import type { ReplyUsage } from './usage';

/**
 * Reply search: an inverted index over unit bigrams, unigrams and lexicon concepts, scored BM25-style (buyer typos
 * reach bigrams through their sound),
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

export interface ReplyIndexOptions {
  /** Second look at the best few for buyer messages; `null` turns it off (training the reranker needs the plain index). */
  reranker?: PairReranker | null;
}

let storedReranker: PairReranker | null = null;
/** The reranker trained on the labelled shops (lib/replies/rerank-model.json, answer-memory.json), made on first use. */
function defaultReranker(): PairReranker {
  return (storedReranker ??= new PairReranker(
    rerankModel as RerankModel,
    () => new AnswerMemory(answerMemory as AnswerMemoryData),
  ));
}

/**
 * The panel opens before it suggests: the stored reranker ranks without its answer memory (~0.3 s to build) until
 * warmSuggestionMemory() is called, which the panel does once its first suggestions are on screen. The CLI and tests
 * never call these, so they rank with the memory from the first message.
 */
export function deferSuggestionMemory(): void {
  defaultReranker().deferMemory();
}

/** Builds the deferred answer memory; true when this call built it (time to suggest again). */
export function warmSuggestionMemory(): boolean {
  return defaultReranker().warmMemory();
}

/** Field weights: a buyer's words match keywords and titles more reliably than long reply bodies. */
const FIELD_SCALE = { keywords: 2.2, title: 1.8, content: 1, group: 1.2 } as const;
const K1 = 2;
const B = 0.7;
const LEARNED_SCALE = 1.5;
const INTENT_GATE = 0.8;
/** Unigrams and pinyin pairs in more than this share of replies are skipped at query time. */
const COMMON_DF = 0.2;
/** …and only in large libraries, where they cost: in a small one every token is cheap. */
const COMMON_DF_MIN = 500;
const MAX_HOMOPHONES = 8;

interface Doc {
  reply: Reply;
  alive: boolean;
  length: number;
  code: string;
  /** pinyin initials of title, keywords and group segments, computed on the first code search */
  shortInitials?: string[];
  /** pinyin initials of the content, computed on the first code search (most queries never need it) */
  contentInitials?: string;
}

interface Accumulator {
  scores: Float64Array;
  touched: Int32Array;
  count: number;
}

interface CodeEntry {
  key: string;
  doc: number;
}

/** Initials of a reply's short texts: 开发票 → kfp. Most queries are buyer text, so they are worked out on demand. */
function shortInitialsOf(d: Doc): string[] {
  if (!d.shortInitials) {
    const r = d.reply;
    const keywords = Array.isArray(r.keywords) ? r.keywords.filter((k) => typeof k === 'string') : [];
    const texts = [r.title ?? '', ...keywords, ...(r.group ?? '').split('/')].filter(Boolean);
    d.shortInitials = texts.map((t) => initialsOf(normalizeText(t))).filter((s) => s.length >= 1);
  }
  return d.shortInitials;
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
  /** pinyin of a bigram (first readings) → bigram tokens in the index that sound so */
  private sounds = new Map<string, string[]>();
  private acc: Accumulator | null = null;
  private norms: Float64Array | null = null;
  private normsAvg = 0;
  private normsCount = 0;
  private readonly reranker: PairReranker | null;

  constructor(replies: readonly Reply[] = [], usage: readonly ReplyUsage[] = [], options: ReplyIndexOptions = {}) {
    this.reranker = options.reranker === undefined ? defaultReranker() : options.reranker;
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
    const acc = this.accumulator();
    const features = queryFeatures(buyer, typed);
    this.scoreContent(features, acc);
    if (typed && isCodeLike(typed)) this.scoreCode(normalizeText(typed).replace(/\s+/g, ''), acc);
    this.adjust(features, acc);
    const rerank = this.reranker && buyer.length && !(typed && isCodeLike(typed)) ? this.reranker : null;
    const depth = rerank ? rerank.depth : 0;
    const best = this.topK(acc, Math.max(limit, depth)).map((doc) => ({ item: doc, score: acc.scores[doc]! }));
    let ranked = best;
    if (rerank && best.length > 1) {
      // The pairs were learned from single messages: they read the newest one (and what the agent typed), so an older
      // question the buyer has moved on from does not pull its answers back up.
      const latest = buyer.length > 1 ? queryFeatures(buyer.slice(-1), typed) : features;
      const head = rerank.rerank(best.slice(0, depth), latest, (doc) => replyTexts(this.docs[doc]!.reply));
      const floor = Math.min(...head.map((c) => c.score));
      ranked = [...head, ...best.slice(depth).map((c) => ({ item: c.item, score: Math.min(c.score, floor) }))];
    }
    return ranked.slice(0, limit).map((c) => ({
      id: this.docs[c.item]!.reply.id,
      score: Math.round(c.score * 1000) / 1000,
    }));
  }

  /** Per-token contributions to one reply's content score: for tuning and for "why this suggestion". */
  explain(input: SuggestInput, id: string): { token: string; queryWeight: number; contribution: number }[] {
    const doc = this.byId.get(id);
    if (doc === undefined) return [];
    const out: { token: string; queryWeight: number; contribution: number }[] = [];
    for (const [token, queryWeight] of queryFeatures(input.buyerMessages ?? [], input.query ?? '')) {
      const acc = this.accumulator();
      this.scoreContent(new Map([[token, queryWeight]]), acc);
      const contribution = acc.scores[doc] ?? 0;
      if (contribution) out.push({ token, queryWeight, contribution: Math.round(contribution * 1000) / 1000 });
    }
    return out.sort((a, b) => b.contribution - a.contribution);
  }

  /** A dense score array reused across queries (allocation per query costs more than the scoring). */
  private accumulator(): Accumulator {
    const n = this.docs.length;
    if (!this.acc || this.acc.scores.length < n) {
      const size = Math.max(16, n * 2);
      this.acc = { scores: new Float64Array(size), touched: new Int32Array(size), count: 0 };
    } else {
      for (let i = 0; i < this.acc.count; i++) this.acc.scores[this.acc.touched[i]!] = 0;
      this.acc.count = 0;
    }
    return this.acc;
  }

  private static add(acc: Accumulator, doc: number, value: number): void {
    if (acc.scores[doc] === 0) acc.touched[acc.count++] = doc;
    acc.scores[doc] = acc.scores[doc]! + value;
  }

  private scoreContent(query: Features, acc: Accumulator): void {
    if (!this.aliveCount) return;
    const n = this.docs.length;
    const norms = this.docNorms();
    for (const [token, queryWeight] of query) {
      if (token.startsWith('p:')) {
        // A sound: score the bigrams written with it (their own postings and IDF), at the sound's weight.
        for (const bigram of this.sounds.get(token.slice(2)) ?? []) {
          if (!query.has(bigram)) this.scoreToken(bigram, queryWeight, acc, n, norms);
        }
        continue;
      }
      this.scoreToken(token, queryWeight, acc, n, norms);
    }
  }

  private scoreToken(token: string, queryWeight: number, acc: Accumulator, n: number, norms: Float64Array): void {
    const posting = this.postings.get(token);
    const learned = this.learned.get(token);
    if (!posting && !learned) return;
    const df = posting ? posting.docs.length : 0;
    // Characters in a fifth of all replies (的, 您, 发) say nothing about which reply; skipping them keeps the
    // query cost proportional to the rare, telling tokens.
    if (df > Math.max(COMMON_DF_MIN, n * COMMON_DF) && token.startsWith('u:')) return;
    const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    const w = queryWeight * idf;
    if (posting) {
      const docs = posting.docs;
      const tfs = posting.weights;
      for (let k = 0; k < docs.length; k++) {
        const doc = docs[k]!;
        const tf = tfs[k]!;
        ReplyIndex.add(acc, doc, (w * (tf * (K1 + 1))) / (tf + norms[doc]!));
      }
    }
    if (learned) {
      for (const [doc, count] of learned) ReplyIndex.add(acc, doc, LEARNED_SCALE * w * ((2 * count) / (count + 1)));
    }
  }

  /** BM25 length normalisation per document, recomputed only when the average length moved noticeably. */
  private docNorms(): Float64Array {
    const avg = this.totalLength / Math.max(1, this.aliveCount) || 1;
    const n = this.docs.length;
    if (!this.norms || this.norms.length < n || Math.abs(avg - this.normsAvg) > this.normsAvg * 0.02) {
      this.norms = new Float64Array(Math.max(16, n * 2));
      this.normsAvg = avg;
      this.normsCount = 0;
    }
    // Documents added since (edits append) get their norm with the current average.
    for (let i = this.normsCount; i < n; i++) this.norms[i] = K1 * (1 - B + (B * this.docs[i]!.length) / this.normsAvg);
    this.normsCount = n;
    return this.norms;
  }

  /**
   * After scoring: replies that share none of the buyer's intents (发票, 保修, 退款…) with the question keep a fraction
   * (a reply about the same product noun is a worse answer than one about the intent), and a reply the shop picks a
   * lot wins ties among equally good matches.
   */
  private adjust(query: Features, acc: Accumulator): void {
    const intents = [...query.entries()]
      .filter(([t, w]) => t.startsWith('c:') && !isWeakConcept(t.slice(2)) && w >= 0.5)
      .map(([t]) => t);
    let onIntent: Uint8Array | null = null;
    if (intents.length) {
      onIntent = new Uint8Array(this.docs.length);
      for (const t of intents) for (const doc of this.postings.get(t)?.docs ?? []) onIntent[doc] = 1;
    }
    for (let i = 0; i < acc.count; i++) {
      const doc = acc.touched[i]!;
      let score = acc.scores[doc]!;
      if (onIntent && !onIntent[doc]) score *= INTENT_GATE;
      const picks = this.picks.get(doc);
      if (picks) score *= 1 + 0.05 * Math.log1p(picks);
      acc.scores[doc] = score;
    }
  }

  /** The best `limit` live documents, best first; ties keep library order. */
  private topK(acc: Accumulator, limit: number): number[] {
    const best: number[] = [];
    const better = (a: number, b: number) => acc.scores[a]! > acc.scores[b]! || (acc.scores[a] === acc.scores[b] && a < b);
    for (let i = 0; i < acc.count; i++) {
      const doc = acc.touched[i]!;
      if (!(acc.scores[doc]! > 0) || !this.docs[doc]!.alive) continue;
      if (best.length === limit && !better(doc, best[limit - 1]!)) continue;
      let at = best.length < limit ? best.length : limit - 1;
      while (at > 0 && better(doc, best[at - 1]!)) at--;
      best.splice(at, 0, doc);
      if (best.length > limit) best.pop();
    }
    return best;
  }

  /** Shortcut codes first (千牛 habit), then pinyin initials of titles/keywords, then of contents, then fuzzy. */
  private scoreCode(code: string, acc: Accumulator): void {
    const bump = (doc: number, value: number) => ReplyIndex.add(acc, doc, value);
    const hits = new Set<number>();
    this.docs.forEach((d, doc) => {
      if (!d.alive) return;
      let value = 0;
      if (d.code === code) value = 100;
      else if (d.code && d.code.startsWith(code)) value = 60 - Math.min(20, d.code.length - code.length);
      else if (shortInitialsOf(d).some((s) => s.startsWith(code))) value = 40;
      else if (shortInitialsOf(d).some((s) => s.includes(code))) value = 30;
      else if (code.length >= 2 && (d.contentInitials ??= initialsOf(normalizeText(d.reply.content))).includes(code)) value = 15;
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
        for (const s of shortInitialsOf(d)) entries.push({ key: s, doc });
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
      if (!posting) {
        this.postings.set(token, (posting = { docs: [], weights: [] }));
        if (token.startsWith('b:')) this.noteSound(token);
      }
      posting.docs.push(doc);
      posting.weights.push(weight);
    }
    this.docs.push({ reply, alive: true, length, code: normalizeText(reply.code ?? '').trim() });
    this.byId.set(reply.id, doc);
    this.totalLength += length;
    this.aliveCount++;
    this.fuse = null;
    const usage = this.usage.get(reply.id);
    if (usage) this.learn(doc, usage);
  }

  /** Remembers how a new bigram sounds, so buyer typos written with other characters find it (发漂 → 发票). */
  private noteSound(token: string): void {
    const chars = [...token.slice(2)];
    if (chars.length !== 2) return;
    const key = pinyinBigrams(chars[0]!, chars[1]!, false)[0];
    if (!key) return;
    const list = this.sounds.get(key);
    if (!list) this.sounds.set(key, [token]);
    else if (list.length < MAX_HOMOPHONES) list.push(token);
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
    this.norms = null;
    this.byId.clear();
    this.postings.clear();
    this.sounds.clear();
    this.learned.clear();
    this.picks.clear();
    this.totalLength = 0;
    this.aliveCount = 0;
    for (const reply of alive) this.insert(reply);
  }
}
