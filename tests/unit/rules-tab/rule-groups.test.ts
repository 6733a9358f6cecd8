import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, listRules, PLATFORM_IDS } from '@/lib/redline';
import { countRules, groupRules } from '@/components/options/rules/rule-groups';

describe('groupRules', () => {
  it.each(PLATFORM_IDS.map((p) => [p]))('shows every rule of %s once, at that platform’s severity', (platform) => {
    const groups = groupRules(platform, []);
    const shown = groups.flatMap((g) => g.rows.map((r) => r.rule));
    const expected = listRules(platform);
    expect(shown.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    for (const rule of expected) expect(shown.find((r) => r.id === rule.id)?.severity).toBe(rule.severity);
    for (const g of groups) for (const row of g.rows) expect(row.rule.category).toBe(g.category);
  });

  it('orders categories as the contract lists them and leaves out empty ones', () => {
    const order = groupRules('generic', []).map((g) => g.category);
    expect(order).toEqual(CATEGORY_IDS.filter((c) => order.includes(c)));
    expect(order.length).toBeGreaterThan(5);
  });

  // Pack data belongs to lib/redline and changes as rules are tuned: the expectations are read from listRules per platform.
  const severityOn = new Map(PLATFORM_IDS.map((p) => [p, new Map(listRules(p).map((r) => [r.id, r.severity]))]));

  it.each(PLATFORM_IDS.map((p) => [p]))(
    'on %s, lists exactly the platforms where a rule runs at another severity',
    (platform) => {
      for (const { rule, elsewhere } of groupRules(platform, []).flatMap((g) => g.rows)) {
        const expected = PLATFORM_IDS.filter((q) => q !== platform && severityOn.get(q)!.has(rule.id)).filter(
          (q) => severityOn.get(q)!.get(rule.id) !== rule.severity
        );
        expect(elsewhere.flatMap((e) => e.platforms)).toEqual(expected);
        for (const e of elsewhere) {
          expect(e.severity).not.toBe(rule.severity);
          for (const q of e.platforms) expect(severityOn.get(q)!.get(rule.id)).toBe(e.severity);
        }
      }
    }
  );

  it.each(PLATFORM_IDS.map((p) => [p]))('on %s, names the platforms a platform-pack rule is limited to', (platform) => {
    for (const { rule, onlyOn } of groupRules(platform, []).flatMap((g) => g.rows)) {
      const runsOn = PLATFORM_IDS.filter((q) => severityOn.get(q)!.has(rule.id));
      expect(onlyOn).toEqual(runsOn.length === PLATFORM_IDS.length ? null : runsOn);
      if (onlyOn) expect(onlyOn).toContain(platform);
    }
  });

  it('has per-platform differences and platform-only rules to show (so the checks above are not vacuous)', () => {
    const rows = PLATFORM_IDS.flatMap((p) => groupRules(p, []).flatMap((g) => g.rows));
    expect(rows.some((r) => r.elsewhere.length > 0)).toBe(true);
    expect(rows.some((r) => r.onlyOn !== null)).toBe(true);
  });

  it('marks switched-off rules and counts them per category and overall', () => {
    const groups = groupRules('jd', ['absolute.best', 'absolute.guarantee', 'invoice.refuse', 'not.a.rule']);
    const absolute = groups.find((g) => g.category === 'absolute_claims')!;
    expect(absolute.off).toBe(2);
    expect(absolute.rows.filter((r) => !r.enabled).map((r) => r.rule.id)).toEqual([
      'absolute.best',
      'absolute.guarantee',
    ]);
    expect(countRules(groups)).toEqual({ total: listRules('jd').length, off: 3 });
  });

  it('keeps a rule that does not run on the platform switched off without counting it there', () => {
    // A Taobao-only rule (from its pack), switched off: it shows and counts nowhere else.
    const pdd = new Set(listRules('pinduoduo').map((r) => r.id));
    const taobaoOnly = listRules('taobao').find((r) => !pdd.has(r.id))!.id;
    const groups = groupRules('pinduoduo', [taobaoOnly]);
    expect(countRules(groups).off).toBe(0);
    expect(groups.flatMap((g) => g.rows).some((r) => r.rule.id === taobaoOnly)).toBe(false);
    expect(countRules(groupRules('taobao', [taobaoOnly])).off).toBe(1);
  });
});
