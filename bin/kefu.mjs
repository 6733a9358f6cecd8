#!/usr/bin/env node
// The `kefu` command: the command-line face of lib/ (lib/cli/main.ts), compiled on first use (scripts/bundle-ts.mjs).
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleTs } from '../scripts/bundle-ts.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { main } = await import(pathToFileURL(await bundleTs(root, join(root, 'lib', 'cli', 'main.ts'))).href);
process.exitCode = await main(process.argv.slice(2), { root });
