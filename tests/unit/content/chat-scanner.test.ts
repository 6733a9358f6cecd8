// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChatAdapter } from '@/lib/adapters/types';
import { ChatScanner } from '@/lib/content/chat-scanner';
import { mountPanelFrame } from '@/lib/content/panel-frame';

/** A minimal page: #list > li[data-id][data-side], #who[data-uid], textarea#box. */
const adapter: ChatAdapter = {
  platform: 'generic',
  recognise: (doc) => {
    const missing = [!doc.querySelector('#list') && 'list', !doc.querySelector('#box') && 'input'].filter(Boolean) as string[];
    return missing.length ? { ok: false, missing } : { ok: true };
  },
  readBuyer: (doc) => {
    const who = doc.querySelector<HTMLElement>('#who');
    return who ? { platform: 'generic', uid: who.dataset.uid!, name: who.textContent ?? '' } : null;
  },
  readMessages: (doc) =>
    [...doc.querySelectorAll<HTMLElement>('#list li')].map((li) => ({
      id: li.dataset.id!,
      side: li.dataset.side as 'buyer' | 'agent',
      text: li.textContent ?? '',
    })),
  findInput: (doc) => doc.querySelector('#box'),
  findSendButton: () => null,
  readDraft: (input) => (input as HTMLTextAreaElement).value,
  writeDraft: (input, text) => {
    (input as HTMLTextAreaElement).value = text;
  },
  observeRoot: (doc) => doc.body,
  findComposer: (doc) => doc.querySelector('#box'),
};

function page(html: string) {
  document.body.innerHTML = html;
}

describe('ChatScanner', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports page, conversation and draft once, then only changes, throttled', async () => {
    page('<div id="who" data-uid="u1">小美</div><ul id="list"><li data-id="1" data-side="buyer">在吗</li></ul><textarea id="box"></textarea>');
    const seen: string[] = [];
    const scanner = new ChatScanner(adapter, document, {
      onPage: (s) => seen.push(`page:${s.recognised}`),
      onConversation: (b, m) => seen.push(`conv:${b?.uid}:${m.map((x) => x.id).join(',')}`),
      onDraft: (d) => seen.push(`draft:${d}`),
    }, { throttleMs: 100 });
    scanner.start();
    expect(seen).toEqual(['page:true', 'conv:u1:1', 'draft:']);

    // Three mutations in a burst → one scan.
    for (const id of ['2', '3', '4']) {
      const li = document.createElement('li');
      li.dataset.id = id;
      li.dataset.side = 'buyer';
      li.textContent = `消息${id}`;
      document.querySelector('#list')!.append(li);
    }
    await vi.advanceTimersByTimeAsync(150);
    expect(seen.slice(3)).toEqual(['conv:u1:1,2,3,4']);

    // Conversation switch: the page re-renders the header for the new buyer.
    document.querySelector('#who')!.outerHTML = '<div id="who" data-uid="u2">小明</div>';
    await vi.advanceTimersByTimeAsync(150);
    expect(seen.at(-1)).toBe('conv:u2:1,2,3,4');

    // Typing is reported straight from the input event.
    const box = document.querySelector<HTMLTextAreaElement>('#box')!;
    box.value = '亲';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    expect(seen.at(-1)).toBe('draft:亲');
    scanner.stop();
  });

  it('says "recognising" while a single-page app renders, then "not recognised" when it never does', async () => {
    page('<div>loading…</div>');
    let now = 0;
    const states: unknown[] = [];
    const scanner = new ChatScanner(adapter, document, { onPage: (s) => states.push(s), onConversation: () => {}, onDraft: () => {} }, {
      throttleMs: 100,
      pendingMs: 1000,
      now: () => now,
    });
    scanner.start();
    expect(states).toEqual([{ recognised: false, missing: ['list', 'input'], pending: true }]);
    now = 1500;
    await vi.advanceTimersByTimeAsync(150);
    expect(states.at(-1)).toEqual({ recognised: false, missing: ['list', 'input'], pending: false });
    scanner.stop();
  });

  it('ignores mutations inside its own UI', async () => {
    page('<div id="who" data-uid="u1">小美</div><ul id="list"></ul><textarea id="box"></textarea><div id="own"></div>');
    const own = document.querySelector('#own')!;
    let scans = 0;
    const scanner = new ChatScanner(adapter, document, { onPage: () => {}, onConversation: () => {}, onDraft: () => {} }, {
      throttleMs: 50,
      isOwnNode: (n) => own.contains(n),
    });
    const spy = vi.spyOn(scanner, 'scan').mockImplementation(() => void scans++);
    scanner.start();
    own.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(100);
    expect(scans).toBe(1); // the initial scan only
    spy.mockRestore();
    scanner.stop();
  });
});

