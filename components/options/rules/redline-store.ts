import type { Bilingual, CustomRule, PlatformId } from '@/lib/redline';
import {
  readRedlineSettings,
  readSettings,
  REDLINE_SETTINGS_KEY,
  SETTINGS_KEY,
  type RedlineSettings,
} from '@/lib/settings';
import { ruleFromForm, type CustomRuleForm } from './custom-rule-form';
import { putCustomRule } from './redline-edits';

/** The part of `browser.storage.local` the rules tab uses; a plain object in tests. */
export interface SettingsStore {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** What decides which red lines apply in the options page: the shop's main platform and its own settings. */
export interface RedlineConfig {
  platform: PlatformId;
  redline: RedlineSettings;
}

/** Settings written before the platform field existed mean the common pack alone. */
export const DEFAULT_AUDIT_PLATFORM: PlatformId = 'generic';

export function configFromStorage(got: Record<string, unknown>): RedlineConfig {
  return {
    platform: readSettings(got[SETTINGS_KEY]).platform ?? DEFAULT_AUDIT_PLATFORM,
    redline: readRedlineSettings(got[REDLINE_SETTINGS_KEY]),
  };
}

export async function loadRedlineConfig(store: SettingsStore): Promise<RedlineConfig> {
  return configFromStorage(await store.get([SETTINGS_KEY, REDLINE_SETTINGS_KEY]));
}

/** Stored as exactly `{ custom, disabled }`: the shape the content script reads back with readRedlineSettings. */
export async function writeRedlineSettings(store: SettingsStore, settings: RedlineSettings): Promise<void> {
  await store.set({
    [REDLINE_SETTINGS_KEY]: {
      custom: settings.custom.map((c) => ({ ...c })),
      disabled: [...new Set(settings.disabled)].sort(),
    },
  });
}

/**
 * Sets Settings.platform on the freshest stored settings, so a shop name typed in another tab a moment ago is kept;
 * fields this version does not know are kept too.
 */
export async function writePlatform(store: SettingsStore, platform: PlatformId): Promise<void> {
  const got = await store.get([SETTINGS_KEY]);
  const raw = got[SETTINGS_KEY];
  const known = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  await store.set({ [SETTINGS_KEY]: { ...known, ...readSettings(raw), platform } });
}

export type CustomRuleCommit =
  | { ok: true; settings: RedlineSettings; rule: CustomRule }
  | { ok: false; error: Bilingual };

/** Saves the form's rule if it validates; a rule that does not is reported and nothing is written. */
export async function commitCustomRule(
  store: SettingsStore,
  current: RedlineSettings,
  form: CustomRuleForm,
  newId?: () => string
): Promise<CustomRuleCommit> {
  const checked = ruleFromForm(form, newId);
  if (!checked.ok) return checked;
  const settings = putCustomRule(current, checked.rule);
  await writeRedlineSettings(store, settings);
  return { ok: true, settings, rule: checked.rule };
}
