#!/usr/bin/env node
// Trains the two text models on every labelled line the team has and writes their weights:
//   lib/redline-model/weights.json  (red lines, from the labelled agent replies)
//   lib/promise-model/weights.json  (promise kinds, from the labelled agent messages)
// Deterministic: the same files give the same weights.
//   node scripts/train-models.mjs [--check]   (--check: exit 1 if a weights file is not what training gives)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleTs } from './bundle-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
process.chdir(root);

export const REDLINE_FILES = [
  'tests/fixtures/redline/labelled.jsonl',
  'tests/fixtures/redline/tune-2.jsonl',
  'tests/fixtures/redline/blind-2.jsonl',
  'tests/fixtures/redline/holdout-self.jsonl',
  'tests/fixtures/redline/holdout-self-2.jsonl',
  'tests/fixtures/redline/holdout-self-3.jsonl',
  'tests/fixtures/redline/holdout-self-4.jsonl',
  'tests/fixtures/redline/holdout-self-5.jsonl',
  'tests/fixtures/round3/redline-a.jsonl',
  'tests/fixtures/round3/redline-b.jsonl',
  'tests/fixtures/holdout/redline.jsonl',
  'tests/fixtures/round4/redline-c.jsonl',
  'tests/fixtures/round4/redline-d.jsonl',
  'tests/fixtures/round6/redline-k.jsonl',
  'tests/fixtures/round7/redline-p.jsonl',
  'tests/fixtures/round7/redline-q.jsonl',
  'tests/fixtures/round7/redline-r.jsonl',
  'tests/fixtures/round9/redline-y.jsonl',
  'tests/fixtures/round9/redline-z.jsonl',
  'tests/fixtures/round9/redline-aa.jsonl',
  'tests/fixtures/round9/redline-ab.jsonl',
  'tests/fixtures/round9/redline-ac.jsonl',
  'tests/fixtures/round10/redline-ae.jsonl',
  'tests/fixtures/round10/redline-af.jsonl',
  'tests/fixtures/round10/redline-ag.jsonl',
  'tests/fixtures/round10/redline-ah.jsonl',
  'tests/fixtures/round11/redline-am.jsonl',
  'tests/fixtures/round11/redline-al.jsonl',
  'tests/fixtures/round11/redline-au.jsonl',
  'tests/fixtures/round11/redline-as.jsonl',
  'tests/fixtures/round11/redline-an.jsonl',
  'tests/fixtures/round11/redline-ak.jsonl',
  'tests/fixtures/round6/redline-l.jsonl',
];
export const PROMISE_FILES = [
  'tests/fixtures/promises/labelled.jsonl',
  'tests/fixtures/promises/tune-2.jsonl',
  'tests/fixtures/promises/blind-2.jsonl',
  'tests/fixtures/promises/holdout-self.jsonl',
  'tests/fixtures/promises/holdout-self-2.jsonl',
  'tests/fixtures/promises/holdout-self-3.jsonl',
  'tests/fixtures/round3/promises-a.jsonl',
  'tests/fixtures/round3/promises-b.jsonl',
  'tests/fixtures/holdout/promises.jsonl',
  'tests/fixtures/round4/promises-c.jsonl',
  'tests/fixtures/round4/promises-d.jsonl',
  'tests/fixtures/round6/promises-k.jsonl',
  'tests/fixtures/round6/promises-l.jsonl',
  'tests/fixtures/round7/promises-p.jsonl',
  'tests/fixtures/round7/promises-q.jsonl',
  'tests/fixtures/round7/promises-r.jsonl',
  'tests/fixtures/round9/promises-y.jsonl',
  'tests/fixtures/round9/promises-z.jsonl',
  'tests/fixtures/round9/promises-aa.jsonl',
  'tests/fixtures/round9/promises-ab.jsonl',
  'tests/fixtures/round9/promises-ac.jsonl',
  'tests/fixtures/round10/promises-ae.jsonl',
  'tests/fixtures/round10/promises-af.jsonl',
  'tests/fixtures/round10/promises-ag.jsonl',
  'tests/fixtures/round10/promises-ah.jsonl',
  'tests/fixtures/round11/promises-am.jsonl',
  'tests/fixtures/round11/promises-al.jsonl',
  'tests/fixtures/round11/promises-au.jsonl',
  'tests/fixtures/round11/promises-as.jsonl',
  'tests/fixtures/round11/promises-an.jsonl',
  'tests/fixtures/round11/promises-ak.jsonl',
];

const read = (files) =>
  files.flatMap((f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)));
const load = async (entry) => import(pathToFileURL(await bundleTs(root, join(root, entry))).href);

const { trainRedlineModel } = await load('lib/redline-model/train.ts');
const { trainPromiseModel } = await load('lib/promise-model/model.ts');
const models = [
  { target: 'lib/redline-model/weights.json', rows: read(REDLINE_FILES), train: trainRedlineModel, what: 'labelled replies' },
  { target: 'lib/promise-model/weights.json', rows: read(PROMISE_FILES), train: trainPromiseModel, what: 'labelled messages' },
];
let stale = false;
for (const { target, rows, train, what } of models) {
  const json = JSON.stringify(train(rows)) + '\n';
  if (process.argv.includes('--check')) {
    if (readFileSync(target, 'utf8') !== json) {
      console.error(`${target} is not what training on the labelled files gives: run node scripts/train-models.mjs`);
      stale = true;
    } else console.log(`${target} is current (${rows.length} ${what})`);
  } else {
    writeFileSync(target, json);
    console.log(`${target}: ${rows.length} ${what}, ${(json.length / 1024).toFixed(0)} KB`);
  }
}
if (stale) process.exit(1);
