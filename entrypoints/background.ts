import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { DataService } from '@/lib/background/data-service';
import { startReminders } from '@/lib/background/reminders';
import { getDb } from '@/lib/db';
import { DATA_PORT_NAME, type DataRequest } from '@/lib/messaging/data-protocol';
import { STARTER_LIBRARY } from '@/lib/replies';

export default defineBackground(() => {
  const data = new DataService(getDb(), { starter: STARTER_LIBRARY });
  startReminders(getDb());

  browser.runtime.onInstalled.addListener(() => {
    void data.ensureSeeded();
  });

  // The panel's data line (the panel cannot open IndexedDB itself: see lib/messaging/data-protocol.ts).
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== DATA_PORT_NAME || port.sender?.id !== browser.runtime.id) return;
    const unsubscribe = data.subscribe((push) => port.postMessage(push));
    port.onMessage.addListener((message: unknown) => {
      void data.handle(message as DataRequest).then((response) => {
        try {
          port.postMessage(response);
        } catch {
          // The panel went away while we answered.
        }
      });
    });
    port.onDisconnect.addListener(unsubscribe);
  });
});
