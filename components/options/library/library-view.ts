import type { StoredReply } from '@/lib/db';
import type { ReplyUsageStat } from '@/lib/db/library-ops';
import { isInGroup } from '@/lib/replies/io';
import type { DuplicateInfo } from './duplicates';

export type SourceFilter = 'all' | StoredReply['source'];
export type UsageFilter = 'all' | 'unused' | 'rare' | 'edited';
export type DuplicateFilter = 'all' | 'content' | 'code';
export type SortKey = 'relevance' | 'group' | 'code' | 'picks' | 'lastUsed' | 'edited' | 'updated';

export interface ViewOptions {
  /** selected group path; null = all groups, '' = 未分组 */
  group: string | null;
  source: SourceFilter;
  usage: UsageFilter;
  duplicates: DuplicateFilter;
  sort: SortKey;
  descending: boolean;
  now: number;
  /** search hits (id → score) when the search box has text; null otherwise */
  hits: ReadonlyMap<string, number> | null;
}

export interface ViewInputs {
  replies: readonly StoredReply[];
  stats: ReadonlyMap<string, ReplyUsageStat>;
  duplicates: ReadonlyMap<string, DuplicateInfo>;
  duplicateCodes: ReadonlySet<string>;
}

const DAY = 86_400_000;
/** "很少使用": picked at most this many times in total… */
export const RARE_PICKS = 2;
/** …or not picked for this long. */
export const RARE_IDLE_DAYS = 30;

export type UsageBand = 'unused' | 'rare' | 'used';

export function usageBand(stat: ReplyUsageStat | undefined, now: number): UsageBand {
  if (!stat || stat.picks === 0) return 'unused';
  if (stat.picks <= RARE_PICKS) return 'rare';
  if (stat.lastPickedAt !== undefined && now - stat.lastPickedAt > RARE_IDLE_DAYS * DAY) return 'rare';
  return 'used';
}

/**
 * The replies the list shows, filtered and sorted: one filtering pass and one sort, O(n log n) per change of the options
 * whatever the library size. Ties fall back to group, then code, then id, so the order never jumps between renders.
 */
export function buildView(inputs: ViewInputs, opts: ViewOptions): StoredReply[] {
  const { stats, duplicates, duplicateCodes } = inputs;
  const rows = inputs.replies.filter((r) => {
    if (opts.hits && !opts.hits.has(r.id)) return false;
    if (opts.group !== null && !isInGroup(r.group ?? '', opts.group)) return false;
    if (opts.source !== 'all' && r.source !== opts.source) return false;
    if (opts.usage !== 'all') {
      const stat = stats.get(r.id);
      if (opts.usage === 'edited') {
        if (!stat?.editedAfterInsert) return false;
      } else if (usageBand(stat, opts.now) !== opts.usage) return false;
    }
    if (opts.duplicates === 'content') {
      const d = duplicates.get(r.id);
      if (!d || (!d.same.length && !d.near.length)) return false;
    }
    if (opts.duplicates === 'code' && !duplicateCodes.has(r.id)) return false;
    return true;
  });

  // Decorate, sort, undecorate: each row's keys are computed once, so the comparator only compares numbers and short
  // strings (Map lookups and Intl collation inside a comparator cost tens of ms over thousands of rows).
  const groupRank = rankOf(rows.map((r) => r.group ?? ''));
  const key = opts.sort === 'relevance' && !opts.hits ? 'group' : opts.sort;
  const sign = opts.descending ? -1 : 1;
  const decorated = rows.map((r) => {
    const stat = stats.get(r.id);
    let primary = 0;
    let secondary = 0;
    switch (key) {
      case 'relevance':
        // Best first whatever the direction flag says: that flag belongs to the columns.
        primary = -(opts.hits!.get(r.id) ?? 0) * sign;
        break;
      case 'picks':
        primary = stat?.picks ?? 0;
        break;
      case 'lastUsed':
        primary = stat?.lastPickedAt ?? 0;
        break;
      case 'edited':
        primary = stat?.editedAfterInsert ?? 0;
        secondary = stat?.editRate ?? 0;
        break;
      case 'updated':
        primary = r.updatedAt;
        break;
      default:
        break;
    }
    return { r, primary, secondary, group: groupRank.get(r.group ?? '')!, code: codeSortKey(r.code) };
  });
  type Row = (typeof decorated)[number];
  const compare =
    key === 'code'
      ? (a: Row, b: Row) => sign * byText(a.code, b.code) || a.group - b.group || byText(a.r.id, b.r.id)
      : key === 'group'
      ? (a: Row, b: Row) => sign * (a.group - b.group || byText(a.code, b.code)) || byText(a.r.id, b.r.id)
      : (a: Row, b: Row) =>
          sign * (a.primary - b.primary || a.secondary - b.secondary) ||
          a.group - b.group ||
          byText(a.code, b.code) ||
          byText(a.r.id, b.r.id);
  return decorated.sort(compare).map((d) => d.r);
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Ranks of the distinct values in pinyin order (a library has a few hundred groups at most). */
function rankOf(values: readonly string[]): Map<string, number> {
  const distinct = [...new Set(values)].sort(collator.compare);
  return new Map(distinct.map((v, i) => [v, i]));
}

const codeKeys = new Map<string, string>();

/** `FP10` → `fp0000000010`: case folded, digit runs padded so they sort as numbers; no code sorts last. */
function codeSortKey(code: string | undefined): string {
  if (!code) return '\uffff';
  let key = codeKeys.get(code);
  if (key === undefined) {
    key = code
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\d+/g, (d) => d.padStart(10, '0'));
    if (codeKeys.size > 50_000) codeKeys.clear();
    codeKeys.set(code, key);
  }
  return key;
}
