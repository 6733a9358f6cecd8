#!/usr/bin/env node
// Trains the suggestion reranker (lib/replies/rerank.ts) on the labelled shops (train-rerank-shops.ts) and writes
// lib/replies/rerank-model.json and its answer memory lib/replies/answer-memory.json (answer-memory.ts):
//   node scripts/train-suggest-rerank.mjs           write the model trained on all of them
//   node scripts/train-suggest-rerank.mjs --folds   leave-one-shop-out: train on the others, measure on the one left out, each way
// Deterministic: the same fixtures and code give the same file (tests/unit/replies/rerank-model.test.ts checks it is current).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleTs } from './bundle-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
const { trainReranker, measureShop, labelledShops, formatRerankModel, formatAnswerMemory, AnswerMemory, answerMemoryData } = await import(
  pathToFileURL(await bundleTs(root, join(root, 'lib/replies/train-rerank-shops.ts'))).href
);
const shops = labelledShops((p) => readFileSync(join(root, p), 'utf8'));

if (process.argv.includes('--folds')) {
  const pct = (x) => (100 * x).toFixed(1).padStart(5);
  const sum = { b1: 0, b3: 0, a1: 0, a3: 0 };
  console.log('held-out shop        n   before top-1/top-3   after top-1/top-3   pairs');
  for (const held of shops) {
    const others = shops.filter((s) => s !== held);
    const model = trainReranker(others);
    const before = measureShop(held, null);
    const after = measureShop(held, model, new AnswerMemory(answerMemoryData(others)));
    const pairs = Object.values(model.pairs).reduce((a, m) => a + Object.keys(m).length, 0);
    console.log(`${held.name.padEnd(18)} ${String(before.n).padStart(4)}   ${pct(before.top1)} / ${pct(before.top3)}      ${pct(after.top1)} / ${pct(after.top3)}     ${pairs}`);
    sum.b1 += before.top1; sum.b3 += before.top3; sum.a1 += after.top1; sum.a3 += after.top3;
  }
  const k = shops.length;
  console.log(`${'average'.padEnd(18)}        ${pct(sum.b1 / k)} / ${pct(sum.b3 / k)}      ${pct(sum.a1 / k)} / ${pct(sum.a3 / k)}`);
} else {
  const text = formatRerankModel(trainReranker(shops));
  writeFileSync(join(root, 'lib/replies/rerank-model.json'), text);
  console.log(`lib/replies/rerank-model.json: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
  const memory = formatAnswerMemory(answerMemoryData(shops));
  writeFileSync(join(root, 'lib/replies/answer-memory.json'), memory);
  console.log(`lib/replies/answer-memory.json: ${(Buffer.byteLength(memory) / 1024).toFixed(1)} KB`);
}
