import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { CHAT_MATCHES } from '@/lib/content/matches';
import { PLATFORM_IDS } from '@/lib/redline/types';
import {
  chatUrlToOpen,
  isWebUrl,
  matchesPattern,
  openChat,
  pickChatTab,
  PLATFORM_CHAT_PAGES,
  type ChatTabsApi,
  type TabLike,
} from '@/lib/reminders';

describe('match patterns', () => {
  it.each([
    ['*://mms.pinduoduo.com/chat-merchant/*', 'https://mms.pinduoduo.com/chat-merchant/index.html#/', true],
    ['*://mms.pinduoduo.com/chat-merchant/*', 'https://mms.pinduoduo.com/chat-merchant/index.html?r=0.42', true],
    ['*://mms.pinduoduo.com/chat-merchant/*', 'http://mms.pinduoduo.com/chat-merchant/', true],
    ['*://mms.pinduoduo.com/chat-merchant/*', 'https://mms.pinduoduo.com/goods/list', false],
    ['*://mms.pinduoduo.com/chat-merchant/*', 'https://evil.com/mms.pinduoduo.com/chat-merchant/', false],
    ['*://mms.pinduoduo.com/chat-merchant/*', 'ftp://mms.pinduoduo.com/chat-merchant/', false],
    ['*://im.jinritemai.com/*', 'https://im.jinritemai.com/pc_seller_v2/main/workspace', true],
    ['*://im.jinritemai.com/*', 'https://im.jinritemai.com.evil.cn/', false],
    ['https://dongdong.jd.com/*', 'http://dongdong.jd.com/', false],
    ['not a pattern', 'https://dongdong.jd.com/', false],
    ['*://dongdong.jd.com/*', 'not a url', false],
  ])('%s ~ %s → %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it('knows the same chat pages the content script runs on', () => {
    const ours = PLATFORM_IDS.flatMap((p) => PLATFORM_CHAT_PAGES[p].matches);
    expect([...ours].sort()).toEqual([...CHAT_MATCHES].sort());
    for (const p of PLATFORM_IDS) {
      const { home, matches } = PLATFORM_CHAT_PAGES[p];
      if (home) expect(matches.some((m) => matchesPattern(m, home))).toBe(true);
    }
  });
});

describe('web urls only', () => {
  it.each([
    ['https://dongdong.jd.com/', true],
    ['http://im.kwaixiaodian.com/workbench', true],
    ['javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['chrome://settings', false],
    ['', false],
    [undefined, false],
    ['不是网址', false],
  ])('%j → %s', (url, ok) => {
    expect(isWebUrl(url)).toBe(ok);
  });
});

describe('which tab to bring forward', () => {
  const PDD = 'https://mms.pinduoduo.com/chat-merchant/index.html#/';
  const tabs: TabLike[] = [
    { id: 1, windowId: 1, url: 'https://mms.pinduoduo.com/goods/list' },
    { id: 2, windowId: 1, url: 'https://mms.pinduoduo.com/chat-merchant/index.html?r=0.1#/', lastAccessed: 10 },
    { id: 3, windowId: 2, url: 'https://im.jinritemai.com/pc_seller_v2/main/workspace', lastAccessed: 30 },
    { id: 4, windowId: 2, url: 'https://pigeon.jinritemai.com/chat', active: true, lastAccessed: 5 },
    { id: 5, windowId: 2, url: 'https://dongdong.jd.com/', lastAccessed: 1 },
    { windowId: 2, url: 'https://dongdong.jd.com/' },
  ];

  it.each([
    ['the very page, whatever its query and hash', { platform: 'pinduoduo', url: PDD }, 2],
    ['the platform chat page when the url is unknown', { platform: 'pinduoduo' }, 2],
    ['the platform chat page when the url is elsewhere', { platform: 'douyin', url: 'https://im.jinritemai.com/old' }, 4],
    ['the active tab among several chat pages', { platform: 'douyin' }, 4],
    ['no tab for a platform that is not open', { platform: 'kuaishou' }, undefined],
    ['no tab for taobao, which has no web chat', { platform: 'taobao' }, undefined],
    ['a tab without an id is never chosen', { platform: 'jd' }, 5],
  ] as const)('%s', (_name, target, id) => {
    expect(pickChatTab(tabs, target)?.id).toBe(id);
  });

  it('prefers the most recently used when none is active', () => {
    const two = [
      { id: 7, url: 'https://im.jinritemai.com/a', lastAccessed: 1 },
      { id: 8, url: 'https://pigeon.jinritemai.com/b', lastAccessed: 9 },
    ];
    expect(pickChatTab(two, { platform: 'douyin' })?.id).toBe(8);
  });

  it.each([
    [{ platform: 'jd', url: 'https://dongdong.jd.com/chat?x=1' }, 'https://dongdong.jd.com/chat?x=1'],
    [{ platform: 'kuaishou' }, 'https://im.kwaixiaodian.com/workbench'],
    [{ platform: 'pinduoduo', url: 'javascript:alert(1)' }, 'https://mms.pinduoduo.com/chat-merchant/index.html'],
    [{ platform: 'generic', url: 'https://shop.example.com/chat' }, 'https://shop.example.com/chat'],
    [{ platform: 'generic' }, undefined],
    [{ platform: 'taobao' }, undefined],
  ] as const)('opens %j at %s', (target, url) => {
    expect(chatUrlToOpen(target)).toBe(url);
  });
});

describe('openChat over the browser', () => {
  const api = fakeBrowser as unknown as ChatTabsApi;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.restoreAllMocks());

  it('focuses the chat tab and its window, and opens nothing', async () => {
    const win = await fakeBrowser.windows.create({});
    await fakeBrowser.tabs.create({ url: 'https://example.com/', windowId: win.id });
    const chat = await fakeBrowser.tabs.create({ url: 'https://dongdong.jd.com/', windowId: win.id });
    const before = (await fakeBrowser.tabs.query({})).length;
    // The fake keeps no notion of the active tab or focused window: watch the calls instead.
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const focus = vi.spyOn(fakeBrowser.windows, 'update');
    const result = await openChat(api, { platform: 'jd', url: 'https://dongdong.jd.com/' });
    expect(result).toEqual({ action: 'focused', tabId: chat.id });
    expect(update).toHaveBeenCalledExactlyOnceWith(chat.id, { active: true });
    expect(focus).toHaveBeenCalledExactlyOnceWith(win.id, { focused: true });
    expect((await fakeBrowser.tabs.query({})).length).toBe(before);
  });

  it('opens the page when no tab shows it', async () => {
    const result = await openChat(api, { platform: 'kuaishou', url: 'https://im.kwaixiaodian.com/workbench?from=x' });
    expect(result).toEqual({ action: 'opened', url: 'https://im.kwaixiaodian.com/workbench?from=x' });
    const urls = (await fakeBrowser.tabs.query({})).map((t) => t.url);
    expect(urls).toContain('https://im.kwaixiaodian.com/workbench?from=x');
  });

  it('does nothing when there is nowhere to go', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    expect(await openChat(api, { platform: 'generic', url: 'javascript:alert(1)' })).toEqual({ action: 'none' });
    expect((await fakeBrowser.tabs.query({})).length).toBe(before);
  });
});
