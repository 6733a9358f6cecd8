import type { BuyerRef } from '../adapters/types';
import type { BuyerRow, KefuDb } from './database';

/**
 * Buyer memory. Every write names the buyer it belongs to (the ref captured when the agent typed), never "the current
 * buyer", so a fast conversation switch cannot land a note on the wrong person.
 */
export function getBuyer(db: KefuDb, ref: Pick<BuyerRef, 'platform' | 'uid'>): Promise<BuyerRow | undefined> {
  return db.buyers.get([ref.platform, ref.uid]);
}

function blank(ref: BuyerRef, now: number): BuyerRow {
  return { platform: ref.platform, uid: ref.uid, name: ref.name, tags: [], note: '', createdAt: now, updatedAt: now, lastSeenAt: now };
}

/** The buyer was seen: remember the name shown now; note and tags stay as they are. */
export async function touchBuyer(db: KefuDb, ref: BuyerRef, now: number): Promise<BuyerRow> {
  return db.transaction('rw', db.buyers, async () => {
    const existing = await db.buyers.get([ref.platform, ref.uid]);
    const row = existing ? { ...existing, name: ref.name || existing.name, lastSeenAt: now } : blank(ref, now);
    await db.buyers.put(row);
    return row;
  });
}

export async function saveBuyerNote(db: KefuDb, ref: BuyerRef, note: string, now: number): Promise<BuyerRow> {
  return db.transaction('rw', db.buyers, async () => {
    const existing = (await db.buyers.get([ref.platform, ref.uid])) ?? blank(ref, now);
    const row = { ...existing, note, updatedAt: now };
    await db.buyers.put(row);
    return row;
  });
}

export async function setBuyerTags(db: KefuDb, ref: BuyerRef, tags: readonly string[], now: number): Promise<BuyerRow> {
  const clean = [...new Set(tags.map((t) => t.trim()).filter(Boolean))];
  return db.transaction('rw', db.buyers, async () => {
    const existing = (await db.buyers.get([ref.platform, ref.uid])) ?? blank(ref, now);
    const row = { ...existing, tags: clean, updatedAt: now };
    await db.buyers.put(row);
    return row;
  });
}