describe('ChatScanner watching the chat area', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const chatArea: ChatAdapter = { ...adapter, observeRoot: (doc) => doc.querySelector('#chat') ?? doc.body };
  const html = (uid: string, name: string) =>
    `<div id="chat"><div id="who" data-uid="${uid}">${name}</div><ul id="list"><li data-id="1" data-side="buyer">在吗</li></ul><textarea id="box"></textarea></div>`;

  it('ignores the rest of the workbench and follows a chat area replaced as a whole', async () => {
    page(`<div id="side"><span id="timer">0</span></div>${html('u1', '小美')}`);
    const seen: string[] = [];
    const scanner = new ChatScanner(chatArea, document, {
      onPage: () => {},
      onConversation: (b) => seen.push(`conv:${b?.uid}`),
      onDraft: () => {},
    }, { throttleMs: 50 });
    const scan = vi.spyOn(scanner, 'scan');
    scanner.start();
    scan.mockClear();
    // A countdown outside the chat area ticks: no scan.
    for (let i = 1; i <= 5; i++) document.querySelector('#timer')!.textContent = String(i);
    await vi.advanceTimersByTimeAsync(100);
    expect(scan).not.toHaveBeenCalled();
    // The framework swaps the whole chat area for the next buyer: the next check notices and reads the new one.
    document.querySelector('#chat')!.outerHTML = html('u2', '小明');
    await vi.advanceTimersByTimeAsync(2100);
    expect(seen.at(-1)).toBe('conv:u2');
    // …and mutations in the new area are observed again.
    const li = document.createElement('li');
    li.dataset.id = '2';
    li.dataset.side = 'buyer';
    li.textContent = '能开发票吗';
    document.querySelector('#list')!.append(li);
    scan.mockClear();
    await vi.advanceTimersByTimeAsync(100);
    expect(scan).toHaveBeenCalled();
    scanner.stop();
  });
});

describe('panel frame', () => {
  it('ends above a composer that reaches under it and keeps full height otherwise', () => {
    page('');
    Object.defineProperty(window, 'innerWidth', { value: 1440, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 900, configurable: true });
    const frame = mountPanelFrame(document, { src: '', collapsed: false, handleLabel: 'h', frameTitle: 't', onExpandRequest: () => {} });
    frame.fit(null);
    expect(frame.iframe.style.height).toBe(`${900 - 8 - 52}px`);
    // composer spanning the right part of the window from y=700
    frame.fit({ x: 300, y: 700, top: 700, left: 300, right: 1440, bottom: 900, width: 1140, height: 200 } as DOMRect);
    expect(frame.iframe.style.height).toBe(`${700 - 8 - 52}px`);
    // composer only in the middle column: no overlap, full height
    frame.fit({ x: 300, y: 700, top: 700, left: 300, right: 1000, bottom: 900, width: 700, height: 200 } as DOMRect);
    expect(frame.iframe.style.height).toBe(`${900 - 8 - 52}px`);
    frame.setCollapsed(true);
    expect(frame.iframe.hidden).toBe(true);
    frame.destroy();
  });
});
