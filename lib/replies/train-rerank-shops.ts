import { parseJsonText, repliesFromRows } from './io';
import type { AnswerMemoryData } from './answer-memory';
import type { RerankModel } from './rerank';
import type { LabelledShop } from './train-rerank';

export { trainReranker, measureShop } from './train-rerank';
export { AnswerMemory, answerMemoryData } from './answer-memory';

/**
 * The labelled shops the reranker learns from. Never add tests/fixtures/round4/library-e / messages-e: that set is the
 * team's blind measure of how suggestions do on a shop nobody tuned on.
 */
export const LABELLED_SHOP_FILES = [
  { name: 'A starter/dev', library: 'lib/replies/starter-library.json', labelled: 'tests/fixtures/suggest/dev.jsonl' },
  { name: 'C', library: 'tests/fixtures/suggest-c/library-c.json', labelled: 'tests/fixtures/suggest-c/messages-c.jsonl' },
  { name: 'B', library: 'tests/fixtures/holdout/library-b.json', labelled: 'tests/fixtures/holdout/suggest-b.jsonl' },
  { name: 'D', library: 'tests/fixtures/round4/library-d.json', labelled: 'tests/fixtures/round4/messages-d.jsonl' },
  { name: 'F', library: 'tests/fixtures/round6/library-f.json', labelled: 'tests/fixtures/round6/messages-f.jsonl' },
  { name: 'G', library: 'tests/fixtures/round6/library-g.json', labelled: 'tests/fixtures/round6/messages-g.jsonl' },
  { name: 'H', library: 'tests/fixtures/round6/library-h.json', labelled: 'tests/fixtures/round6/messages-h.jsonl' },
  { name: 'I', library: 'tests/fixtures/round7/library-i.json', labelled: 'tests/fixtures/round7/messages-i.jsonl' },
  { name: 'J', library: 'tests/fixtures/round7/library-j.json', labelled: 'tests/fixtures/round7/messages-j.jsonl' },
  { name: 'N', library: 'tests/fixtures/round7/library-n.json', labelled: 'tests/fixtures/round7/messages-n.jsonl' },
  { name: 'O', library: 'tests/fixtures/round7/library-o.json', labelled: 'tests/fixtures/round7/messages-o.jsonl' },
  { name: 'U', library: 'tests/fixtures/round8/library-u.json', labelled: 'tests/fixtures/round8/messages-u.jsonl' },
  { name: 'V', library: 'tests/fixtures/round8/library-v.json', labelled: 'tests/fixtures/round8/messages-v.jsonl' },
  { name: 'W', library: 'tests/fixtures/round8/library-w.json', labelled: 'tests/fixtures/round8/messages-w.jsonl' },
  { name: 'X', library: 'tests/fixtures/round8/library-x.json', labelled: 'tests/fixtures/round8/messages-x.jsonl' },
  { name: 'AD', library: 'tests/fixtures/round9/library-ad.json', labelled: 'tests/fixtures/round9/messages-ad.jsonl' },
  { name: 'AI', library: 'tests/fixtures/round10/library-ai.json', labelled: 'tests/fixtures/round10/messages-ai.jsonl' },
  { name: 'AJ', library: 'tests/fixtures/round10/library-aj.json', labelled: 'tests/fixtures/round10/messages-aj.jsonl' },
  { name: 'AO', library: 'tests/fixtures/round11/library-ao.json', labelled: 'tests/fixtures/round11/messages-ao.jsonl' },
  { name: 'AP', library: 'tests/fixtures/round11/library-ap.json', labelled: 'tests/fixtures/round11/messages-ap.jsonl' },
  { name: 'AQ', library: 'tests/fixtures/round11/library-aq.json', labelled: 'tests/fixtures/round11/messages-aq.jsonl' },
  { name: 'AV', library: 'tests/fixtures/round11/library-av.json', labelled: 'tests/fixtures/round11/messages-av.jsonl' },
  { name: 'AR', library: 'tests/fixtures/round11/library-ar.json', labelled: 'tests/fixtures/round11/messages-ar.jsonl' },
] as const;

/** Reads the labelled shops through `read` (a path relative to the project root → its text), so tests and scripts share it. */
export function labelledShops(read: (path: string) => string): LabelledShop[] {
  return LABELLED_SHOP_FILES.map((f) => ({
    name: f.name,
    replies: repliesFromRows(parseJsonText(read(f.library))).replies,
    rows: read(f.labelled)
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { text: string; expect: string[] }),
  }));
}

/** One buyer token per line: small diffs when the model is retrained, and readable. */
export function formatRerankModel(model: RerankModel): string {
  const lines = Object.entries(model.pairs).map(([q, to]) => `    ${JSON.stringify(q)}: ${JSON.stringify(to)}`);
  return `{\n  "depth": ${model.depth},\n  "dense": ${JSON.stringify(model.dense)},\n  "pairs": {\n${lines.join(',\n')}\n  }\n}\n`;
}

/** One answer or question per line, for the same reasons. */
export function formatAnswerMemory(data: AnswerMemoryData): string {
  const answers = data.answers.map((a) => `    ${JSON.stringify(a)}`).join(',\n');
  const questions = data.questions.map((q) => `    ${JSON.stringify(q)}`).join(',\n');
  return `{\n  "answers": [\n${answers}\n  ],\n  "questions": [\n${questions}\n  ]\n}\n`;
}
