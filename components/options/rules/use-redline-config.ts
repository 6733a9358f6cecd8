import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type PlatformId, type RedlineEngine } from '@/lib/redline';
import { bundledModel, createFullChecker } from '@/lib/redline-model';
import {
  readRedlineSettings,
  readSettings,
  REDLINE_SETTINGS_KEY,
  SETTINGS_KEY,
  type RedlineSettings,
} from '@/lib/settings';
import type { CustomRuleForm } from './custom-rule-form';
import {
  commitCustomRule,
  DEFAULT_AUDIT_PLATFORM,
  loadRedlineConfig,
  writePlatform,
  writeRedlineSettings,
  type CustomRuleCommit,
  type RedlineConfig,
  type SettingsStore,
} from './redline-store';

export interface RedlineConfigState {
  /** null until storage has answered */
  config: RedlineConfig | null;
  /** The engine for the shop's platform and settings; rebuilt only when they change. */
  engine: RedlineEngine | null;
  /** Applies an edit to the latest settings (not a render's possibly stale copy) and saves the result. */
  updateRedline(edit: (current: RedlineSettings) => RedlineSettings): Promise<void>;
  savePlatform(platform: PlatformId): Promise<void>;
  /** Validates and saves the form's rule; nothing is written when it does not validate. */
  commitCustomRule(form: CustomRuleForm): Promise<CustomRuleCommit>;
}

const store: SettingsStore = browser.storage.local;
const EMPTY: RedlineSettings = { custom: [], disabled: [] };

/**
 * The shop's platform and red-line settings, live: a change saved in another tab (or by this one) arrives through
 * storage.onChanged, so the rules tab and the library marks always show what the chat pages enforce.
 */
export function useRedlineConfig(): RedlineConfigState {
  const [platform, setPlatform] = useState<PlatformId | null>(null);
  const [redline, setRedlineState] = useState<RedlineSettings | null>(null);
  const latest = useRef<RedlineSettings | null>(null);
  const setRedline = (next: RedlineSettings) => {
    latest.current = next;
    setRedlineState(next);
  };

  const reload = () =>
    loadRedlineConfig(store).then((c) => {
      setPlatform(c.platform);
      setRedline(c.redline);
    });

  useEffect(() => {
    let cancelled = false;
    void loadRedlineConfig(store).then((c) => {
      if (cancelled) return;
      setPlatform(c.platform);
      setRedline(c.redline);
    });
    const onChanged = (changes: Record<string, { newValue?: unknown }>) => {
      if (changes[SETTINGS_KEY]) {
        setPlatform(readSettings(changes[SETTINGS_KEY].newValue).platform ?? DEFAULT_AUDIT_PLATFORM);
      }
      if (changes[REDLINE_SETTINGS_KEY]) setRedline(readRedlineSettings(changes[REDLINE_SETTINGS_KEY].newValue));
    };
    browser.storage.local.onChanged.addListener(onChanged);
    return () => {
      cancelled = true;
      browser.storage.local.onChanged.removeListener(onChanged);
    };
  }, []);

  // Storage echoes every save back as a new object: keyed by content, the engine (and the library marks computed from
  // it) is rebuilt only when a rule really changed.
  const redlineKey = redline ? JSON.stringify(redline) : '';
  const config = useMemo(() => (platform && redline ? { platform, redline } : null), [platform, redlineKey]);
  const engine = useMemo(
    () =>
      config
        ? createFullChecker(
            { platform: config.platform, custom: config.redline.custom, disabled: config.redline.disabled },
            bundledModel(),
          )
        : null,
    [config]
  );

  // A failed write leaves the page showing what storage really holds, then lets the caller report it.
  const guarded = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (e) {
      await reload().catch(() => undefined);
      throw e;
    }
  };

  return {
    config,
    engine,
    updateRedline(edit) {
      const next = edit(latest.current ?? EMPTY);
      setRedline(next);
      return guarded(() => writeRedlineSettings(store, next));
    },
    savePlatform(next) {
      setPlatform(next);
      return guarded(() => writePlatform(store, next));
    },
    commitCustomRule(form) {
      return guarded(async () => {
        const result = await commitCustomRule(store, latest.current ?? EMPTY, form);
        if (result.ok) setRedline(result.settings);
        return result;
      });
    },
  };
}
