/**
 * Chat pages the content script runs on (shared/platforms.md). Taobao/Tmall live reception runs in the desktop
 * AliWorkbench client, which no extension can reach, so there is no match for it.
 */
export const CHAT_MATCHES = [
  '*://mms.pinduoduo.com/chat-merchant/*',
  '*://im.jinritemai.com/*',
  '*://pigeon.jinritemai.com/*',
  '*://dongdong.jd.com/*',
  '*://im.kwaixiaodian.com/*',
];

/** web_accessible_resources accepts origins only (a path other than /* makes Chrome refuse the whole extension). */
export const CHAT_ORIGINS = [...new Set(CHAT_MATCHES.map((m) => m.replace(/^(\*:\/\/[^/]+)\/.*$/, '$1/*')))];
