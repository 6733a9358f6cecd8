import { normalizeGroupPath } from '../replies/io/group-path';
import { resolveImport, type ImportChoices, type ImportPlan } from '../replies/io/import-plan';
import type { Reply } from '../replies/types';
import type { ReplyUsage } from '../replies/usage';
import type { KefuDb, StoredReply } from './database';

/**
 * Library operations of the options page, each in one transaction so a panel reading the library (liveQuery) never sees
 * half of a bulk change: apply an import plan, move to a group, delete with undo, usage statistics.
 */

export interface ImportOutcome {
  /** ids of replies the import created */
  added: string[];
  /** the replies an "overwrite" replaced, as they were before (for undo) */
  replaced: StoredReply[];
  /** the time stamp every written reply got (undo only takes back what nobody has edited since) */
  at: number;
  /** rows that wrote nothing: unchanged, skipped, invalid */
  untouched: number;
}

export async function applyImportPlan(
  db: KefuDb,
  plan: ImportPlan,
  choices: ImportChoices,
  now: number
): Promise<ImportOutcome> {
  return db.transaction('rw', db.replies, async () => {
    const existingIds = new Set(await db.replies.toCollection().primaryKeys());
    const { writes, untouched } = resolveImport(plan, existingIds, choices);
    const replacedIds = writes.flatMap((w) => (w.replaces ? [w.replaces] : []));
    const replaced = (await db.replies.bulkGet(replacedIds)).filter((r): r is StoredReply => !!r);
    const before = new Map(replaced.map((r) => [r.id, r]));
    const rows: StoredReply[] = writes.map(({ reply }) => ({
      ...reply,
      createdAt: before.get(reply.id)?.createdAt ?? now,
      updatedAt: now,
      source: 'import' as const,
    }));
    await db.replies.bulkPut(rows);
    return {
      added: writes.filter((w) => !w.replaces).map((w) => w.reply.id),
      replaced,
      at: now,
      untouched: untouched.length,
    };
  });
}

/** Takes an import back: removes what it added and puts back what it replaced, except replies edited since. */
export async function undoImport(db: KefuDb, outcome: ImportOutcome): Promise<number> {
  return db.transaction('rw', db.replies, async () => {
    const ids = [...outcome.added, ...outcome.replaced.map((r) => r.id)];
    const current = await db.replies.bulkGet(ids);
    const untouchedSince = new Set(
      current.filter((r): r is StoredReply => !!r && r.updatedAt === outcome.at).map((r) => r.id)
    );
    const remove = outcome.added.filter((id) => untouchedSince.has(id));
    const restore = outcome.replaced.filter((r) => untouchedSince.has(r.id));
    await db.replies.bulkDelete(remove);
    await db.replies.bulkPut(restore);
    return remove.length + restore.length;
  });
}

/** Moves replies to a group (`售前>物流` is read as `售前/物流`; '' = 未分组). Returns how many moved. */
export async function moveToGroup(db: KefuDb, ids: readonly string[], group: string, now: number): Promise<number> {
  const path = normalizeGroupPath(group);
  return db.transaction('rw', db.replies, () =>
    db.replies
      .where('id')
      .anyOf([...ids])
      .filter((r) => r.group !== path)
      .modify({ group: path, updatedAt: now })
  );
}

/** What a bulk delete removed, enough to put it back exactly (usage included, so statistics and learning survive an undo). */
export interface DeletedBatch {
  replies: StoredReply[];
  usage: ReplyUsage[];
}

export async function deleteRepliesWithUsage(db: KefuDb, ids: readonly string[]): Promise<DeletedBatch> {
  return db.transaction('rw', db.replies, db.usage, async () => {
    const replies = (await db.replies.bulkGet([...ids])).filter((r): r is StoredReply => !!r);
    const usage = (await db.usage.bulkGet([...ids])).filter((u): u is ReplyUsage => !!u);
    await db.replies.bulkDelete([...ids]);
    await db.usage.bulkDelete([...ids]);
    return { replies, usage };
  });
}

/**
 * Undo of a delete. A reply whose id was taken again in the meantime is left alone (the newer one wins); returns how many
 * replies came back.
 */
export async function restoreDeleted(db: KefuDb, batch: DeletedBatch): Promise<number> {
  return db.transaction('rw', db.replies, db.usage, async () => {
    const taken = new Set(
      (await db.replies.bulkGet(batch.replies.map((r) => r.id))).filter((r): r is StoredReply => !!r).map((r) => r.id)
    );
    const replies = batch.replies.filter((r) => !taken.has(r.id));
    const back = new Set(replies.map((r) => r.id));
    await db.replies.bulkPut(replies);
    await db.usage.bulkPut(batch.usage.filter((u) => back.has(u.replyId)));
    return replies.length;
  });
}

/** Per-reply usage for the options page: the raw material of 话术优化 (what is used, what is never used, what gets edited). */
export interface ReplyUsageStat {
  replyId: string;
  picks: number;
  lastPickedAt?: number;
  /** times the agent changed the inserted text before sending */
  editedAfterInsert: number;
  /** editedAfterInsert / picks, at most 1 (0 when never picked) */
  editRate: number;
}

/** Joins replies with their usage rows; a reply never picked gets zeros, usage of deleted replies is left out. */
export function joinUsage(replies: readonly Reply[], usage: readonly ReplyUsage[]): Map<string, ReplyUsageStat> {
  const byId = new Map(usage.map((u) => [u.replyId, u]));
  const out = new Map<string, ReplyUsageStat>();
  for (const reply of replies) {
    const u = byId.get(reply.id);
    const picks = u?.picks ?? 0;
    const edited = u?.editedAfterInsert ?? 0;
    const stat: ReplyUsageStat = {
      replyId: reply.id,
      picks,
      editedAfterInsert: edited,
      // An edit follows an insertion, so the rate cannot pass 1; counters kept by different panels may still disagree.
      editRate: picks ? Math.min(1, edited / picks) : 0,
    };
    if (u?.lastPickedAt) stat.lastPickedAt = u.lastPickedAt;
    out.set(reply.id, stat);
  }
  return out;
}

export async function usageStats(db: KefuDb): Promise<Map<string, ReplyUsageStat>> {
  return db.transaction('r', db.replies, db.usage, async () =>
    joinUsage(await db.replies.toArray(), await db.usage.toArray())
  );
}

/**
 * Saves a reply from the editor as a whole: a field the agent cleared (title, code, keywords) is gone afterwards, unlike a
 * merge. Creation time and source stay those of the stored reply; a new reply is the agent's own.
 */
export async function saveEditedReply(db: KefuDb, reply: Reply, now: number): Promise<StoredReply> {
  return db.transaction('rw', db.replies, async () => {
    const existing = await db.replies.get(reply.id);
    const stored: StoredReply = {
      ...reply,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
      source: existing?.source ?? 'user',
    };
    await db.replies.put(stored);
    return stored;
  });
}
