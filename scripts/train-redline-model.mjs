#!/usr/bin/env node
// Trains the red-line model (lib/redline-model) on every labelled reply the team has and writes
// lib/redline-model/weights.json. Deterministic: the same files give the same weights.
//   node scripts/train-redline-model.mjs [--check]   (--check: exit 1 if weights.json is not what training gives)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleTs } from './bundle-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
export const TRAINING_FILES = [
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
];
const rows = TRAINING_FILES.flatMap((f) =>
  readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l)),
);
const { trainRedlineModel } = await import(pathToFileURL(await bundleTs(root, join(root, 'lib/redline-model/train.ts'))).href);
const json = JSON.stringify(trainRedlineModel(rows)) + '\n';
const target = 'lib/redline-model/weights.json';
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== json) {
    console.error(`${target} is not what training on the labelled files gives: run node scripts/train-redline-model.mjs`);
    process.exit(1);
  }
  console.log(`${target} is current (${rows.length} labelled replies)`);
} else {
  writeFileSync(target, json);
  console.log(`${target}: ${rows.length} labelled replies, ${(json.length / 1024).toFixed(0)} KB`);
}
