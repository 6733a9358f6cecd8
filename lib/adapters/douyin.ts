/**
 * Douyin 抖店 飞鸽 (im.jinritemai.com/pc_seller_v2/main/workspace), a React page with hashed CSS-module classes that
 * rotate each deploy (`msgContent-JqEWJs`): data-qa-id hooks first, then `[class*="…"]` fragments. Some frames of an
 * A/B "rebuilt" layout have no data-qa-id at all, so every lookup has a fallback that does without.
 */
import { commonAncestor, firstMatch, hasClassPrefix, isRendered, outermost, selectedRow } from './dom-query';
import { labelled, plainText, textOf } from './dom-text';
import { MESSAGE_LABELS, missingPart } from './message-labels';
import type { BuyerRef, ChatAdapter, ChatMessage, Side } from './types';
import { readDraftFrom, writeDraftInto } from './write-input';

const CONVERSATION_LIST = '#chantListScrollArea';
const ROWS = [
  '[data-qa-id="qa-conversation-chat-item"]',
  '[data-kora="conversation"]',
  `${CONVERSATION_LIST} [class*="conversationCard"]`,
];
const WRAPPERS = '[data-qa-id="qa-message-warpper"]'; // sic: the platform's own spelling
const LIST_CONTAINERS = ['[class*="messageList"]', '[class*="MessageList"]'];
const INPUT = ['textarea[data-qa-id="qa-send-message-textarea"]'];
const SEND = ['[data-qa-id="qa-send-message-button"]', '[class*="sendBtn"]', '[class*="SendBtn"]'];
const HEADER = '#topbar-left-info';
const TIME = '[class*="msgTime"], [class*="MsgTime"], [class*="timestamp"]';
/** Attributes a conversation row may carry its conversation id in (Douyin IM ids look like 0:1:<user>:<shop>). */
const ROW_ID_ATTRIBUTES = ['data-conversation-id', 'data-conversation-short-id', 'data-conv-id'];
const ADD_REMARK = '添加备注';

function rows(doc: Document): HTMLElement[] {
  for (const selector of ROWS) {
    const found = Array.from(doc.querySelectorAll<HTMLElement>(selector));
    if (found.length) return outermost(found);
  }
  return [];
}

function rowName(row: Element): string {
  const nick = row.querySelector('[data-qa-id="qa-conversation-nickname"]');
  if (nick) return textOf(nick);
  const line = row.querySelector('[class*="nameLine"]');
  const title = line?.getAttribute('title')?.trim();
  if (title) return title;
  return textOf(row.querySelector('[class*="NameContent"]') ?? line);
}

/** The buyer name in the header: the first leaf that is not the "添加备注" link. */
function headerName(doc: Document): string {
  const header = doc.querySelector(HEADER);
  if (!header) return '';
  for (const el of Array.from(header.querySelectorAll('span, div'))) {
    if (el.children.length > 0) continue;
    const text = textOf(el);
    if (text && text !== ADD_REMARK && text.length <= 60) return text;
  }
  return '';
}

function rowUid(row: Element): { uid: string; uidSource: 'page' | 'derived' } | null {
  for (const attribute of ROW_ID_ATTRIBUTES) {
    const value = row.getAttribute(attribute)?.trim();
    if (value) return { uid: value, uidSource: 'page' };
  }
  // No id on the row: avatar URL + name is the most specific thing displayed. Flagged so callers can be careful.
  const name = rowName(row);
  const avatar = row.querySelector('img')?.getAttribute('src') ?? '';
  if (!name) return null;
  return { uid: `derived:${avatar.length > 200 ? hash(avatar) : avatar}|${name}`, uidSource: 'derived' };
}

/** A short stable hash (FNV-1a, 32 bit) so long data: avatars do not bloat the key. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16);
}

/** Message items: the qa wrappers, or in a rebuilt frame the outermost `[data-id]` elements outside the conversation list. */
function messageItems(doc: Document): Element[] {
  const wrappers = Array.from(doc.querySelectorAll(WRAPPERS));
  if (wrappers.length) return wrappers;
  const scope: ParentNode = firstMatch(doc, LIST_CONTAINERS) ?? doc;
  const inChat = Array.from(scope.querySelectorAll('[data-id]')).filter(
    (el) => !el.closest(CONVERSATION_LIST) && !el.closest(ROWS.join(','))
  );
  return outermost(inChat);
}

function messageListContainer(doc: Document): Element | null {
  const first = doc.querySelector(WRAPPERS);
  if (first?.parentElement) return first.parentElement;
  return firstMatch(doc, LIST_CONTAINERS);
}

