#!/usr/bin/env node
// Promise detection accuracy through the `kefu promises` command, as an outside checker would measure it:
//   node scripts/eval-promises.mjs LABELLED.jsonl [--misses]
// LABELLED lines: {"text","now","promises":[{"kind","dueFrom","dueTo"}]}. Recall: expected promises found with the
// right kind; false: promises reported beyond the expected ones (and any on non-promise lines); window: found promises
// whose due time lies in the expected window.
import { pct, readJsonl, runKefu } from './eval-kefu.mjs';

const [labelled, flag] = process.argv.slice(2);
if (!labelled) {
  console.error('usage: node scripts/eval-promises.mjs LABELLED.jsonl [--misses]');
  process.exit(2);
}
const rows = readJsonl(labelled);
const out = runKefu(['promises', '--jsonl'], rows.map((r) => ({ text: r.text, now: r.now })), { ...process.env, TZ: process.env.TZ ?? 'Asia/Shanghai' });
let expected = 0, found = 0, reported = 0, extra = 0, inWindow = 0, nonPromise = 0, nonPromiseFired = 0;
const misses = [];
rows.forEach((row, i) => {
  const got = [...out[i].promises];
  reported += got.length;
  if (!row.promises.length) {
    nonPromise++;
    if (got.length) {
      nonPromiseFired++;
      misses.push({ kind: 'false', text: row.text, got });
    }
  }
  for (const want of row.promises) {
    expected++;
    const k = got.findIndex((g) => g.kind === want.kind);
    if (k < 0) {
      misses.push({ kind: 'missed', text: row.text, now: row.now, want, got });
      continue;
    }
    found++;
    const [g] = got.splice(k, 1);
    const due = Date.parse(g.due);
    if (due >= Date.parse(want.dueFrom) && due <= Date.parse(want.dueTo)) inWindow++;
    else misses.push({ kind: 'window', text: row.text, now: row.now, want, got: g });
  }
  extra += got.length;
});
console.log(
  `${labelled}: ${rows.length} messages; recall ${pct(found, expected)} (${found}/${expected}); false ${pct(extra, reported)} of reported (${extra}/${reported}), non-promise messages firing ${pct(nonPromiseFired, nonPromise)}; due in window ${pct(inWindow, found)}`,
);
if (flag === '--misses') for (const m of misses) console.log(JSON.stringify(m));
