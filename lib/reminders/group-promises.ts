import type { PromiseRow, PromiseStatus } from '../db/database';
import { addDays, startOfDay } from '../time';
import { isOverdue } from './schedule';

/** The agent's local day that holds `now`, as [from, to) in epoch ms. */
export function dayBounds(now: number): { from: number; to: number } {
  const start = startOfDay(new Date(now));
  return { from: start.getTime(), to: addDays(start, 1).getTime() };
}

export interface PendingGroups<T> {
  /** 已超时: open and due already, the longest-waiting first. */
  overdue: T[];
  /** 今天: open, due later today. */
  today: T[];
  /** 以后: open, due after today. */
  later: T[];
}

/** The popup's pending list. Closed promises are left out; each group is in due order. */
export function groupPending<T extends Pick<PromiseRow, 'status' | 'due' | 'id'>>(
  promises: readonly T[],
  now: number,
): PendingGroups<T> {
  const { to } = dayBounds(now);
  const groups: PendingGroups<T> = { overdue: [], today: [], later: [] };
  const open = promises.filter((p) => p.status === 'open').sort((a, b) => a.due - b.due || a.id.localeCompare(b.id));
  for (const p of open) {
    if (isOverdue(p, now)) groups.overdue.push(p);
    else if (p.due < to) groups.today.push(p);
    else groups.later.push(p);
  }
  return groups;
}

export interface DailyReview<T> {
  /** Promises due today, or closed today, in due order. */
  items: T[];
  counts: Record<PromiseStatus, number> & { total: number };
  /** Still open from earlier days: the 日清 list is not clear while these wait. */
  carriedOver: T[];
}

/**
 * The end-of-day 日清 view: what was due today (or got closed today) and how each one ended. `day` is the rows of
 * `listPromisesOfDay`; `open` all open promises, to find the ones carried over from earlier days.
 */
export function dailyReview<T extends Pick<PromiseRow, 'status' | 'due' | 'id' | 'closedAt'>>(
  day: readonly T[],
  open: readonly T[],
  now: number,
): DailyReview<T> {
  const { from, to } = dayBounds(now);
  const byId = new Map<string, T>();
  for (const p of day) {
    const dueToday = p.due >= from && p.due < to;
    const closedToday = p.closedAt !== undefined && p.closedAt >= from && p.closedAt < to;
    if (dueToday || closedToday) byId.set(p.id, p);
  }
  const items = [...byId.values()].sort((a, b) => a.due - b.due || a.id.localeCompare(b.id));
  const counts = { open: 0, done: 0, dismissed: 0, total: items.length };
  for (const p of items) counts[p.status] += 1;
  const carriedOver = open
    .filter((p) => p.status === 'open' && p.due < from && !byId.has(p.id))
    .sort((a, b) => a.due - b.due || a.id.localeCompare(b.id));
  return { items, counts, carriedOver };
}
