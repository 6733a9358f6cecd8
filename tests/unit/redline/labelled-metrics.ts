import { readFileSync } from 'node:fs';
import {
  CATEGORY_IDS,
  createRedlineEngine,
  type CategoryId,
  type PlatformId,
  type RedlineEngine,
} from '../../../lib/redline';

export interface LabelledReply {
  text: string;
  platform?: PlatformId;
  expect: CategoryId[];
}

export function readLabelled(path: string): LabelledReply[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as LabelledReply);
}

export interface CategoryFigures {
  expected: number;
  found: number;
  recall: number;
  /** Flags of this category on replies that did not expect it (violations of other kinds and clean replies). */
  extraFlags: number;
}

export interface LabelledFigures {
  violations: number;
  found: number;
  recall: number;
  clean: number;
  falseFlagged: number;
  falseRate: number;
  perCategory: Record<CategoryId, CategoryFigures>;
  misses: string[];
  falseFlags: string[];
}

/** A violation counts as found when every expected category is flagged; a clean reply is false-flagged by any flag. */
export function measure(rows: LabelledReply[]): LabelledFigures {
  const engines = new Map<PlatformId, RedlineEngine>();
  const engineFor = (p: PlatformId) => {
    let e = engines.get(p);
    if (!e) engines.set(p, (e = createRedlineEngine({ platform: p })));
    return e;
  };
  const perCategory = Object.fromEntries(
    CATEGORY_IDS.map((c) => [c, { expected: 0, found: 0, recall: 0, extraFlags: 0 }])
  ) as Record<CategoryId, CategoryFigures>;
  let violations = 0;
  let found = 0;
  let clean = 0;
  let falseFlagged = 0;
  const misses: string[] = [];
  const falseFlags: string[] = [];
  for (const row of rows) {
    const flags = engineFor(row.platform ?? 'generic').check(row.text);
    const flagged = new Set(flags.map((f) => f.category));
    for (const c of flagged) if (!row.expect.includes(c)) perCategory[c].extraFlags++;
    if (row.expect.length === 0) {
      clean++;
      if (flags.length > 0) {
        falseFlagged++;
        falseFlags.push(
          `${row.text}  →  ${flags.map((f) => `${f.rule}「${row.text.slice(f.start, f.end)}」`).join(' ')}`
        );
      }
      continue;
    }
    violations++;
    for (const c of row.expect) {
      perCategory[c].expected++;
      if (flagged.has(c)) perCategory[c].found++;
    }
    if (row.expect.every((c) => flagged.has(c))) found++;
    else
      misses.push(
        `${row.text}  (${row.platform ?? 'generic'}; expected ${row.expect.join(',')}, got ${
          [...flagged].join(',') || 'nothing'
        })`
      );
  }
  for (const c of CATEGORY_IDS) {
    const f = perCategory[c];
    f.recall = f.expected ? f.found / f.expected : 1;
  }
  return {
    violations,
    found,
    recall: violations ? found / violations : 1,
    clean,
    falseFlagged,
    falseRate: clean ? falseFlagged / clean : 0,
    perCategory,
    misses,
    falseFlags,
  };
}

export function report(name: string, f: LabelledFigures): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `${name}: recall ${f.found}/${f.violations} = ${pct(f.recall)}; false-flag rate ${f.falseFlagged}/${
      f.clean
    } = ${pct(f.falseRate)}`,
    ...CATEGORY_IDS.map((c) => {
      const x = f.perCategory[c];
      return `  ${c.padEnd(20)} recall ${String(x.found).padStart(3)}/${String(x.expected).padEnd(3)} ${pct(
        x.recall
      ).padStart(6)}   flagged where not expected: ${x.extraFlags}`;
    }),
    ...f.misses.map((m) => `  MISS  ${m}`),
    ...f.falseFlags.map((m) => `  FALSE ${m}`),
  ];
  return lines.join('\n');
}
