/**
 * The shop's own buyer tags, offered for one-click tagging in the panel. A tag typed for a buyer joins the list.
 * Kept in `browser.storage.local` under its own key.
 */
export const TAG_CATALOG_KEY = 'buyerTags';

export const DEFAULT_TAGS = ['老顾客', 'VIP', '怕压', '只收顺丰', '易过敏', '生日', '已补偿', '难沟通'] as const;

export function readTagCatalog(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [...DEFAULT_TAGS];
  const tags = raw.filter((t): t is string => typeof t === 'string' && t.trim() !== '').map((t) => t.trim().slice(0, 12));
  return [...new Set(tags)];
}

/** Adds tags to the catalog, keeping order and at most 40 (the panel shows them as one-click chips). */
export function withTags(catalog: readonly string[], tags: readonly string[]): string[] {
  return [...new Set([...catalog, ...tags.map((t) => t.trim()).filter(Boolean)])].slice(0, 40);
}
