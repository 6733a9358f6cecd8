import type { BuyerRef, ChatMessage, PlatformId } from '../adapters/types';
import type { Flag } from '../redline/types';

/**
 * Messages between the content script (in the chat page) and the panel (an extension page in an iframe beside the chat).
 * They travel over a runtime Port that the panel opens with `tabs.connect(tabId, { frameId: 0 })`: page scripts can
 * neither read nor forge them, unlike window.postMessage.
 */
export const PANEL_PORT_NAME = 'kefu-panel';

/** How many recent messages travel with a conversation update: enough context for suggestions and promise capture. */
export const RECENT_MESSAGES = 40;

/** `pending`: the page may still be rendering (single-page apps), so the panel says "recognising…" rather than failing. */
export type PageState = { recognised: true } | { recognised: false; missing: string[]; pending: boolean };

export type ContentToPanel =
  | { type: 'page'; platform: PlatformId; url: string; state: PageState }
  | { type: 'conversation'; buyer: BuyerRef | null; messages: ChatMessage[] }
  | { type: 'draft'; text: string; flags: Flag[] }
  | { type: 'send-blocked'; flags: Flag[]; overrideMs: number }
  | { type: 'sent'; text: string; overridden: boolean; flags: Flag[] }
  | { type: 'inserted'; replyId: string; text: string }
  | { type: 'fill-request'; replyId: string };

/** One suggestion as the content script needs it for Alt+N: the text ready to insert, or null when fill-ins are needed. */
export interface ReadySuggestion {
  replyId: string;
  text: string | null;
}

export type PanelToContent =
  | { type: 'suggestions'; items: ReadySuggestion[] }
  | { type: 'insert'; text: string }
  | { type: 'replace-draft'; text: string }
  | { type: 'arm-override' }
  /** The model is sure these rule flags on this exact draft are not red lines: the gate lets them pass. */
  | { type: 'veto'; draft: string; rules: string[] }
  | { type: 'layout'; collapsed: boolean }
  | { type: 'hello' };
