import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readRedlineSettings, readSettings } from '@/lib/settings';

describe('settings from storage', () => {
  it.each([undefined, null, 'x', 3, []])('falls back to defaults for %o', (raw) => {
    expect(readSettings(raw)).toEqual(DEFAULT_SETTINGS);
    expect(readRedlineSettings(raw)).toEqual({ custom: [], disabled: [] });
  });

  it('keeps known fields of the right type and drops the rest', () => {
    expect(readSettings({ collapsed: true, shopName: '青禾', agentName: 5, extra: 1 })).toEqual({
      collapsed: true,
      shopName: '青禾',
      agentName: '',
    });
  });

  it('drops custom rules that no longer validate, keeps good ones', () => {
    const good = { id: 'r1', pattern: '私聊', category: 'off_platform', severity: 'block', enabled: true };
    const bad = { id: 'r2', pattern: '(a+)+', isRegex: true, category: 'off_platform', severity: 'block', enabled: true };
    const settings = readRedlineSettings({ custom: [good, bad, 'junk'], disabled: ['absolute.best', 7] });
    expect(settings.custom.map((c) => c.id)).toEqual(['r1']);
    expect(settings.disabled).toEqual(['absolute.best']);
  });
});
