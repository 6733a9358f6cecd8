import { liveQuery } from 'dexie';
import type { KefuDb, StoredReply } from '../db/database';
import { saveBuyerNote, setBuyerTags, touchBuyer } from '../db/buyers-repo';
import {
  addCapturedPromises,
  addManualPromise,
  closePromise,
  listBuyerPromises,
  setPromiseDue,
} from '../db/promises-repo';
import { listReplies, listUsage, recordPick, saveReply, seedStarterLibrary } from '../db/replies-repo';
import type { DataMethod, DataMethods, DataPush, DataRequest, DataResponse } from '../messaging/data-protocol';
import { bundledPromiseModel, detectPromisesWithModel } from '../promise-model';
import { contentKey } from '../replies/io';
import type { Reply } from '../replies/types';

/** Where "存为话术" puts a sent message; the agent files it elsewhere on the options page. */
export const SAVED_SENT_GROUP = '我的话术';

type Handlers = { [M in DataMethod]: (params: DataMethods[M]['params']) => Promise<DataMethods[M]['result']> };

export interface DataServiceOptions {
  starter: readonly Reply[];
  now?: () => number;
  /** Called after promises change, so reminders and the badge follow. */
  onPromisesChanged?: () => void;
}

/**
 * Serves the panel's data calls from the background, where IndexedDB is first-party. Pure of browser APIs: the caller
 * wires ports to `handle` and `subscribe`.
 */
export class DataService {
  private readonly now: () => number;
  private readonly listeners = new Set<(push: DataPush) => void>();
  private libraryWatch: { unsubscribe(): void } | null = null;
  private seeded: Promise<unknown> | null = null;
  readonly handlers: Handlers;

  constructor(
    private readonly db: KefuDb,
    private readonly options: DataServiceOptions,
  ) {
    this.now = options.now ?? (() => Date.now());
    const changed = () => this.options.onPromisesChanged?.();
    this.handlers = {
      'library.snapshot': async () => {
        await this.ensureSeeded();
        const [replies, usage] = await Promise.all([listReplies(db), listUsage(db)]);
        return { replies, usage };
      },
      'library.saveSent': async ({ content }) => {
        const text = content.trim();
        const key = contentKey(text);
        const existing = (await listReplies(db)).find((r) => contentKey(r.content) === key);
        if (existing) return { reply: existing, existed: true };
        const now = this.now();
        const reply = await saveReply(
          db,
          { id: `sent-${now.toString(36)}`, group: SAVED_SENT_GROUP, title: text.slice(0, 8), content: text },
          now,
          'sent',
        );
        return { reply, existed: false };
      },
      'usage.pick': ({ replyId, tokens }) => recordPick(db, replyId, tokens, this.now()),
      'usage.edited': async ({ replyId }) => {
        await db.transaction('rw', db.usage, async () => {
          const row = await db.usage.get(replyId);
          if (row) await db.usage.put({ ...row, editedAfterInsert: (row.editedAfterInsert ?? 0) + 1 });
        });
      },
      'buyer.open': async ({ buyer }) => {
        const row = await touchBuyer(db, buyer, this.now());
        return { buyer: row, promises: await listBuyerPromises(db, buyer) };
      },
      'buyer.saveNote': ({ buyer, note }) => saveBuyerNote(db, buyer, note, this.now()),
      'buyer.setTags': ({ buyer, tags }) => setBuyerTags(db, buyer, tags, this.now()),
      'promises.capture': async ({ buyer, messageId, text, url }) => {
        const now = this.now();
        const found = detectPromisesWithModel(text, { now: new Date(now) }, bundledPromiseModel());
        const added = await addCapturedPromises(db, buyer, messageId, found, now, url);
        if (added.length) changed();
        return added;
      },
      'promises.add': async ({ buyer, text, kind, due, url }) => {
        const row = await addManualPromise(db, buyer, { text, kind, due }, this.now(), url);
        changed();
        return row;
      },
      'promises.setDue': async ({ id, due }) => {
        await setPromiseDue(db, id, due, this.now());
        changed();
      },
      'promises.close': async ({ id, status }) => {
        await closePromise(db, id, status, this.now());
        changed();
      },
    };
  }

  ensureSeeded(): Promise<unknown> {
    return (this.seeded ??= seedStarterLibrary(this.db, this.options.starter, this.now()));
  }

  async handle(request: DataRequest): Promise<DataResponse> {
    const handler = this.handlers[request.method] as ((p: unknown) => Promise<unknown>) | undefined;
    if (!handler) return { id: request.id, ok: false, error: `unknown method ${String(request.method)}` };
    try {
      return { id: request.id, ok: true, result: await handler(request.params) };
    } catch (e) {
      return { id: request.id, ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
    }
  }

  /** Library edits made anywhere (options page, another panel) reach every subscriber as deltas. */
  subscribe(listener: (push: DataPush) => void): () => void {
    this.listeners.add(listener);
    if (!this.libraryWatch) this.watchLibrary();
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) {
        this.libraryWatch?.unsubscribe();
        this.libraryWatch = null;
      }
    };
  }

  private watchLibrary(): void {
    let versions: Map<string, number> | null = null;
    this.libraryWatch = liveQuery(() => this.db.replies.toArray()).subscribe({
      next: (replies: StoredReply[]) => {
        const next = new Map(replies.map((r) => [r.id, r.updatedAt]));
        if (versions) {
          const upserts = replies.filter((r) => versions!.get(r.id) !== r.updatedAt);
          const removed = [...versions.keys()].filter((id) => !next.has(id));
          if (upserts.length || removed.length) this.emit({ type: 'library.delta', upserts, removed });
        }
        versions = next;
      },
      error: (e: unknown) => console.error('[kefu] library watch failed', e),
    });
  }

  emit(push: DataPush): void {
    for (const l of this.listeners) l(push);
  }
}
