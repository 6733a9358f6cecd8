import { CATEGORY_IDS, type CategoryId, type Flag, type Severity } from '@/lib/redline';

/** One red-line category a reply's content carries, at its strongest severity. */
export interface CategoryMark {
  category: CategoryId;
  severity: Severity;
  /** how many flags of the category the content has */
  count: number;
}

/** What the library list shows for a reply with red lines: its categories, blocking ones first. */
export interface RedlineMark {
  categories: CategoryMark[];
  blocking: boolean;
}

/** Content → its mark (null: clean). Kept per engine, so a library change re-checks only contents not seen before. */
export type MarkCache = Map<string, RedlineMark | null>;

const CATEGORY_ORDER = new Map<CategoryId, number>(CATEGORY_IDS.map((c, i) => [c, i]));

export function markFromFlags(flags: readonly Flag[]): RedlineMark | null {
  if (!flags.length) return null;
  const byCategory = new Map<CategoryId, CategoryMark>();
  for (const f of flags) {
    const known = byCategory.get(f.category);
    if (!known) byCategory.set(f.category, { category: f.category, severity: f.severity, count: 1 });
    else {
      known.count++;
      if (f.severity === 'block') known.severity = 'block';
    }
  }
  const categories = [...byCategory.values()].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'block' ? -1 : 1) ||
      CATEGORY_ORDER.get(a.category)! - CATEGORY_ORDER.get(b.category)!
  );
  return { categories, blocking: categories[0]!.severity === 'block' };
}

export interface MarkOptions {
  /** Reused across runs with the same engine; filled as contents are checked. */
  cache?: MarkCache;
  /** Yields to the page (e.g. a 0 ms timeout); without it the pass runs in one go. */
  pause?: () => Promise<void>;
  /** Milliseconds of checking between two pauses: well under a 50 ms long task, so the page keeps painting. */
  sliceMs?: number;
  /** The clock slices are measured with (performance.now in the page). */
  now?: () => number;
  /** Asked after each pause: a newer library or newer settings make this pass pointless. */
  cancelled?: () => boolean;
}

/**
 * Marks of every reply whose content carries a red line (clean replies are absent). Each distinct content is checked
 * once per engine: saving one reply re-checks one text, and a library with repeated contents checks each once.
 * Returns null when cancelled.
 */
export async function computeRedlineMarks(
  replies: ReadonlyArray<{ id: string; content: string }>,
  check: (text: string) => Flag[],
  opts: MarkOptions = {}
): Promise<Map<string, RedlineMark> | null> {
  const cache = opts.cache ?? new Map();
  const now = opts.now ?? (() => performance.now());
  const sliceMs = opts.sliceMs ?? 12;
  const marks = new Map<string, RedlineMark>();
  let sliceStart = now();
  for (const r of replies) {
    let mark = cache.get(r.content);
    if (mark === undefined) {
      mark = markFromFlags(check(r.content));
      cache.set(r.content, mark);
      // Timed rather than counted: a check costs 20 µs on a short reply and several times that on a long one.
      if (opts.pause && now() - sliceStart >= sliceMs) {
        await opts.pause();
        if (opts.cancelled?.()) return null;
        sliceStart = now();
      }
    }
    if (mark) marks.set(r.id, mark);
  }
  pruneCache(cache, replies);
  return marks;
}

/** Contents edited away would pile up over a long session: once the cache is much larger than the library, trim it. */
function pruneCache(cache: MarkCache, replies: ReadonlyArray<{ content: string }>): void {
  if (cache.size <= replies.length * 2 + 1000) return;
  const live = new Set(replies.map((r) => r.content));
  for (const content of cache.keys()) if (!live.has(content)) cache.delete(content);
}

/** The "含高压线" filter: the rows of a view that carry a mark, in the view's order. */
export function onlyMarked<T extends { id: string }>(rows: readonly T[], marks: ReadonlyMap<string, RedlineMark>): T[] {
  return rows.filter((r) => marks.has(r.id));
}
