/**
 * Kuaishou 快手小店 客服工作台 (im.kwaixiaodian.com/workbench): React + antd, a Quill 2 editor as the input.
 * Selectors: shared/platforms.md.
 */
import { firstMatch, selectedRow } from './dom-query';
import { labelled, plainText, textOf } from './dom-text';
import { MESSAGE_LABELS, missingPart } from './message-labels';
import { composerBySelectors } from './composer';
import type { BuyerRef, ChatAdapter, ChatMessage } from './types';

const CONTENT_WRAP = ['.ChatMessageList-ContentWrap', '.ChatMessageList'];
const ROW = '.kwaishop-cs-LayoutDefaultWrapper_msgMain, [class*="LayoutDefaultWrapper_msgMain"]';
const LR_WRAPPER = '[class*="LayoutDefaultWrapper_lrWrapper"]';
const INPUT = ['.SendBox .SendBox-Editor .ql-editor', '.SendBox .ql-editor', '.ql-editor[contenteditable="true"]'];
const SEND = ['.SendBox-buttonRight .ant-btn-primary', '.SendBox .ant-btn-primary'];
const CARDS = '.SessionBaseCard';
const CARD_NAME = '.SessionBaseCard-topHeadName';
/** Not in platforms.md: the chat header's name element, used only to confirm the selected card (I). */
const HEADER_NAME = [
  '.ChatHeader-userName',
  '[class*="ChatHeader"] [class*="userName"]',
  '[class*="ChatHeader"] [class*="UserName"]',
];
// Buyer-side ids look like 0_<buyerId>_<messageId>.
const BUYER_ID_HOST = 'div[id^="0_"]';

function idParts(id: string): { buyer: string; message: string } | null {
  const parts = id.split('_');
  if (parts.length < 2 || !parts[1]) return null;
  return { buyer: parts[1], message: parts.length > 2 ? parts.slice(2).join('_') : id };
}

function bodyText(row: Element): string {
  const text = row.querySelector('.kwaishop-cs-BizTextCard, [class*="BizTextCard"]');
  if (text) return plainText(text);
  const goods = row.querySelector('[class*="BizGoodsCard"], [class*="BizProductCard"], [class*="BizItemCard"]');
  if (goods) return labelled(MESSAGE_LABELS.goods, goods);
  const order = row.querySelector('[class*="BizOrderCard"]');
  if (order) return labelled(MESSAGE_LABELS.order, order);
  if (row.querySelector('[class*="BizImageCard"], [class*="BizImgCard"]')) return MESSAGE_LABELS.image;
  const content = row.querySelector('[class*="LayoutDefaultWrapper_content"]');
  return plainText(content, 'img') || MESSAGE_LABELS.other;
}

function readMessage(row: Element): ChatMessage | null {
  const host = row.closest(BUYER_ID_HOST) ?? (row.id ? row : null);
  const parts = host ? idParts(host.id) : null;
  const id = parts?.message ?? host?.id;
  if (!id) return null;
  const lr = row.querySelector(LR_WRAPPER);
  if (!lr) {
    const notice = row.querySelector('.kwaishop-cs-BizNoticeCard, [class*="BizNoticeCard"]') ?? row;
    const text = plainText(notice);
    return text ? { id, side: 'system', text } : null;
  }
  const mine = Array.from(lr.classList).some((token) => token.endsWith('__isMine'));
  return { id, side: mine ? 'agent' : 'buyer', text: bodyText(row) };
}

export const kuaishouAdapter: ChatAdapter = {
  platform: 'kuaishou',

  recognise(doc) {
    const missing: string[] = [];
    if (!firstMatch(doc, CONTENT_WRAP)) missing.push(missingPart('message list', CONTENT_WRAP));
    if (!firstMatch(doc, INPUT)) missing.push(missingPart('input box (Quill editor)', INPUT));
    return missing.length ? { ok: false, missing } : { ok: true };
  },

  readBuyer(doc): BuyerRef | null {
    const wrap = firstMatch(doc, CONTENT_WRAP);
    const host = wrap?.querySelector(BUYER_ID_HOST);
    const uid = host ? idParts(host.id)?.buyer : undefined;
    // An empty conversation shows no message id, and the session cards carry none: no stable key, no buyer.
    if (!uid) return null;
    const card = selectedRow(Array.from(doc.querySelectorAll(CARDS)));
    const fromCard = textOf(card?.querySelector(CARD_NAME));
    const fromHeader = textOf(firstMatch(doc, HEADER_NAME));
    if (fromHeader && fromCard && fromHeader !== fromCard) return null;
    return { platform: 'kuaishou', uid, name: fromHeader || fromCard };
  },

  readMessages(doc) {
    const wrap = firstMatch(doc, CONTENT_WRAP);
    if (!wrap) return [];
    const messages: ChatMessage[] = [];
    for (const row of Array.from(wrap.querySelectorAll(ROW))) {
      const message = readMessage(row);
      if (message) messages.push(message);
    }
    return messages;
  },

  // Written through the DOM: Quill's mutation observer turns the edited <p> lines into its own model (quill.getText()).
  ...composerBySelectors({ list: CONTENT_WRAP, input: INPUT, send: SEND, composer: '.SendBox' }),
};
