/** The platform adapters: one per seller chat, a generic fallback, and the choice between them by URL. */
import { douyinAdapter } from './douyin';
import { genericAdapter } from './generic';
import { jdAdapter } from './jd';
import { kuaishouAdapter } from './kuaishou';
import { pinduoduoAdapter } from './pinduoduo';
import type { ChatAdapter, ChatSnapshot } from './types';

export type { BuyerRef, ChatAdapter, ChatMessage, ChatSnapshot, PlatformId, Side } from './types';
export { douyinAdapter, genericAdapter, jdAdapter, kuaishouAdapter, pinduoduoAdapter };
export { MESSAGE_LABELS } from './message-labels';
export { editableText, plainText } from './dom-text';
export { readDraftFrom, writeDraftInto } from './write-input';

/** Chat hosts per adapter (platforms.md). Matched exactly, case-insensitively. */
const HOSTS: ReadonlyArray<readonly [string, ChatAdapter]> = [
  ['mms.pinduoduo.com', pinduoduoAdapter],
  ['im.jinritemai.com', douyinAdapter],
  ['pigeon.jinritemai.com', douyinAdapter],
  ['dongdong.jd.com', jdAdapter],
  ['im.kwaixiaodian.com', kuaishouAdapter],
];

export const ADAPTERS: readonly ChatAdapter[] = [
  pinduoduoAdapter,
  douyinAdapter,
  jdAdapter,
  kuaishouAdapter,
  genericAdapter,
];

/** The adapter for a page URL; any other host (or an unparsable URL) gets the generic one. */
export function pickAdapter(url: string): ChatAdapter {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return genericAdapter;
  }
  return HOSTS.find(([known]) => known === host)?.[1] ?? genericAdapter;
}

/** One scan: buyer, messages and draft, all read fresh. */
export function readSnapshot(adapter: ChatAdapter, doc: Document): ChatSnapshot {
  const input = adapter.findInput(doc);
  return {
    buyer: adapter.readBuyer(doc),
    messages: adapter.readMessages(doc),
    draft: input ? adapter.readDraft(input) : '',
  };
}
