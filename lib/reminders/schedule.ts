import type { PromiseRow } from '../db/database';

/** One alarm for the next due time: recomputed on every change, so there is never a set of alarms to reconcile. */
export const DUE_ALARM = 'kefu-reminders-due';
/** A minute's tick keeps the overdue badge true as time passes and catches a due alarm the browser dropped or delayed. */
export const TICK_ALARM = 'kefu-reminders-tick';
export const TICK_MINUTES = 1;

/** Promises fired at once beyond this many become one summary notification instead of a stack of them. */
export const MAX_SINGLE_NOTICES = 3;

type Timed = Pick<PromiseRow, 'status' | 'due'>;
type Notifiable = Pick<PromiseRow, 'status' | 'due' | 'notifiedDue'>;

/** A promise has fallen due once its due time is reached (the same instant a reminder fires). */
export function isOverdue(p: Timed, now: number): boolean {
  return p.status === 'open' && p.due <= now;
}

export function countOverdue(promises: readonly Timed[], now: number): number {
  let n = 0;
  for (const p of promises) if (isOverdue(p, now)) n += 1;
  return n;
}

/** Fallen due and not yet reminded for this due time (moving the due time re-arms the reminder). */
export function needsNotice(p: Notifiable, now: number): boolean {
  return isOverdue(p, now) && p.notifiedDue !== p.due;
}

/** When the due alarm should next ring: the earliest open due time still ahead, or null when nothing is ahead. */
export function nextAlarmAt(promises: readonly Timed[], now: number): number | null {
  let next: number | null = null;
  for (const p of promises) {
    if (p.status !== 'open' || p.due <= now) continue;
    if (next === null || p.due < next) next = p.due;
  }
  return next;
}

/**
 * Splits promises that fell due together: the longest-waiting ones get a notification each, the rest one summary
 * (after a day with the browser closed, twenty reminders in a stack help nobody).
 */
export function planNotices<T extends Pick<PromiseRow, 'due' | 'id'>>(
  due: readonly T[],
  max = MAX_SINGLE_NOTICES,
): { single: T[]; summarised: T[] } {
  const ordered = [...due].sort((a, b) => a.due - b.due || a.id.localeCompare(b.id));
  if (ordered.length <= max) return { single: ordered, summarised: [] };
  // Leave room for the summary itself, so the agent never sees more than `max` notifications from one check.
  const keep = Math.max(max - 1, 0);
  return { single: ordered.slice(0, keep), summarised: ordered.slice(keep) };
}

/** Toolbar badge: empty when nothing is overdue; capped so it fits the badge. */
export function badgeText(overdue: number): string {
  if (overdue <= 0) return '';
  return overdue > 99 ? '99+' : String(overdue);
}

export const BADGE_COLOR = '#F53F3F';
export const BADGE_TEXT_COLOR = '#FFFFFF';

const NOTICE_PREFIX = 'kefu-promise:';
export const SUMMARY_NOTICE_ID = 'kefu-promise-summary';

export function noticeIdOf(promiseId: string): string {
  return NOTICE_PREFIX + promiseId;
}

/** The promise a notification is about, or null for the summary and notifications that are not ours. */
export function promiseIdOfNotice(noticeId: string): string | null {
  return noticeId.startsWith(NOTICE_PREFIX) && noticeId.length > NOTICE_PREFIX.length
    ? noticeId.slice(NOTICE_PREFIX.length)
    : null;
}
