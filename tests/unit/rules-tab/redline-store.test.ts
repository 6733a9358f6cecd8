import { describe, expect, it, vi } from 'vitest';
import { createRedlineEngine, type CustomRule } from '@/lib/redline';
import { readRedlineSettings, readSettings, REDLINE_SETTINGS_KEY, SETTINGS_KEY } from '@/lib/settings';
import { EMPTY_CUSTOM_RULE_FORM } from '@/components/options/rules/custom-rule-form';
import {
  commitCustomRule,
  configFromStorage,
  loadRedlineConfig,
  writePlatform,
  writeRedlineSettings,
  type SettingsStore,
} from '@/components/options/rules/redline-store';

/** An in-memory stand-in for browser.storage.local that records every write. */
function memoryStore(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  const store: SettingsStore & { data: Record<string, unknown> } = {
    data,
    get: vi.fn(async (keys: string[]) => Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, data[k]]))),
    set: vi.fn(async (items: Record<string, unknown>) => {
      // Storage keeps a structured clone, never the caller's object.
      Object.assign(data, structuredClone(items));
    }),
  };
  return store;
}

const rule = (patch: Partial<CustomRule> = {}): CustomRule => ({
  id: 'shop-1',
  pattern: '加我小号',
  category: 'off_platform',
  severity: 'block',
  enabled: true,
  ...patch,
});

describe('Settings.platform', () => {
  it.each<[unknown, string | undefined]>([
    [{ platform: 'jd' }, 'jd'],
    [{ platform: 'taobao', shopName: '青禾' }, 'taobao'],
    [{ platform: 'tmall' }, undefined],
    [{ platform: 3 }, undefined],
    [{}, undefined],
    [undefined, undefined],
  ])('reads %j as platform %s', (raw, platform) => {
    expect(readSettings(raw).platform).toBe(platform);
  });

  it.each<[unknown, string]>([
    [undefined, 'generic'],
    [{ shopName: '青禾' }, 'generic'],
    [{ platform: 'nope' }, 'generic'],
    [{ platform: 'kuaishou' }, 'kuaishou'],
  ])('audits the library of settings %j on %s', (raw, platform) => {
    expect(configFromStorage({ [SETTINGS_KEY]: raw }).platform).toBe(platform);
  });

  it('is written without losing the names typed elsewhere or fields this version does not know', async () => {
    const store = memoryStore({
      [SETTINGS_KEY]: { shopName: '青禾旗舰店', agentName: '小禾', collapsed: true, later: 1 },
    });
    await writePlatform(store, 'douyin');
    expect(store.data[SETTINGS_KEY]).toEqual({
      shopName: '青禾旗舰店',
      agentName: '小禾',
      collapsed: true,
      later: 1,
      platform: 'douyin',
    });
    expect((await loadRedlineConfig(store)).platform).toBe('douyin');
  });
});

describe('red-line settings round trip', () => {
  it('writes exactly { custom, disabled } and reads back what was written', async () => {
    const store = memoryStore();
    const settings = {
      custom: [rule(), rule({ id: 'shop-2', pattern: '私[聊信]我', isRegex: true, severity: 'warn', note: '私聊' })],
      disabled: ['invoice.refuse', 'absolute.best', 'absolute.best'],
    };
    await writeRedlineSettings(store, settings);
    const stored = store.data[REDLINE_SETTINGS_KEY] as Record<string, unknown>;
    expect(Object.keys(stored).sort()).toEqual(['custom', 'disabled']);
    expect(stored.disabled).toEqual(['absolute.best', 'invoice.refuse']);
    // The content script reads the key with readRedlineSettings: it must see every rule that was saved.
    expect(readRedlineSettings(stored)).toEqual({
      custom: settings.custom,
      disabled: ['absolute.best', 'invoice.refuse'],
    });
    expect((await loadRedlineConfig(store)).redline).toEqual(readRedlineSettings(stored));
  });

  it('starts empty when nothing was saved', async () => {
    expect(await loadRedlineConfig(memoryStore())).toEqual({
      platform: 'generic',
      redline: { custom: [], disabled: [] },
    });
  });
});

describe('commitCustomRule', () => {
  it.each([
    ['(a+)+', true],
    ['私[聊', true],
    ['   ', false],
    ['的', false],
  ])('rejects pattern %j (regex %s) with both languages and writes nothing', async (pattern, isRegex) => {
    const store = memoryStore({ [REDLINE_SETTINGS_KEY]: { custom: [rule()], disabled: [] } });
    const before = structuredClone(store.data);
    const result = await commitCustomRule(
      store,
      { custom: [rule()], disabled: [] },
      { ...EMPTY_CUSTOM_RULE_FORM, pattern, isRegex }
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(result.error.en).toMatch(/^[A-Z][a-z]+ [a-z]/);
    }
    expect(store.set).not.toHaveBeenCalled();
    expect(store.data).toEqual(before);
  });

  it('saves a good rule so that the engine the chat page builds from storage flags it', async () => {
    const store = memoryStore();
    const result = await commitCustomRule(
      store,
      { custom: [], disabled: [] },
      { ...EMPTY_CUSTOM_RULE_FORM, pattern: '加我小号', note: '引导加私人小号' },
      () => 'shop-new'
    );
    expect(result.ok).toBe(true);
    expect(store.set).toHaveBeenCalledTimes(1);
    const { custom, disabled } = readRedlineSettings(store.data[REDLINE_SETTINGS_KEY]);
    const flags = createRedlineEngine({ platform: 'pinduoduo', custom, disabled }).check('亲，有事加我小号聊');
    expect(flags.map((f) => [f.rule, f.category, f.severity])).toContainEqual([
      'custom:shop-new',
      'off_platform',
      'block',
    ]);
  });

  it('replaces the rule being edited instead of adding a second one', async () => {
    const store = memoryStore();
    const current = { custom: [rule(), rule({ id: 'shop-2', pattern: '转我' })], disabled: [] };
    const result = await commitCustomRule(store, current, {
      ...EMPTY_CUSTOM_RULE_FORM,
      id: 'shop-1',
      pattern: '加我大号',
      severity: 'warn',
    });
    expect(result.ok && result.settings.custom.map((c) => [c.id, c.pattern, c.severity])).toEqual([
      ['shop-1', '加我大号', 'warn'],
      ['shop-2', '转我', 'block'],
    ]);
  });
});
