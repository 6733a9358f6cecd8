import { checkCustomRule, PLATFORM_IDS, type CustomRule, type PlatformId } from '../redline';

/**
 * Settings kept in `browser.storage.local` (extension storage: readable by the content script, invisible to the page).
 * Anything large or growing (library, buyers, promises) lives in IndexedDB instead.
 */
export interface Settings {
  /** The panel is collapsed to its handle. */
  collapsed: boolean;
  /** {店铺} */
  shopName: string;
  /** {客服} */
  agentName: string;
  /**
   * The shop's main platform: picks the rule pack the options page audits the reply library with. Absent means
   * 'generic' (the common pack alone); the chat page itself always uses the platform it is on.
   */
  platform?: PlatformId;
}

export const DEFAULT_SETTINGS: Settings = {
  collapsed: false,
  shopName: '',
  agentName: '',
};

export const SETTINGS_KEY = 'settings';

/** Reads settings from a raw storage value, tolerating missing or older shapes (fields are added, never renamed). */
export function readSettings(raw: unknown): Settings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    collapsed: typeof r.collapsed === 'boolean' ? r.collapsed : DEFAULT_SETTINGS.collapsed,
    shopName: typeof r.shopName === 'string' ? r.shopName : DEFAULT_SETTINGS.shopName,
    agentName: typeof r.agentName === 'string' ? r.agentName : DEFAULT_SETTINGS.agentName,
    // Left out rather than filled with 'generic', so settings stored before this field read back unchanged.
    ...((PLATFORM_IDS as readonly unknown[]).includes(r.platform) ? { platform: r.platform as PlatformId } : {}),
  };
}

/**
 * Shop-specific red-line settings, edited on the options page and read by the content script (which rebuilds its engine
 * when they change). Custom rules are validated again on read: storage can hold anything an older version wrote.
 */
export interface RedlineSettings {
  custom: CustomRule[];
  /** Built-in rule ids switched off by the shop. */
  disabled: string[];
}

export const REDLINE_SETTINGS_KEY = 'redline';

export function readRedlineSettings(raw: unknown): RedlineSettings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const custom = Array.isArray(r.custom)
    ? r.custom.flatMap((c) => {
        const checked = checkCustomRule(c);
        return checked.ok ? [checked.rule] : [];
      })
    : [];
  const disabled = Array.isArray(r.disabled) ? r.disabled.filter((d): d is string => typeof d === 'string') : [];
  return { custom, disabled };
}
