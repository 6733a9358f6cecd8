import {
  CATEGORY_IDS,
  CATEGORY_INFO,
  listRules,
  PLATFORM_IDS,
  type CategoryId,
  type CategoryInfo,
  type PlatformId,
  type RuleInfo,
  type Severity,
} from '@/lib/redline';

/** One built-in rule as the rules tab shows it for the chosen platform. */
export interface RuleRow {
  /** The rule as it runs on the chosen platform (severity included). */
  rule: RuleInfo;
  /** Other platforms where the rule runs at another severity, one entry per severity. */
  elsewhere: Array<{ severity: Severity; platforms: PlatformId[] }>;
  /** The platforms a platform-pack rule runs on; null when it runs everywhere. */
  onlyOn: PlatformId[] | null;
  enabled: boolean;
}

export interface RuleGroup {
  category: CategoryId;
  info: CategoryInfo;
  rows: RuleRow[];
  /** How many rows of the group are switched off. */
  off: number;
}

/**
 * The built-in rules that run on `platform`, grouped by category in the contract's order, each with the severity it has
 * there and where that differs elsewhere, so a shop selling on several platforms sees all of it from one view.
 */
export function groupRules(platform: PlatformId, disabled: readonly string[]): RuleGroup[] {
  const everywhere = new Map(listRules().map((r) => [r.id, r]));
  const off = new Set(disabled);
  const groups = new Map<CategoryId, RuleGroup>();
  for (const rule of listRules(platform)) {
    const all = everywhere.get(rule.id);
    const row: RuleRow = {
      rule,
      elsewhere: all ? severityElsewhere(all, platform, rule.severity) : [],
      onlyOn: all && all.platforms.length < PLATFORM_IDS.length ? inPlatformOrder(all.platforms) : null,
      enabled: !off.has(rule.id),
    };
    let group = groups.get(rule.category);
    if (!group) {
      group = { category: rule.category, info: CATEGORY_INFO[rule.category], rows: [], off: 0 };
      groups.set(rule.category, group);
    }
    group.rows.push(row);
    if (!row.enabled) group.off++;
  }
  return CATEGORY_IDS.flatMap((c) => {
    const g = groups.get(c);
    return g ? [g] : [];
  });
}

function severityElsewhere(
  all: RuleInfo,
  platform: PlatformId,
  here: Severity
): Array<{ severity: Severity; platforms: PlatformId[] }> {
  const bySeverity = new Map<Severity, PlatformId[]>();
  for (const p of inPlatformOrder(all.platforms)) {
    if (p === platform) continue;
    const sev = all.severityByPlatform?.[p] ?? all.severity;
    if (sev === here) continue;
    bySeverity.set(sev, [...(bySeverity.get(sev) ?? []), p]);
  }
  return [...bySeverity].map(([severity, platforms]) => ({ severity, platforms }));
}

const inPlatformOrder = (ps: readonly PlatformId[]) => PLATFORM_IDS.filter((p) => ps.includes(p));

/** Totals for the summary line: rules on the platform, how many of them are off. */
export function countRules(groups: readonly RuleGroup[]): { total: number; off: number } {
  return groups.reduce((t, g) => ({ total: t.total + g.rows.length, off: t.off + g.off }), { total: 0, off: 0 });
}
