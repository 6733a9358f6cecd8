import { browser } from 'wxt/browser';
import { readTagCatalog, TAG_CATALOG_KEY, withTags } from '@/lib/settings/tags';
import type { Store } from './use-controller';

/** The shop's tag list from extension storage, live. */
export function tagCatalogStore(): Store<string[]> & { add(tags: string[]): void } {
  const listeners = new Set<() => void>();
  const store = {
    state: readTagCatalog(undefined),
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    add(tags: string[]) {
      const next = withTags(store.state, tags);
      if (next.length !== store.state.length) void browser.storage.local.set({ [TAG_CATALOG_KEY]: next });
    },
  };
  const set = (raw: unknown) => {
    store.state = readTagCatalog(raw);
    listeners.forEach((l) => l());
  };
  void browser.storage.local.get(TAG_CATALOG_KEY).then((got) => set(got[TAG_CATALOG_KEY]));
  browser.storage.local.onChanged.addListener((changes) => {
    if (changes[TAG_CATALOG_KEY]) set(changes[TAG_CATALOG_KEY].newValue);
  });
  return store;
}
