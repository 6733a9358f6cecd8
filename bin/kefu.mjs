#!/usr/bin/env node
// The `kefu` command: the command-line face of lib/. lib/ is TypeScript and Node 20 cannot run it directly, and npm here
// runs no install scripts, so the first run bundles lib/cli with esbuild into a cache keyed by the sources' size and
// mtime; later runs import the cached bundle (no compile cost on the hot path of a JSON-lines pipe).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, statSync, existsSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));

function sourceStamp() {
  const hash = createHash('sha1');
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(entry.name)) {
        const s = statSync(path);
        hash.update(`${path}:${s.size}:${s.mtimeMs}\n`);
      }
    }
  };
  walk(join(root, 'lib'));
  hash.update(statSync(join(root, 'package-lock.json'), { throwIfNoEntry: false })?.mtimeMs?.toString() ?? '');
  return hash.digest('hex').slice(0, 16);
}

// Inside node_modules so the bundle's bare imports (pinyin-pro, chrono-node, …) resolve from the project.
function cacheDir() {
  const dir = join(root, 'node_modules', '.cache', 'kefu-cli');
  mkdirSync(dir, { recursive: true });
  return dir;
}

async function bundle() {
  const file = join(cacheDir(), `cli-${sourceStamp()}.mjs`);
  if (!existsSync(file)) {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [join(root, 'lib', 'cli', 'main.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      // Node built-ins and CommonJS dependencies stay external; they resolve from the project's node_modules.
      packages: 'external',
    });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, result.outputFiles[0].text);
    renameSync(tmp, file);
  }
  return file;
}

const file = await bundle();
const { main } = await import(pathToFileURL(file).href);
process.exitCode = await main(process.argv.slice(2), { root });
