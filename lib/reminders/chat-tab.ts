import type { PlatformId } from '../adapters/types';

/**
 * Seller chat pages per platform, as match patterns (the same ones the content script runs on, lib/content/matches.ts)
 * and the page to open when no tab is there. Taobao has no web chat and `generic` no known page: nothing to open.
 */
export const PLATFORM_CHAT_PAGES: Readonly<Record<PlatformId, { matches: readonly string[]; home?: string }>> = {
  pinduoduo: {
    matches: ['*://mms.pinduoduo.com/chat-merchant/*'],
    home: 'https://mms.pinduoduo.com/chat-merchant/index.html',
  },
  douyin: {
    matches: ['*://im.jinritemai.com/*', '*://pigeon.jinritemai.com/*'],
    home: 'https://im.jinritemai.com/pc_seller_v2/main/workspace',
  },
  jd: { matches: ['*://dongdong.jd.com/*'], home: 'https://dongdong.jd.com/' },
  kuaishou: { matches: ['*://im.kwaixiaodian.com/*'], home: 'https://im.kwaixiaodian.com/workbench' },
  taobao: { matches: [] },
  generic: { matches: [] },
};

/** Only web pages are ever opened: a URL from storage or a backup file must not become a javascript: or file: link. */
export function isWebUrl(url: string | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Scheme + host + path: the chat pages carry the conversation in the hash or a cache-busting query (PDD `?r=0.xxx`). */
function pageOf(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}`;
  } catch {
    return null;
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A WebExtension match pattern of the simple shapes above (`*://host/path*`), as Chrome reads them. */
export function matchesPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const protocol = u.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (u.hostname !== host) return false;
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRe.test(u.pathname + u.search);
}

export interface TabLike {
  id?: number;
  windowId?: number;
  url?: string;
  active?: boolean;
  lastAccessed?: number;
}

export interface ChatTarget {
  platform: PlatformId;
  /** The chat page the promise was made on. */
  url?: string;
}

function preferred<T extends TabLike>(tabs: readonly T[]): T | undefined {
  return [...tabs].sort(
    (a, b) => Number(b.active ?? false) - Number(a.active ?? false) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0),
  )[0];
}

/**
 * The open tab to bring forward for a promise: one on the very page it was made on, else any chat page of its platform.
 * Among several, the active one, then the most recently used.
 */
export function pickChatTab<T extends TabLike>(tabs: readonly T[], target: ChatTarget): T | undefined {
  const usable = tabs.filter((t) => t.id !== undefined && t.url);
  const page = target.url && isWebUrl(target.url) ? pageOf(target.url) : null;
  if (page) {
    const same = usable.filter((t) => pageOf(t.url!) === page);
    if (same.length) return preferred(same);
  }
  const patterns = PLATFORM_CHAT_PAGES[target.platform]?.matches ?? [];
  return preferred(usable.filter((t) => patterns.some((p) => matchesPattern(p, t.url!))));
}

/** The page to open when no tab shows the chat: the promise's own page, else the platform's chat home. */
export function chatUrlToOpen(target: ChatTarget): string | undefined {
  if (isWebUrl(target.url)) return target.url;
  return PLATFORM_CHAT_PAGES[target.platform]?.home;
}
