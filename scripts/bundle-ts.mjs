// Bundles a TypeScript entry of this project with esbuild into node_modules/.cache and returns the bundle's path.
// Node 20 cannot run TypeScript and npm here runs no install scripts, so the `kefu` bin and the benchmark scripts
// compile on first use; the cache key is the size and mtime of every .ts/.json under lib/ and of the entry, so a
// later run imports the cached bundle at no compile cost. Packages stay external and resolve from node_modules.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

function stamp(root, entry) {
  const hash = createHash('sha1');
  const walk = (dir) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|json)$/.test(e.name)) {
        const s = statSync(path);
        hash.update(`${path}:${s.size}:${s.mtimeMs}\n`);
      }
    }
  };
  walk(join(root, 'lib'));
  const s = statSync(entry);
  hash.update(`${entry}:${s.size}:${s.mtimeMs}\n`);
  hash.update(String(statSync(join(root, 'package-lock.json'), { throwIfNoEntry: false })?.mtimeMs ?? ''));
  return hash.digest('hex').slice(0, 16);
}

/** @returns {Promise<string>} path of the bundled ESM file */
export async function bundleTs(root, entry) {
  const dir = join(root, 'node_modules', '.cache', 'kefu-ts');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${basename(entry).replace(/\.ts$/, '')}-${stamp(root, entry)}.mjs`);
  if (!existsSync(file)) {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      packages: 'external',
      alias: { '@': root },
    });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, result.outputFiles[0].text);
    renameSync(tmp, file);
  }
  return file;
}
