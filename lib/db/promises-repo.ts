import type { BuyerRef } from '../adapters/types';
import type { DetectedPromise, PromiseKind } from '../promises/types';
import type { KefuDb, PromiseRow } from './database';

export function sourceKeyOf(ref: Pick<BuyerRef, 'platform' | 'uid'>, messageId: string, n: number): string {
  return `${ref.platform}|${ref.uid}|${messageId}|${n}`;
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * Stores the promises found in one agent message. A message is read once: rows are keyed by source, so seeing the
 * message again (a rescan, a reload, another panel) adds nothing, and a dismissed promise does not come back.
 */
export async function addCapturedPromises(
  db: KefuDb,
  buyer: BuyerRef,
  messageId: string,
  found: readonly DetectedPromise[],
  now: number,
  url?: string,
): Promise<PromiseRow[]> {
  if (!found.length) return [];
  return db.transaction('rw', db.promises, async () => {
    const added: PromiseRow[] = [];
    for (const [n, p] of found.entries()) {
      const sourceKey = sourceKeyOf(buyer, messageId, n);
      if (await db.promises.where('sourceKey').equals(sourceKey).count()) continue;
      const row: PromiseRow = {
        id: newId(),
        platform: buyer.platform,
        uid: buyer.uid,
        buyerName: buyer.name,
        text: p.text,
        kind: p.kind,
        due: p.due.getTime(),
        vague: p.vague,
        status: 'open',
        sourceKey,
        url,
        createdAt: now,
        updatedAt: now,
      };
      await db.promises.add(row);
      added.push(row);
    }
    return added;
  });
}

export async function addManualPromise(
  db: KefuDb,
  buyer: BuyerRef,
  input: { text: string; kind: PromiseKind; due: number },
  now: number,
  url?: string,
): Promise<PromiseRow> {
  const row: PromiseRow = {
    id: newId(),
    platform: buyer.platform,
    uid: buyer.uid,
    buyerName: buyer.name,
    text: input.text,
    kind: input.kind,
    due: input.due,
    vague: false,
    status: 'open',
    url,
    createdAt: now,
    updatedAt: now,
  };
  await db.promises.add(row);
  return row;
}

export async function setPromiseDue(db: KefuDb, id: string, due: number, now: number): Promise<void> {
  await db.promises.update(id, { due, vague: false, updatedAt: now, notifiedDue: undefined });
}

export async function closePromise(db: KefuDb, id: string, status: 'done' | 'dismissed', now: number): Promise<void> {
  await db.promises.update(id, { status, closedAt: now, updatedAt: now });
}

export async function reopenPromise(db: KefuDb, id: string, now: number): Promise<void> {
  await db.promises.update(id, { status: 'open', closedAt: undefined, updatedAt: now });
}

export function listOpenPromises(db: KefuDb): Promise<PromiseRow[]> {
  return db.promises.where('status').equals('open').sortBy('due');
}

export function listBuyerPromises(db: KefuDb, ref: Pick<BuyerRef, 'platform' | 'uid'>): Promise<PromiseRow[]> {
  return db.promises.where('[platform+uid]').equals([ref.platform, ref.uid]).reverse().sortBy('createdAt');
}

/** Promises closed or due within [from, to): the end-of-day 日清 view. */
export async function listPromisesOfDay(db: KefuDb, from: number, to: number): Promise<PromiseRow[]> {
  const rows = await db.promises.where('due').between(from, to, true, false).toArray();
  const closedToday = await db.promises.filter((p) => p.closedAt !== undefined && p.closedAt >= from && p.closedAt < to).toArray();
  const byId = new Map([...rows, ...closedToday].map((p) => [p.id, p]));
  return [...byId.values()].sort((a, b) => a.due - b.due);
}

export function countOverdue(db: KefuDb, now: number): Promise<number> {
  return db.promises.where('[status+due]').between(['open', -Infinity], ['open', now], true, false).count();
}
