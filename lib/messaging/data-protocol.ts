import type { BuyerRef } from '../adapters/types';
import type { BuyerRow, PromiseRow, StoredReply } from '../db/database';
import type { PromiseKind } from '../promises/types';
import type { ReplyUsage } from '../replies/usage';

/**
 * The panel's access to the extension's data. The panel is an extension page framed inside the chat site, and Chromium
 * treats it as a third-party frame: IndexedDB and localStorage are denied to it ("The user denied permission to access
 * the database"). So the background service worker opens the database for it and serves these calls over a port named
 * DATA_PORT_NAME; the popup and options pages are top-level and use Dexie directly.
 */
export const DATA_PORT_NAME = 'kefu-data';

export interface DataMethods {
  'library.snapshot': { params: void; result: { replies: StoredReply[]; usage: ReplyUsage[] } };
  /** "存为话术": the sent message becomes a reply in the group 我的话术 (or the existing reply with that content). */
  'library.saveSent': { params: { content: string }; result: { reply: StoredReply; existed: boolean } };
  'usage.pick': { params: { replyId: string; tokens: string[] }; result: ReplyUsage };
  'usage.edited': { params: { replyId: string }; result: void };
  'buyer.open': { params: { buyer: BuyerRef }; result: { buyer: BuyerRow; promises: PromiseRow[] } };
  'buyer.saveNote': { params: { buyer: BuyerRef; note: string }; result: BuyerRow };
  'buyer.setTags': { params: { buyer: BuyerRef; tags: string[] }; result: BuyerRow };
  'promises.capture': {
    params: { buyer: BuyerRef; messageId: string; text: string; url?: string };
    result: PromiseRow[];
  };
  'promises.add': { params: { buyer: BuyerRef; text: string; kind: PromiseKind; due: number; url?: string }; result: PromiseRow };
  'promises.setDue': { params: { id: string; due: number }; result: void };
  'promises.close': { params: { id: string; status: 'done' | 'dismissed' }; result: void };
}

export type DataMethod = keyof DataMethods;

export interface DataRequest<M extends DataMethod = DataMethod> {
  id: number;
  method: M;
  params: DataMethods[M]['params'];
}

export type DataResponse =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: string };

/** Pushed by the background when data changes elsewhere (options page edits, another tab's panel). */
export type DataPush =
  | { type: 'library.delta'; upserts: StoredReply[]; removed: string[] }
  | { type: 'promises.changed'; platform: string; uid: string }
  | { type: 'buyer.changed'; buyer: BuyerRow };

