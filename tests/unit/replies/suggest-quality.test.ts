import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ReplyIndex } from '@/lib/replies';
import { parseJsonText, repliesFromRows } from '@/lib/replies/io';

/**
 * Suggestion quality on labelled buyer messages. `dev` was written with the starter library; `shop C` is a third shop's
 * library with few titles or keywords, written without seeing the engine, and used for tuning; `holdout` is another shop's
 * library and messages, written blind to the engine (tests/fixtures/holdout/README.md) and never tuned against, so its
 * figures estimate how the engine does on a library nobody here has seen.
 *
 * Since round 4 all three (and library D) train the reranker (lib/replies/rerank-model.json), so these figures are
 * in-sample and read high; the honest ones are leave-one-shop-out (`node scripts/train-suggest-rerank.mjs --folds`,
 * tests/fixtures/round4/ranker-notes.md). The floors stay where they were: they guard against breakage, not progress.
 */
interface Labelled {
  text: string;
  expect: string[];
}

function measure(libraryPath: string, labelledPath: string) {
  const { replies } = repliesFromRows(parseJsonText(readFileSync(libraryPath, 'utf8')));
  const index = new ReplyIndex(replies);
  const rows: Labelled[] = readFileSync(labelledPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);
  let top1 = 0;
  let top3 = 0;
  for (const row of rows) {
    const got = index.suggest({ buyerMessages: [row.text] }, 3).map((s) => s.id);
    if (row.expect.includes(got[0]!)) top1++;
    if (got.some((id) => row.expect.includes(id))) top3++;
  }
  return { n: rows.length, top1: top1 / rows.length, top3: top3 / rows.length };
}

const sets = [
  { name: 'dev (starter library)', library: 'lib/replies/starter-library.json', labelled: 'tests/fixtures/suggest/dev.jsonl', top1: 0.8, top3: 0.95 },
  { name: 'shop C (library C, tuning)', library: 'tests/fixtures/suggest-c/library-c.json', labelled: 'tests/fixtures/suggest-c/messages-c.jsonl', top1: 0.65, top3: 0.85 },
  { name: 'holdout (library B, blind)', library: 'tests/fixtures/holdout/library-b.json', labelled: 'tests/fixtures/holdout/suggest-b.jsonl', top1: 0.7, top3: 0.85 },
];

describe('suggestion quality', () => {
  it.each(sets)('$name: top-1 ≥ $top1, top-3 ≥ $top3', (set) => {
    const r = measure(set.library, set.labelled);
    console.log(`${set.name}: ${r.n} messages, top-1 ${(r.top1 * 100).toFixed(1)}%, top-3 ${(r.top3 * 100).toFixed(1)}%`);
    expect(r.n).toBeGreaterThanOrEqual(150);
    expect(r.top1).toBeGreaterThanOrEqual(set.top1);
    expect(r.top3).toBeGreaterThanOrEqual(set.top3);
  });

  it('puts an invoice reply in the top 3 for 能开发票吗 (the issue\'s own example)', () => {
    const { replies } = repliesFromRows(parseJsonText(readFileSync('lib/replies/starter-library.json', 'utf8')));
    const index = new ReplyIndex(replies);
    const top3 = index.suggest({ buyerMessages: ['能开发票吗'] }, 3).map((s) => index.get(s.id)!);
    expect(top3.some((r) => r.group.includes('发票'))).toBe(true);
  });
});
