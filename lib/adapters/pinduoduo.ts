/**
 * Pinduoduo 拼多多 商家后台 chat (mms.pinduoduo.com/chat-merchant), a Vue 2 page. Selectors: shared/platforms.md.
 */
import { firstMatch } from './dom-query';
import { labelled, plainText, textOf } from './dom-text';
import { MESSAGE_LABELS, missingPart } from './message-labels';
import { composerBySelectors } from './composer';
import type { BuyerRef, ChatAdapter, ChatMessage } from './types';

const LIST = ['#msgListContainer'];
const INPUT = ['textarea#replyTextarea', '.reply-box textarea'];
const SEND = ['.reply-box .send-btn', '.reply-footer .send-btn', '.send-btn'];
const HEADER_NAME = ['.chatWindowHeader .base-info .name'];
const ACTIVE_ROW = ['.chat-item-box.active'];
const SYSTEM = '.msg-system, [class^="system-msg"], [class*=" system-msg"]';

// Live page: the same list mixes middlePanel_list_<ms> and middlePanel_List_<ms>.
const MESSAGE_ID = /^middlePanel_list_(.+)$/i;

function messageText(role: Element): string {
  const content = role.querySelector('[currentuid] > .msg-content') ?? role.querySelector('.msg-content');
  const scope = content ?? role;
  const goods = scope.querySelector('.good-card');
  if (goods) return labelled(MESSAGE_LABELS.goods, goods);
  const order = scope.querySelector('.order-card');
  if (order) return labelled(MESSAGE_LABELS.order, order);
  const notify = scope.querySelector('.notify-card');
  if (notify) return labelled(MESSAGE_LABELS.notify, notify);
  if (scope.querySelector('.image-msg img')) return MESSAGE_LABELS.image;
  const box = scope.querySelector('p.msg-content-box');
  const text = plainText(box ?? content);
  return text || MESSAGE_LABELS.other;
}

function readMessage(li: Element): ChatMessage | null {
  const match = MESSAGE_ID.exec(li.id);
  if (!match?.[1]) return null;
  const id = match[1];
  const cs = li.querySelector('.cs-item');
  if (cs) {
    const message: ChatMessage = { id, side: 'agent', text: messageText(cs) };
    if (cs.querySelector('.robot-text')) message.robot = true;
    return message;
  }
  const buyer = li.querySelector('.buyer-item');
  if (buyer) return { id, side: 'buyer', text: messageText(buyer) };
  const system = li.querySelector(SYSTEM);
  const text = system ? plainText(system) : plainText(li, '.message-time');
  return text ? { id, side: 'system', text } : null;
}

function rowUid(row: Element | null): string | null {
  // data-random="<uid>-0-<group>"
  const random = row?.getAttribute('data-random') ?? '';
  const uid = random.split('-')[0];
  return uid ? uid : null;
}

export const pinduoduoAdapter: ChatAdapter = {
  platform: 'pinduoduo',

  recognise(doc) {
    const missing: string[] = [];
    if (!firstMatch(doc, LIST)) missing.push(missingPart('message list', LIST));
    if (!firstMatch(doc, INPUT)) missing.push(missingPart('input box', INPUT));
    return missing.length ? { ok: false, missing } : { ok: true };
  },

  readBuyer(doc): BuyerRef | null {
    const list = firstMatch(doc, LIST);
    const listUid = list?.querySelector('[currentuid]')?.getAttribute('currentuid') || null;
    const row = firstMatch(doc, ACTIVE_ROW);
    const activeUid = rowUid(row);
    // Mid-switch the list can still show the previous buyer: only a buyer both agree on is the current one.
    if (listUid && activeUid && listUid !== activeUid) return null;
    const uid = listUid ?? activeUid;
    if (!uid) return null;
    const headerName = textOf(firstMatch(doc, HEADER_NAME));
    const rowName = textOf(row?.querySelector('.nickname-span'));
    if (headerName && rowName && headerName !== rowName) return null;
    return { platform: 'pinduoduo', uid, name: headerName || rowName };
  },

  readMessages(doc) {
    const list = firstMatch(doc, LIST);
    if (!list) return [];
    const messages: ChatMessage[] = [];
    for (const li of Array.from(list.querySelectorAll('li[id]'))) {
      const message = readMessage(li);
      if (message) messages.push(message);
    }
    return messages;
  },

  // Vue's v-model reads the textarea's value from the input event.
  ...composerBySelectors({ list: LIST, input: INPUT, send: SEND, composer: '.reply-box' }),
};
