import type { PlatformId } from '../redline/types';

export type { PlatformId };

export type Side = 'buyer' | 'agent' | 'system';

export interface ChatMessage {
  /** Stable id from the page (message id attribute); unique within a conversation. */
  id: string;
  side: Side;
  /** Plain text as the page shows it (never HTML). Cards and images give a short bracketed label, e.g. `[图片]`. */
  text: string;
  /** The platform's robot auto-reply (Pinduoduo `.robot-text`), shown on the agent side. */
  robot?: boolean;
}

export interface BuyerRef {
  platform: PlatformId;
  /** Stable id of the buyer on that platform (display names are masked and collide: never key by name). */
  uid: string;
  /** Display name as shown in the chat header. */
  name: string;
  /**
   * Where `uid` came from. Absent or `'page'`: an id the page itself shows (attribute, element id). `'derived'`: the
   * page showed no id, so the uid is built from what is displayed (avatar URL + name) and two buyers may share it.
   */
  uidSource?: 'page' | 'derived';
}

/** What one scan of the chat page found. */
export interface ChatSnapshot {
  buyer: BuyerRef | null;
  messages: ChatMessage[];
  draft: string;
}

/**
 * One seller chat page. Every read re-queries the DOM (the pages replace nodes freely); nothing is cached across calls.
 * Semantic hooks (ids, data-qa-id, roles) come first, hashed class fragments last.
 */
export interface ChatAdapter {
  readonly platform: PlatformId;
  /** Whether this page's layout is recognised: the message list and the input can be found. */
  recognise(doc: Document): { ok: true } | { ok: false; missing: string[] };
  readBuyer(doc: Document): BuyerRef | null;
  readMessages(doc: Document): ChatMessage[];
  /** The element the agent types into (textarea or contenteditable). */
  findInput(doc: Document): HTMLElement | null;
  /** The page's send control, when there is one. */
  findSendButton(doc: Document): HTMLElement | null;
  readDraft(input: HTMLElement): string;
  /**
   * Replace the whole draft with `text` so the page's framework sees the change (React value tracking, Vue v-model,
   * contenteditable, Quill) and the agent's Enter sends exactly that text.
   */
  writeDraft(input: HTMLElement, text: string): void;
  /** The subtree worth observing for changes (falls back to body). */
  observeRoot(doc: Document): Element;
  /** The element the panel must sit beside and never cover: input + send area. */
  findComposer(doc: Document): HTMLElement | null;
}
