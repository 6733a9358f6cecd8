#!/usr/bin/env node
// Red-line accuracy through the `kefu check` command, as an outside checker would measure it:
//   node scripts/eval-redline.mjs LABELLED.jsonl [--misses]
// LABELLED lines: {"text","platform"?,"expect":[category…]}. Recall: a violation counts as found when every expected
// category is flagged. False flags: clean lines with any flag.
import { pct, readJsonl, runKefu } from './eval-kefu.mjs';

const [labelled, flag] = process.argv.slice(2);
if (!labelled) {
  console.error('usage: node scripts/eval-redline.mjs LABELLED.jsonl [--misses]');
  process.exit(2);
}
const rows = readJsonl(labelled);
const out = runKefu(['check', '--jsonl'], rows.map((r) => ({ text: r.text, ...(r.platform && { platform: r.platform }) })));
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
console.log(`${labelled}: ${rows.length} replies; recall ${pct(found, violations)} (${found}/${violations}); false flags ${pct(falseFlags, clean)} (${falseFlags}/${clean})`);
console.log('  per category: ' + [...perCategory.entries()].map(([c, s]) => `${c} ${s.hit}/${s.n}`).join(', '));
if (flag === '--misses') for (const m of misses) console.log(JSON.stringify(m));
