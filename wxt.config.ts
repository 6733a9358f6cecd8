import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Chat pages the content script runs on (platforms.md). Taobao/Tmall live reception runs in the desktop
// AliWorkbench client, which no extension can reach, so there is no match for it.
export const CHAT_MATCHES = [
  '*://mms.pinduoduo.com/chat-merchant/*',
  '*://im.jinritemai.com/*',
  '*://pigeon.jinritemai.com/*',
  '*://dongdong.jd.com/*',
  '*://im.kwaixiaodian.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'notifications', 'tabs'],
    web_accessible_resources: [{ resources: ['panel.html'], matches: CHAT_MATCHES }],
  },
});
