import { bench, describe } from 'vitest';
import type { StoredReply } from '@/lib/db';
import { joinUsage } from '@/lib/db/library-ops';
import { ReplyIndex, STARTER_LIBRARY } from '@/lib/replies';
import { exportLibraryCsv, parseCsvText, planImport } from '@/lib/replies/io';
import { duplicateCodeIds, findDuplicates } from '@/components/options/library/duplicates';
import { buildGroupTree } from '@/components/options/library/group-tree';
import { buildView } from '@/components/options/library/library-view';

/**
 * The options-page library editor over a 10,000-reply library: the work done once per library change (duplicates, group
 * tree) and per keystroke (search + filter + sort), and a 10,000-row import plan. Run: npx vitest bench --run tests/bench/library-editor.bench.ts
 */
const SHOPS = ['女装', '数码', '母婴', '零食', '家居'];
const SUFFIXES = ['', '哦', '呢', '~', '，谢谢亲', '，有问题随时找我'];
const library: StoredReply[] = [];
for (let i = 0; library.length < 10_000; i++) {
  const base = STARTER_LIBRARY[i % STARTER_LIBRARY.length]!;
  const round = Math.floor(i / STARTER_LIBRARY.length);
  library.push({
    ...base,
    id: `r${i}`,
    group: `${SHOPS[round % SHOPS.length]}/${base.group}`,
    code: base.code ? `${base.code}${round}` : undefined,
    content: `${base.content}${SUFFIXES[round % SUFFIXES.length]}${round % 7 === 0 ? `（${round}号店）` : ''}`,
    createdAt: 0,
    updatedAt: i,
    source: 'import',
  });
}
const usage = library
  .slice(0, 3000)
  .map((r, i) => ({ replyId: r.id, picks: i % 50, lastPickedAt: i * 1000, assoc: {} }));
const stats = joinUsage(library, usage);
const index = new ReplyIndex(library, usage);
const duplicates = findDuplicates(library);
const duplicateCodes = duplicateCodeIds(library);
const csv = exportLibraryCsv(library);

describe('library editor, 10,000 replies', () => {
  bench('findDuplicates (per library change)', () => {
    findDuplicates(library);
  });
  bench('buildGroupTree (per library change)', () => {
    buildGroupTree(library);
  });
  bench('search + filter + sort (per keystroke)', () => {
    const hits = new Map(index.suggest({ query: '退款多久到账' }, index.size).map((s) => [s.id, s.score]));
    buildView(
      { replies: library, stats, duplicates, duplicateCodes },
      {
        group: null,
        source: 'all',
        usage: 'all',
        duplicates: 'all',
        sort: 'relevance',
        descending: false,
        now: 0,
        hits,
      }
    );
  });
  bench('filter + sort by picks, no search', () => {
    buildView(
      { replies: library, stats, duplicates, duplicateCodes },
      {
        group: '女装',
        source: 'all',
        usage: 'all',
        duplicates: 'all',
        sort: 'picks',
        descending: true,
        now: 0,
        hits: null,
      }
    );
  });
  bench('parse + plan a 10,000-row CSV against the library', () => {
    planImport(library, parseCsvText(csv));
  });
});
