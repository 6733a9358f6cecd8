/**
 * Best effort on a page no adapter knows: the input is the rendered textarea or contenteditable lowest on the
 * screen (chat composers sit at the bottom); no buyer and no messages are read, since nothing identifies them.
 */
import { isRendered } from './dom-query';
import { textOf } from './dom-text';
import type { ChatAdapter } from './types';
import { isEditable, readDraftFrom, writeDraftInto } from './write-input';

const CANDIDATES = 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
const SEND_WORDS = new Set(['发送', '发 送', 'send', '发送消息']);

function findInput(doc: Document): HTMLElement | null {
  const candidates = Array.from(doc.querySelectorAll<HTMLElement>(CANDIDATES)).filter((el) => {
    if (!isEditable(el)) return false;
    if ((el as HTMLTextAreaElement).disabled || (el as HTMLTextAreaElement).readOnly) return false;
    // A contenteditable inside another one is part of the same editor.
    if (el.parentElement?.closest('[contenteditable="true"], [contenteditable=""]')) return false;
    return isRendered(el);
  });
  let best: HTMLElement | null = null;
  let bestBottom = -Infinity;
  for (const el of candidates) {
    // Without layout all bottoms are 0 and the last one in document order wins, which is where composers live too.
    const bottom = el.getBoundingClientRect().bottom;
    if (bottom >= bestBottom) {
      best = el;
      bestBottom = bottom;
    }
  }
  return best;
}

function findSendButton(doc: Document): HTMLElement | null {
  const input = findInput(doc);
  for (let scope = input?.parentElement ?? null, depth = 0; scope && depth < 4; scope = scope.parentElement, depth++) {
    const button = Array.from(
      scope.querySelectorAll<HTMLElement>('button, [role="button"], input[type="submit"]')
    ).find((el) => SEND_WORDS.has((textOf(el) || (el as HTMLInputElement).value || '').toLowerCase()));
    if (button) return button;
  }
  return null;
}

export const genericAdapter: ChatAdapter = {
  platform: 'generic',

  recognise(doc) {
    return findInput(doc)
      ? { ok: true }
      : { ok: false, missing: ['input box: no rendered, enabled textarea or contenteditable element on the page'] };
  },

  readBuyer: () => null,
  readMessages: () => [],
  findInput,
  findSendButton,
  readDraft: (input) => readDraftFrom(input),
  writeDraft: (input, text) => writeDraftInto(input, text),
  observeRoot: (doc) => doc.body ?? doc.documentElement,

  findComposer(doc) {
    const input = findInput(doc);
    return input?.parentElement ?? input;
  },
};
