#!/usr/bin/env node
// Red-line accuracy through the `kefu check` command, as an outside checker would measure it:
//   node scripts/eval-redline.mjs LABELLED.jsonl [--misses]
// LABELLED lines: {"text","platform"?,"expect":[category…]}. Recall: a violation counts as found when every expected
// category is flagged. False flags: clean lines with any flag.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [labelled, flag] = process.argv.slice(2);
if (!labelled) {
  console.error('usage: node scripts/eval-redline.mjs LABELLED.jsonl [--misses]');
  process.exit(2);
}
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const rows = readFileSync(labelled, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const run = spawnSync(process.execPath, [join(root, 'bin/kefu.mjs'), 'check', '--jsonl'], {
  input: rows.map((r) => JSON.stringify({ text: r.text, ...(r.platform && { platform: r.platform }) })).join('\n') + '\n',
  encoding: 'utf8',
});
if (run.status !== 0) {
  console.error(run.stderr);
  process.exit(1);
}
const out = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
let violations = 0, found = 0, clean = 0, falseFlags = 0;
const perCategory = new Map();
const misses = [];
rows.forEach((row, i) => {
  const got = new Set(out[i].flags.map((f) => f.category));
  if (row.expect.length) {
    violations++;
    const ok = row.expect.every((c) => got.has(c));
    if (ok) found++;
    else misses.push({ kind: 'missed', text: row.text, expect: row.expect, got: [...got] });
    for (const c of row.expect) {
      const s = perCategory.get(c) ?? { n: 0, hit: 0 };
      s.n++;
      if (got.has(c)) s.hit++;
      perCategory.set(c, s);
    }
  } else {
    clean++;
    if (got.size) {
      falseFlags++;
      misses.push({ kind: 'false', text: row.text, got: out[i].flags.map((f) => `${f.category}:${f.rule}`) });
    }
  }
});
const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(`${labelled}: ${rows.length} replies; recall ${pct(found, violations)} (${found}/${violations}); false flags ${pct(falseFlags, clean)} (${falseFlags}/${clean})`);
console.log('  per category: ' + [...perCategory.entries()].map(([c, s]) => `${c} ${s.hit}/${s.n}`).join(', '));
if (flag === '--misses') for (const m of misses) console.log(JSON.stringify(m));
