import type { Reply } from '../replies/types';
import { applyPick, type ReplyUsage } from '../replies/usage';
import type { KefuDb, StoredReply } from './database';

/** The starter library is written once, on the first open, and never again (the agent may delete or edit it). */
export async function seedStarterLibrary(db: KefuDb, starter: readonly Reply[], now: number): Promise<boolean> {
  return db.transaction('rw', db.replies, db.meta, async () => {
    if (await db.meta.get('starterSeeded')) return false;
    await db.replies.bulkPut(starter.map((r) => ({ ...r, createdAt: now, updatedAt: now, source: 'starter' as const })));
    await db.meta.put({ key: 'starterSeeded', value: now });
    return true;
  });
}

export function listReplies(db: KefuDb): Promise<StoredReply[]> {
  return db.replies.toArray();
}

export async function saveReply(
  db: KefuDb,
  reply: Reply,
  now: number,
  source: StoredReply['source'] = 'user',
): Promise<StoredReply> {
  const existing = await db.replies.get(reply.id);
  const stored: StoredReply = {
    ...existing,
    ...reply,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
    source: existing?.source ?? source,
  };
  await db.replies.put(stored);
  return stored;
}

export async function deleteReplies(db: KefuDb, ids: readonly string[]): Promise<StoredReply[]> {
  return db.transaction('rw', db.replies, async () => {
    const removed = (await db.replies.bulkGet([...ids])).filter((r): r is StoredReply => !!r);
    await db.replies.bulkDelete([...ids]);
    return removed;
  });
}

export function listUsage(db: KefuDb): Promise<ReplyUsage[]> {
  return db.usage.toArray();
}

/** Records a pick atomically (two panels may pick at once) and returns the new usage row. */
export async function recordPick(db: KefuDb, replyId: string, tokens: string[], now: number): Promise<ReplyUsage> {
  return db.transaction('rw', db.usage, async () => {
    const next = applyPick(await db.usage.get(replyId), replyId, tokens, now);
    await db.usage.put(next);
    return next;
  });
}
