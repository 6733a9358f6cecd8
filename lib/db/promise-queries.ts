import type { KefuDb, PromiseRow } from './database';

/**
 * Claims the reminders to show now: open promises that have fallen due and were not yet notified for their current due
 * time get `notifiedDue = due`, in one read-write transaction, and are returned. Two checks racing (the due alarm and the
 * live query, or a service worker that woke twice) cannot both claim a promise, so each due time is notified once.
 * `updatedAt` is left alone: a reminder being shown is bookkeeping, not an edit that should win a backup merge.
 */
export function claimDueReminders(db: KefuDb, now: number): Promise<PromiseRow[]> {
  return db.transaction('rw', db.promises, async () => {
    const due = await db.promises
      .where('[status+due]')
      .between(['open', -Infinity], ['open', now], true, true)
      .filter((p) => p.notifiedDue !== p.due)
      .toArray();
    const claimed = due.map((p) => ({ ...p, notifiedDue: p.due }));
    // One bulk write: after a restore or a day away there can be hundreds.
    if (claimed.length) await db.promises.bulkPut(claimed);
    return claimed;
  });
}
