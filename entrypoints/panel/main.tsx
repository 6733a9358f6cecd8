import { render } from 'preact';
import { browser } from 'wxt/browser';
import { BuyerController } from '@/components/panel/buyer-controller';
import { tagCatalogStore } from '@/components/panel/catalog-store';
import { connectToChatPage } from '@/components/panel/chat-port';
import { DataClient } from '@/components/panel/data-client';
import { followLibrary } from '@/components/panel/library-source';
import { PanelApp } from '@/components/panel/PanelApp';
import { PanelController } from '@/components/panel/panel-controller';
import '@/components/panel/panel.css';
import { createFullChecker } from '@/lib/redline-model/checker';
import { loadModel, type LoadedModel, type RedlineModel } from '@/lib/redline-model/model';
import type { PlatformId } from '@/lib/redline/types';
import { readRedlineSettings, readSettings, REDLINE_SETTINGS_KEY, SETTINGS_KEY, type Settings } from '@/lib/settings';

const data = new DataClient();
let settings: Settings = readSettings(undefined);
let pageUrl: string | undefined;
let platform: PlatformId | null = null;
let redline = readRedlineSettings(undefined);
let model: LoadedModel | null = null;
/** The same judgement as kefu check: the page's platform pack, the shop's rules, and the model. */
const rejudge = () => {
  if (platform && model) controller.setChecker(createFullChecker({ platform, ...redline }, model));
};
// The model's weights (~1.5 MB) are fetched after the panel is drawn, not parsed before it: until they are in, the draft
// is judged by the rules alone, as the gate in the page judges it.
void import('@/lib/redline-model/weights.json').then((weights) => {
  model = loadModel(weights.default as unknown as RedlineModel);
  rejudge();
});
const port = connectToChatPage();
const controller = new PanelController({
  post: (message) => port.post(message),
  recordPick: (replyId, tokens) => data.call('usage.pick', { replyId, tokens }),
  editedAfterInsert: (replyId) => data.call('usage.edited', { replyId }),
  saveAsReply: async (content) => void (await data.call('library.saveSent', { content })),
  variables: () => ({ shopName: settings.shopName, agentName: settings.agentName }),
  now: () => new Date(),
});
const buyer = new BuyerController({ call: (m, p) => data.call(m, p), now: () => Date.now(), url: () => pageUrl });
const catalog = tagCatalogStore();

port.onMessage((message) => {
  controller.receive(message);
  if (message.type === 'page') {
    pageUrl = message.url;
    if (message.platform !== platform) {
      platform = message.platform;
      rejudge();
    }
  }
  if (message.type === 'conversation') buyer.onConversation(message.buyer, message.messages);
});
port.onStatus((connected) => controller.setConnected(connected));
// The chat page is reloading or the panel closing: the note being typed is saved now.
addEventListener('pagehide', () => void buyer.flushNote());
data.onReconnect(() => void buyer.reloadPromises());

render(
  <PanelApp controller={controller} buyer={buyer} catalog={catalog} onTagsAdded={(tags) => catalog.add(tags)} />,
  document.getElementById('app')!,
);
// For scripts/bench-extension.mjs: when the panel was first drawn, on this document's clock.
document.documentElement.dataset.renderedAt = String(Math.round(performance.now()));

void browser.storage.local.get([SETTINGS_KEY, REDLINE_SETTINGS_KEY]).then((got) => {
  settings = readSettings(got[SETTINGS_KEY]);
  redline = readRedlineSettings(got[REDLINE_SETTINGS_KEY]);
  rejudge();
  controller.refresh();
});
browser.storage.local.onChanged.addListener((changes) => {
  if (changes[REDLINE_SETTINGS_KEY]) {
    redline = readRedlineSettings(changes[REDLINE_SETTINGS_KEY].newValue);
    rejudge();
  }
  if (!changes[SETTINGS_KEY]) return;
  settings = readSettings(changes[SETTINGS_KEY].newValue);
  controller.refresh();
});
followLibrary(data, (index) => controller.setIndex(index));
