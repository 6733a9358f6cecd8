#!/usr/bin/env node
// Suggestion speed at 10,000 replies against plain fuse.js in the same run. `npm run bench` runs it with --expose-gc
// so index memory can be measured. Writes test-results/bench-suggest.json too.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleTs } from './bundle-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
const { run } = await import(pathToFileURL(await bundleTs(root, join(root, 'tests/bench/suggest-scale.ts'))).href);
const result = run();
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench-suggest.json', JSON.stringify(result, null, 2));
