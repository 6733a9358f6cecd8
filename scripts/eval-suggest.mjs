#!/usr/bin/env node
// Suggestion quality through the `kefu suggest` command, as an outside checker would measure it:
//   node scripts/eval-suggest.mjs LIBRARY.json LABELLED.jsonl [--misses | --misses1]
// prints top-1 / top-3 (a hit when the first / any of the first three suggestions is one of the expected ids).
import { pct, readJsonl, runKefu } from './eval-kefu.mjs';

const [library, labelled, flag] = process.argv.slice(2);
if (!library || !labelled) {
  console.error('usage: node scripts/eval-suggest.mjs LIBRARY.json LABELLED.jsonl [--misses | --misses1]');
  process.exit(2);
}
const rows = readJsonl(labelled);
const out = runKefu(['suggest', '--library', library, '--limit', '3', '--jsonl'], rows.map((r) => ({ text: r.text })));
let top1 = 0;
let top3 = 0;
const misses = [];
rows.forEach((row, i) => {
  const ids = out[i].suggestions.map((s) => s.id);
  if (row.expect.includes(ids[0])) top1++;
  const hit3 = ids.slice(0, 3).some((id) => row.expect.includes(id));
  if (hit3) top3++;
  if (flag === '--misses' ? !hit3 : flag === '--misses1' && !row.expect.includes(ids[0])) misses.push({ text: row.text, expect: row.expect, got: ids });
});
console.log(`${labelled}: ${rows.length} messages, top-1 ${pct(top1, rows.length)}, top-3 ${pct(top3, rows.length)}`);
for (const m of misses) console.log(JSON.stringify(m));
