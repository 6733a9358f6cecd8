import { describe, expect, it } from 'vitest';
import type { CustomRule } from '@/lib/redline';
import type { RedlineSettings } from '@/lib/settings';
import {
  putCustomRule,
  removeCustomRule,
  restoreCustomRule,
  setBuiltInEnabled,
  setCustomEnabled,
} from '@/components/options/rules/redline-edits';

const rule = (id: string, pattern: string): CustomRule => ({
  id,
  pattern,
  category: 'off_platform',
  severity: 'block',
  enabled: true,
});
const base: RedlineSettings = { custom: [rule('a', '小号'), rule('b', '私聊'), rule('c', '转我')], disabled: ['x.y'] };

describe('switching built-in rules', () => {
  it.each<[string[], string, boolean, string[]]>([
    [[], 'absolute.best', false, ['absolute.best']],
    [['absolute.best'], 'absolute.best', true, []],
    [['absolute.best'], 'absolute.best', false, ['absolute.best']],
    [['invoice.refuse'], 'absolute.best', false, ['absolute.best', 'invoice.refuse']],
    [[], 'absolute.best', true, []],
  ])('disabled %j, set %s on=%s → %j', (disabled, id, on, expected) => {
    const before = { custom: [], disabled };
    expect(setBuiltInEnabled(before, id, on).disabled).toEqual(expected);
    expect(before.disabled).toEqual(disabled);
  });
});

describe('editing shop rules', () => {
  it('replaces a rule with the same id in place and adds a new one last', () => {
    const edited = putCustomRule(base, { ...rule('b', '私信'), severity: 'warn' });
    expect(edited.custom.map((c) => [c.id, c.pattern])).toEqual([
      ['a', '小号'],
      ['b', '私信'],
      ['c', '转我'],
    ]);
    expect(putCustomRule(base, rule('d', '刷单')).custom.map((c) => c.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(base.custom[1]!.pattern).toBe('私聊');
  });

  it('switches one rule off without touching the others', () => {
    const next = setCustomEnabled(base, 'c', false);
    expect(next.custom.map((c) => c.enabled)).toEqual([true, true, false]);
    expect(next.disabled).toEqual(['x.y']);
  });

  it.each([0, 1, 2])('deletes rule #%d and undo puts it back where it was', (index) => {
    const id = base.custom[index]!.id;
    const { settings, removed } = removeCustomRule(base, id);
    expect(settings.custom.some((c) => c.id === id)).toBe(false);
    expect(removed).toEqual({ rule: base.custom[index], index });
    expect(restoreCustomRule(settings, removed!)).toEqual(base);
  });

  it('ignores deleting a rule that is gone, and restoring one that is back', () => {
    expect(removeCustomRule(base, 'zz')).toEqual({ settings: base, removed: null });
    expect(restoreCustomRule(base, { rule: base.custom[0]!, index: 2 })).toBe(base);
  });
});
