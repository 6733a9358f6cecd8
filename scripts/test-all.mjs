#!/usr/bin/env node
// Every test, in the order a failure is cheapest to find: types, unit tests, the build, then the built extension in
// Chromium. Ends with one line "N passed, N failed" over all vitest tests; exits non-zero if any step fails.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const results = 'test-results';
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;

function step(title, command, args) {
  console.log(`\n▶ ${title}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit' });
  return r.status === 0;
}

function vitest(project) {
  const report = join(results, `vitest-${project}.json`);
  rmSync(report, { force: true });
  const ok = step(`${project} tests`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    // A suite that failed to load runs no test but must still count as a failure.
    if (!ok && json.numFailedTests === 0) failed++;
  } catch {
    if (!ok) failed++;
  }
  return ok;
}

function chromium() {
  console.log('\n▶ browser: Debian chromium for the browser tests');
  try {
    ensureChromium();
    return true;
  } catch (e) {
    console.error(e.message);
    return false;
  }
}

const ok =
  chromium() &&
  step('prepare', 'npx', ['wxt', 'prepare']) &&
  step('typecheck', 'npx', ['tsc', '--noEmit']) &&
  vitest('unit') &&
  step('build', 'npx', ['wxt', 'build']) &&
  vitest('e2e');

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
