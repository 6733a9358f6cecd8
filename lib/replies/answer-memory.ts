import { addFeatures, type Features } from './features';
import { findConcepts } from './lexicon';
import { normalizeText } from './normalize';
import { forEachUnitPair } from './rerank';

/**
 * Buyers word a question like other buyers far more than like the reply that answers it (多久到 / 几天能到 vs 预计
 * 2-3天送达). So besides matching the buyer's words against replies, the reranker asks: which questions that other
 * shops' buyers asked look like this one, and which of my candidates reads like the answers those questions got?
 * The memory holds labelled buyer messages of several shops, each with the text of its right reply; a candidate's
 * feature is its likeness to the answers of the nearest questions. A new shop's replies need not share a word with
 * the buyer, only with replies that once answered buyers who talked like this one.
 */
export interface AnswerMemoryData {
  /** reply texts (title and content) that answered labelled questions */
  answers: string[];
  /** a labelled buyer message and the index of its answer in `answers` */
  questions: [message: string, answer: number][];
}

/** A sparse vector of `b:` bigrams and `c:` concepts, TF-IDF weighted and of unit length. */
type Vector = Map<string, number>;

/** How many of the nearest questions lend their answers. */
const NEIGHBOURS = 8;

/** The bigrams and concepts among features.ts features: of the buyer's query, or of a remembered question. */
function questionTokens(query: Features): Features {
  const out: Features = new Map();
  for (const [token, w] of query) if (token.startsWith('b:') || token.startsWith('c:')) out.set(token, w);
  return out;
}

/**
 * A reply's bigrams and concepts from its normalised texts: read for ~15 candidates per buyer message, so only what
 * the likeness uses is computed (no unigrams, no sounds).
 */
function answerTokens(normalizedTexts: readonly string[]): Features {
  const features: Features = new Map();
  const add = (token: string) => features.set(token, (features.get(token) ?? 0) + 1);
  for (const text of normalizedTexts) {
    forEachUnitPair(text, (a, b) => add(`b:${a}${b}`));
    for (const [concept, n] of findConcepts(text)) features.set(`c:${concept}`, Math.min(2, (features.get(`c:${concept}`) ?? 0) + n));
  }
  return features;
}

/** The memory of labelled shops: each buyer message with the title and content of its first right reply. */
export function answerMemoryData(
  shops: ReadonlyArray<{ replies: ReadonlyArray<{ id: string; title?: string; content: string }>; rows: ReadonlyArray<{ text: string; expect: readonly string[] }> }>,
): AnswerMemoryData {
  const answers: string[] = [];
  const indexOf = new Map<string, number>();
  const questions: [string, number][] = [];
  for (const shop of shops) {
    const byId = new Map(shop.replies.map((r) => [r.id, r]));
    for (const row of shop.rows) {
      const reply = byId.get(row.expect[0] ?? '');
      if (!reply) continue;
      const text = reply.title ? `${reply.title}。${reply.content}` : reply.content;
      let i = indexOf.get(text);
      if (i === undefined) indexOf.set(text, (i = answers.push(text) - 1));
      questions.push([row.text, i]);
    }
  }
  return { answers, questions };
}

function weigh(features: Features, idf: ReadonlyMap<string, number>): Vector {
  const out: Vector = new Map();
  let norm = 0;
  for (const [token, tf] of features) {
    const w = tf * (idf.get(token) ?? 0);
    if (w <= 0) continue;
    out.set(token, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [token, w] of out) out.set(token, w / norm);
  return out;
}

function idfOf(docs: readonly Features[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of docs) for (const token of doc.keys()) df.set(token, (df.get(token) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [token, n] of df) idf.set(token, Math.log(1 + docs.length / n));
  return idf;
}

export class AnswerMemory {
  private readonly questionIdf: Map<string, number>;
  private readonly answerIdf: Map<string, number>;
  /** each answer's raw tokens; weighed on first use (a query reads eight answers, not all of them) */
  private readonly answerTokens: Features[];
  private readonly answers: Array<Vector | undefined>;
  /** the answer of each remembered question */
  private readonly answerOf: number[];
  /** question token → questions that have it, with its weight there */
  private readonly postings = new Map<string, [question: number, weight: number][]>();

  constructor(data: AnswerMemoryData) {
    this.answerTokens = data.answers.map((text) => answerTokens([normalizeText(text)]));
    this.answerIdf = idfOf(this.answerTokens);
    this.answers = new Array<Vector | undefined>(data.answers.length);
    // Remembered questions are read without sounds (pinyin is most of the cost of reading 2,700 messages, paid by every
    // `kefu suggest` process); the buyer's own message still is heard by sound (answersFor gets queryFeatures).
    const questions = data.questions.map(([message]) => {
      const features: Features = new Map();
      addFeatures(features, message, 1);
      return questionTokens(features);
    });
    this.questionIdf = idfOf(questions);
    this.answerOf = data.questions.map(([, answer]) => answer);
    // weigh() without keeping each question's vector: only its postings are read later.
    questions.forEach((features, q) => {
      let norm = 0;
      for (const [token, tf] of features) norm += (tf * (this.questionIdf.get(token) ?? 0)) ** 2;
      norm = Math.sqrt(norm);
      if (!(norm > 0)) return;
      for (const [token, tf] of features) {
        const w = (tf * (this.questionIdf.get(token) ?? 0)) / norm;
        if (w <= 0) continue;
        let list = this.postings.get(token);
        if (!list) this.postings.set(token, (list = []));
        list.push([q, w]);
      }
    });
  }

  private answer(i: number): Vector {
    return (this.answers[i] ??= weigh(this.answerTokens[i]!, this.answerIdf));
  }

  /**
   * What the answers to the questions nearest a buyer query (queryFeatures) look like: their vectors summed, each
   * weighted by the square of how close its question is, scaled to unit length. Empty when no remembered question
   * shares a token with the query.
   */
  answersFor(buyerQuery: Features): Vector {
    const query = weigh(questionTokens(buyerQuery), this.questionIdf);
    const sims = new Map<number, number>();
    for (const [token, w] of query) {
      for (const [q, v] of this.postings.get(token) ?? []) sims.set(q, (sims.get(q) ?? 0) + w * v);
    }
    const nearest = [...sims].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, NEIGHBOURS);
    const out: Vector = new Map();
    // Squared: a near twin of the message speaks much louder than a question that shares one word with it.
    for (const [q, sim] of nearest) {
      const weight = sim * sim;
      for (const [token, w] of this.answer(this.answerOf[q]!)) out.set(token, (out.get(token) ?? 0) + weight * w);
    }
    let norm = 0;
    for (const w of out.values()) norm += w * w;
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [token, w] of out) out.set(token, w / norm);
    return out;
  }

  /** How much a candidate reply's texts (replyTexts) read like `answers` (answersFor): cosine, 0…1. */
  likeness(answers: Vector, replyTexts: readonly string[]): number {
    if (!answers.size) return 0;
    // weigh() inlined: this runs for every candidate of every buyer message.
    let dot = 0;
    let norm = 0;
    for (const [token, tf] of answerTokens(replyTexts)) {
      const w = tf * (this.answerIdf.get(token) ?? 0);
      if (w <= 0) continue;
      norm += w * w;
      dot += w * (answers.get(token) ?? 0);
    }
    return norm > 0 ? dot / Math.sqrt(norm) : 0;
  }
}
