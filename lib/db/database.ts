import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { PlatformId } from '../adapters/types';
import type { PromiseKind } from '../promises/types';
import type { Reply } from '../replies/types';
import type { ReplyUsage } from '../replies/usage';

/**
 * The extension's IndexedDB (its own origin: never opened from a content script, which would land in the chat site's
 * origin where the site can read it and "clear site data" wipes it).
 *
 * Versions are append-only: each new version declares its stores and, when the shape of old rows changes, an upgrade
 * that rewrites them. tests/unit/db/ holds a test per version that data written by the previous one survives.
 */

export interface StoredReply extends Reply {
  createdAt: number;
  updatedAt: number;
  /** where it came from: the built-in starter library, the agent, an import, or "save as reply" */
  source: 'starter' | 'user' | 'import' | 'sent';
}

/** What the shop remembers about one buyer, keyed by platform + the platform's stable buyer id (names collide). */
export interface BuyerRow {
  platform: PlatformId;
  uid: string;
  /** Display name as last seen (may be masked, e.g. S*******n). */
  name: string;
  tags: string[];
  note: string;
  createdAt: number;
  updatedAt: number;
  lastSeenAt: number;
}

export type PromiseStatus = 'open' | 'done' | 'dismissed';

/** Something the agent promised a buyer (日清检查单). */
export interface PromiseRow {
  id: string;
  platform: PlatformId;
  uid: string;
  buyerName: string;
  text: string;
  kind: PromiseKind;
  /** epoch ms */
  due: number;
  /** The due time was a default for a vague phrase (稍后, 有结果第一时间) and deserves a look. */
  vague: boolean;
  status: PromiseStatus;
  /** `${platform}|${uid}|${messageId}|${n}` for captured promises: a message is read once, however often it is seen. */
  sourceKey?: string;
  /** Chat page to go back to. */
  url?: string;
  createdAt: number;
  updatedAt: number;
  /** When it was marked done or dismissed. */
  closedAt?: number;
  /** Reminder already shown for this due time. */
  notifiedDue?: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'kefu-sidekick';

export class KefuDb extends Dexie {
  replies!: EntityTable<StoredReply, 'id'>;
  usage!: EntityTable<ReplyUsage, 'replyId'>;
  meta!: EntityTable<MetaRow, 'key'>;
  buyers!: Dexie.Table<BuyerRow, [PlatformId, string]>;
  promises!: EntityTable<PromiseRow, 'id'>;

  constructor(options?: DexieOptions, name = DB_NAME) {
    super(name, options);
    this.version(1).stores({
      replies: 'id, group, code, updatedAt',
      usage: 'replyId, picks, lastPickedAt',
      meta: 'key',
    });
    // v2: buyer memory and promises (日清). New tables only; v1 rows are untouched.
    this.version(2).stores({
      buyers: '[platform+uid], updatedAt, lastSeenAt, *tags',
      promises: 'id, [platform+uid], status, due, [status+due], &sourceKey, createdAt',
    });
  }
}

let shared: KefuDb | undefined;

/** The one database handle of an extension page or the background. */
export function getDb(): KefuDb {
  return (shared ??= new KefuDb());
}
