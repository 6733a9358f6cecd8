/**
 * JD 京东 咚咚 (dongdong.jd.com): a contenteditable editor, conversation rows whose ids carry the customer's pin.
 * Selectors: shared/platforms.md.
 */
import { firstMatch, selectedRow } from './dom-query';
import { labelled, plainText, textOf } from './dom-text';
import { MESSAGE_LABELS, missingPart } from './message-labels';
import { composerBySelectors } from './composer';
import type { BuyerRef, ChatAdapter, ChatMessage, Side } from './types';

const CHAT_SCROLL = ['#t-chat-scroll'];
const INPUT = ['.EditorContent[contenteditable="true"]', '.EditorContent[contenteditable=""]', '.EditorContent'];
const SEND = ['.SendButtonGroup > .send-button', '.SendButtonGroup .send-button'];
const ROWS = '#t-alluser-wrap .alluser-item';
const SELECTED_ROW = ['#t-alluser-wrap .alluser-item_check', '.alluser-item.alluser-item_check'];
const HEADER_NAME = ['.chat-head-name > span', '.chat-head-name'];
const SIDE_ELEMENT = '.message_left, .message_right, .message_center, .message__system';

// Row id: u_<pin>imcustomer<venderId>; a pin may itself contain underscores.
const ROW_ID = /^u_(.+)imcustomer\d*$/;

function sideOf(el: Element): Side {
  if (el.classList.contains('message_right')) return 'agent';
  if (el.classList.contains('message_left')) return 'buyer';
  return 'system';
}

function contentText(sideEl: Element): string {
  const pre = sideEl.querySelector('pre.message__text');
  if (pre) return plainText(pre);
  const content = sideEl.querySelector('.message__content') ?? sideEl;
  const goods = content.querySelector('[class*="goods"], [class*="product"], [class*="sku"]');
  if (goods) return labelled(MESSAGE_LABELS.goods, goods);
  const order = content.querySelector('[class*="order"]');
  if (order) return labelled(MESSAGE_LABELS.order, order);
  const notice = content.querySelector('[class*="notice"], [class*="notify"]');
  if (notice) return labelled(MESSAGE_LABELS.notify, notice);
  const text = plainText(content, 'img');
  if (text) return text;
  return content.querySelector('img') ? MESSAGE_LABELS.image : '';
}

function rowPin(row: Element): string | null {
  const fromId = ROW_ID.exec(row.id)?.[1];
  if (fromId) return fromId;
  const title = row.querySelector('.alluser-item-name')?.getAttribute('title')?.trim();
  return title || null;
}

function selected(doc: Document): Element | null {
  return firstMatch(doc, SELECTED_ROW) ?? selectedRow(Array.from(doc.querySelectorAll(ROWS)));
}

export const jdAdapter: ChatAdapter = {
  platform: 'jd',

  recognise(doc) {
    const missing: string[] = [];
    if (!firstMatch(doc, CHAT_SCROLL)) missing.push(missingPart('message list', CHAT_SCROLL));
    if (!firstMatch(doc, INPUT)) missing.push(missingPart('input box', INPUT));
    return missing.length ? { ok: false, missing } : { ok: true };
  },

  readBuyer(doc): BuyerRef | null {
    const row = selected(doc);
    if (!row) return null;
    const uid = rowPin(row);
    if (!uid) return null;
    const fromRow = textOf(row.querySelector('.alluser-item-name'));
    const fromHeader = textOf(firstMatch(doc, HEADER_NAME));
    if (fromHeader && fromRow && fromHeader !== fromRow) return null;
    return { platform: 'jd', uid, name: fromHeader || fromRow };
  },

  readMessages(doc) {
    const scroll = firstMatch(doc, CHAT_SCROLL);
    if (!scroll) return [];
    const messages: ChatMessage[] = [];
    for (const message of Array.from(scroll.querySelectorAll('.message'))) {
      const sideEl = message.querySelector(SIDE_ELEMENT);
      if (!sideEl?.id) continue;
      const side = sideOf(sideEl);
      const text =
        side === 'system' ? plainText(sideEl.querySelector('.message__content') ?? sideEl) : contentText(sideEl);
      if (text) messages.push({ id: sideEl.id, side, text });
    }
    return messages;
  },

  // Written by focus + select all + execCommand('insertText'): the editor's own model follows and undo still works.
  ...composerBySelectors({ list: CHAT_SCROLL, input: INPUT, send: SEND }),
};
