import { browser, type Browser } from 'wxt/browser';
import { PANEL_PORT_NAME, type ContentToPanel, type PanelToContent } from '@/lib/messaging/protocol';

export interface ChatPort {
  post(message: PanelToContent): void;
  onMessage(listener: (message: ContentToPanel) => void): void;
  onStatus(listener: (connected: boolean) => void): void;
}

/**
 * Opens the port to the content script of the tab this panel is embedded in (frame 0). Messages posted before the port is
 * open wait in a queue; only the newest `suggestions` matters, so older ones are dropped.
 */
export function connectToChatPage(): ChatPort {
  const listeners: ((m: ContentToPanel) => void)[] = [];
  const statusListeners: ((c: boolean) => void)[] = [];
  let port: Browser.runtime.Port | null = null;
  let queue: PanelToContent[] = [];
  const setStatus = (connected: boolean) => statusListeners.forEach((l) => l(connected));

  void browser.tabs.getCurrent().then((tab) => {
    if (tab?.id === undefined) return;
    port = browser.tabs.connect(tab.id, { name: PANEL_PORT_NAME, frameId: 0 });
    port.onMessage.addListener((m: unknown) => listeners.forEach((l) => l(m as ContentToPanel)));
    port.onDisconnect.addListener(() => {
      port = null;
      setStatus(false);
    });
    setStatus(true);
    port.postMessage({ type: 'hello' } satisfies PanelToContent);
    for (const m of queue) port.postMessage(m);
    queue = [];
  });

  return {
    post(message) {
      if (port) port.postMessage(message);
      else if (message.type === 'suggestions') queue = [...queue.filter((m) => m.type !== 'suggestions'), message];
      else queue.push(message);
    },
    onMessage: (l) => listeners.push(l),
    onStatus: (l) => statusListeners.push(l),
  };
}