function sideOf(item: Element): { side: Side; bubble: Element | null } {
  const bubble = item.querySelector('[class*="messageIsMe"], [class*="messageNotMe"]');
  if (bubble) return { side: hasClassPrefix(bubble, 'messageIsMe') ? 'agent' : 'buyer', bubble };
  // Fallback seen in the rebuilt frame: agent rows are drawn right-to-left.
  for (const el of Array.from(item.querySelectorAll<HTMLElement>('[style*="flex-direction"]'))) {
    const direction = el.style.flexDirection;
    if (direction === 'row-reverse') return { side: 'agent', bubble: el };
    if (direction === 'row') return { side: 'buyer', bubble: el };
  }
  return { side: 'system', bubble: null };
}

function bubbleText(bubble: Element): string {
  const card = bubble.querySelector('.chatd-card, [class*="goodsCard"], [class*="GoodsCard"], [class*="productCard"]');
  if (card) return labelled(MESSAGE_LABELS.goods, card);
  const order = bubble.querySelector('[class*="orderCard"], [class*="OrderCard"]');
  if (order) return labelled(MESSAGE_LABELS.order, order);
  const pre = bubble.querySelector('pre');
  if (pre) return plainText(pre);
  // An image bubble: a picture that is not the sender's avatar.
  const picture = Array.from(bubble.querySelectorAll('img')).find(
    (img) => img.getAttribute('alt') !== '头像' && !/avatar/i.test(img.className)
  );
  if (picture) return MESSAGE_LABELS.image;
  return plainText(bubble, TIME) || MESSAGE_LABELS.other;
}

function readMessage(item: Element): ChatMessage | null {
  const idHost = item.hasAttribute('data-id') ? item : item.querySelector('[data-id]');
  const id = idHost?.getAttribute('data-id');
  // Live page: data-id arrives 100–500 ms after render; a message without it waits for the next scan.
  if (!id) return null;
  const { side, bubble } = sideOf(item);
  if (side === 'system') {
    const text = plainText(item, TIME);
    return text ? { id, side, text } : null;
  }
  // The fallback row also holds the avatar: read only the bubble column when there is one.
  return { id, side, text: bubble ? bubbleText(bubble) : MESSAGE_LABELS.other };
}

function findInput(doc: Document): HTMLElement | null {
  const input = firstMatch(doc, INPUT);
  if (input) return input;
  // Rebuilt frame: the composer's textarea is the last rendered one outside the conversation list.
  const candidates = Array.from(doc.querySelectorAll<HTMLTextAreaElement>('textarea')).filter(
    (el) => !el.closest(CONVERSATION_LIST) && !el.disabled && !el.readOnly && isRendered(el)
  );
  return candidates[candidates.length - 1] ?? null;
}

function findSendButton(doc: Document): HTMLElement | null {
  const button = firstMatch(doc, SEND);
  if (button) return button;
  const input = findInput(doc);
  for (let scope = input?.parentElement ?? null, depth = 0; scope && depth < 4; scope = scope.parentElement, depth++) {
    const labelled = Array.from(scope.querySelectorAll<HTMLElement>('button, [role="button"], div, span')).find(
      (el) => el.children.length === 0 && textOf(el) === '发送'
    );
    if (labelled) return labelled;
  }
  return null;
}

export const douyinAdapter: ChatAdapter = {
  platform: 'douyin',

  recognise(doc) {
    const missing: string[] = [];
    if (!messageListContainer(doc) && messageItems(doc).length === 0) {
      missing.push(
        missingPart('message list', [WRAPPERS, ...LIST_CONTAINERS, '[data-id] outside #chantListScrollArea'])
      );
    }
    if (!findInput(doc))
      missing.push(missingPart('input box', [...INPUT, 'a rendered textarea outside #chantListScrollArea']));
    return missing.length ? { ok: false, missing } : { ok: true };
  },

  readBuyer(doc): BuyerRef | null {
    const row = selectedRow(rows(doc));
    if (!row) return null;
    const key = rowUid(row);
    if (!key) return null;
    const fromRow = rowName(row);
    const fromHeader = headerName(doc);
    // The pane shows one conversation at a time: a header that names someone else means a switch is under way.
    if (fromHeader && fromRow && fromHeader !== fromRow) return null;
    const buyer: BuyerRef = { platform: 'douyin', uid: key.uid, name: fromHeader || fromRow };
    if (key.uidSource === 'derived') buyer.uidSource = 'derived';
    return buyer;
  },

  readMessages(doc) {
    const messages: ChatMessage[] = [];
    for (const item of messageItems(doc)) {
      const message = readMessage(item);
      if (message) messages.push(message);
    }
    return messages;
  },

  findInput,
  findSendButton,
  readDraft: (input) => readDraftFrom(input),
  // React listens to input and change; the native setter gets past its value tracker.
  writeDraft: (input, text) => writeDraftInto(input, text, { change: true }),

  observeRoot(doc) {
    const list = messageListContainer(doc);
    return commonAncestor(list, findInput(doc)) ?? list ?? doc.body;
  },

  findComposer(doc) {
    const input = findInput(doc);
    return commonAncestor(input, findSendButton(doc)) ?? input;
  },
};
