import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { CHAT_ORIGINS } from './lib/content/matches';


export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  imports: false,
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'alarms', 'notifications', 'tabs'],
    web_accessible_resources: [{ resources: ['panel.html'], matches: CHAT_ORIGINS }],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'kefu-sidekick@kefu.example',
          strict_min_version: '115.0',
          // Nothing leaves the browser: all data stays in the extension's storage.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
