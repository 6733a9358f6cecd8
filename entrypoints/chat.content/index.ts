import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { pickAdapter } from '@/lib/adapters';
import { ContentApp, type PanelPort } from '@/lib/content/content-app';
import { CHAT_MATCHES } from '@/lib/content/matches';
import { PANEL_PORT_NAME, type PanelToContent } from '@/lib/messaging/protocol';
import { createRedlineEngine } from '@/lib/redline';
import { readRedlineSettings, readSettings, REDLINE_SETTINGS_KEY, SETTINGS_KEY } from '@/lib/settings';
import { countGateEvent, GATE_STATS_KEY, readGateStats } from '@/lib/settings/gate-stats';

function warmUp(work: () => void): void {
  if ('requestIdleCallback' in window) requestIdleCallback(work, { timeout: 2000 });
  else setTimeout(work, 200);
}

export default defineContentScript({
  matches: CHAT_MATCHES,
  // document_start: the send gate's window listeners must be registered before any page script adds its own.
  runAt: 'document_start',
  main(ctx) {
    const adapter = pickAdapter(location.href);
    let settings = readSettings(undefined);
    let statsWrite: Promise<void> = Promise.resolve();
    const app = new ContentApp(
      adapter,
      document,
      {
        panelUrl: browser.runtime.getURL('/panel.html'),
        labels: { handle: i18n.t('panelHandle'), frameTitle: i18n.t('panelFrameTitle') },
        get collapsed() {
          return settings.collapsed;
        },
        saveCollapsed(collapsed) {
          // Read-modify-write: the options page may have changed other settings since this page loaded.
          void browser.storage.local.get(SETTINGS_KEY).then((got) => {
            settings = { ...readSettings(got[SETTINGS_KEY]), collapsed };
            return browser.storage.local.set({ [SETTINGS_KEY]: settings });
          });
        },
        countGate(event, flags) {
          // Serialised through one promise so two quick events do not overwrite each other's count.
          statsWrite = statsWrite.then(async () => {
            const got = await browser.storage.local.get(GATE_STATS_KEY);
            const next = countGateEvent(readGateStats(got[GATE_STATS_KEY]), event, flags, Date.now());
            await browser.storage.local.set({ [GATE_STATS_KEY]: next });
          });
        },
        onPanelConnect(listener) {
          browser.runtime.onConnect.addListener((port) => {
            // Only our own panel page may drive the chat input.
            if (port.name !== PANEL_PORT_NAME || port.sender?.id !== browser.runtime.id) return;
            const panelPort: PanelPort = {
              post: (m) => port.postMessage(m),
              onMessage: (l) => port.onMessage.addListener((m) => l(m as PanelToContent)),
              onDisconnect: (l) => port.onDisconnect.addListener(() => l()),
            };
            listener(panelPort);
          });
        },
      },
      createRedlineEngine({ platform: adapter.platform }),
    );
    app.installGates();
    ctx.onInvalidated(() => app.stop());

    // The shop's own red-line rules: the engine is rebuilt whenever the options page changes them.
    const useRules = (raw: unknown) => {
      const { custom, disabled } = readRedlineSettings(raw);
      const engine = createRedlineEngine({ platform: adapter.platform, custom, disabled });
      // The first check compiles the rules' expressions (~100–200 ms): do it while the page is idle, not on the
      // agent's first keystroke or Enter.
      warmUp(() => engine.check('亲,您好,这边给您查一下哦'));
      app.setChecker(engine);
    };
    browser.storage.local.onChanged.addListener((changes) => {
      if (changes[REDLINE_SETTINGS_KEY]) useRules(changes[REDLINE_SETTINGS_KEY].newValue);
    });
    const ready = browser.storage.local.get([SETTINGS_KEY, REDLINE_SETTINGS_KEY]).then((got) => {
      settings = readSettings(got[SETTINGS_KEY]);
      useRules(got[REDLINE_SETTINGS_KEY]);
    });
    const domReady = new Promise<void>((resolve) => {
      if (document.readyState !== 'loading') resolve();
      else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
    });
    void Promise.all([ready, domReady]).then(() => app.start());
  },
});
