import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PanelApp } from '@/components/panel/PanelApp';
import { connectToChatPage } from '@/components/panel/chat-port';
import { DataClient } from '@/components/panel/data-client';
import { followLibrary } from '@/components/panel/library-source';
import { PanelController } from '@/components/panel/panel-controller';
import '@/components/panel/panel.css';
import { readSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';

const data = new DataClient();
let settings: Settings = readSettings(undefined);
const port = connectToChatPage();
const controller = new PanelController({
  post: (message) => port.post(message),
  recordPick: (replyId, tokens) => data.call('usage.pick', { replyId, tokens }),
  variables: () => ({ shopName: settings.shopName, agentName: settings.agentName }),
  now: () => new Date(),
});
port.onMessage((message) => controller.receive(message));
port.onStatus((connected) => controller.setConnected(connected));
render(<PanelApp controller={controller} />, document.getElementById('app')!);

void browser.storage.local.get(SETTINGS_KEY).then((got) => {
  settings = readSettings(got[SETTINGS_KEY]);
  controller.refresh();
});
browser.storage.local.onChanged.addListener((changes) => {
  if (!changes[SETTINGS_KEY]) return;
  settings = readSettings(changes[SETTINGS_KEY].newValue);
  controller.refresh();
});
followLibrary(data, (index) => controller.setIndex(index));
