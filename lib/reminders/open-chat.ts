import { chatUrlToOpen, pickChatTab, type ChatTarget, type TabLike } from './chat-tab';

/** The slice of the extension API that going back to a chat needs (`browser` fits; tests pass a fake). */
export interface ChatTabsApi {
  tabs: {
    query(query: Record<string, never>): Promise<TabLike[]>;
    update(tabId: number, props: { active: boolean }): Promise<unknown>;
    create(props: { url: string; active: boolean }): Promise<unknown>;
  };
  windows: {
    update(windowId: number, props: { focused: boolean }): Promise<unknown>;
  };
}

export type OpenChatResult = { action: 'focused'; tabId: number } | { action: 'opened'; url: string } | { action: 'none' };

/**
 * Brings the promise's chat in front: focuses the tab that shows it, or opens its page. Only the tab and its window are
 * raised — the conversation inside the page is never switched and nothing is sent: the agent stays in control.
 */
export async function openChat(api: ChatTabsApi, target: ChatTarget): Promise<OpenChatResult> {
  const tab = pickChatTab(await api.tabs.query({}), target);
  if (tab?.id !== undefined) {
    await api.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await api.windows.update(tab.windowId, { focused: true });
    return { action: 'focused', tabId: tab.id };
  }
  const url = chatUrlToOpen(target);
  if (!url) return { action: 'none' };
  await api.tabs.create({ url, active: true });
  return { action: 'opened', url };
}
