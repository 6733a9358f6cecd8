// Shared by the eval scripts: read a labelled JSON-lines file and run one `kefu` command over it the way an outside
// checker would (a child process, one JSON line in and out per row).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

export function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Runs `kefu <args>` with one input object per row; returns the parsed output lines; exits 1 if the command failed. */
export function runKefu(args, inputs, env = process.env) {
  const run = spawnSync(process.execPath, [join(root, 'bin/kefu.mjs'), ...args], {
    input: inputs.map((i) => JSON.stringify(i)).join('\n') + '\n',
    encoding: 'utf8',
    env,
  });
  if (run.status !== 0) {
    console.error(run.stderr);
    process.exit(1);
  }
  return run.stdout.trim().split('\n').map((l) => JSON.parse(l));
}

export const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
