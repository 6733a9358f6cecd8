import { CATEGORY_INFO } from './category-info';
import { effectiveRules } from './engine';
import { RULE_TEXT } from './rule-text';
import { PLATFORM_IDS, type PlatformId, type RuleInfo, type Severity } from './types';

/**
 * Built-in rules for the options page. With a platform: the rules that run there, at that platform's severity.
 * Without: every rule once, at its common severity (or its first platform's), with per-platform differences listed.
 */
export function listRules(platform?: PlatformId): RuleInfo[] {
  const byId = new Map<string, RuleInfo>();
  const severities = new Map<string, Partial<Record<PlatformId, Severity>>>();
  for (const p of platform ? [platform] : PLATFORM_IDS) {
    for (const { def, severity } of effectiveRules(p)) {
      const sev = severities.get(def.id) ?? {};
      sev[p] = severity;
      severities.set(def.id, sev);
      const known = byId.get(def.id);
      if (known) {
        known.platforms.push(p);
        continue;
      }
      const text = RULE_TEXT[def.id] ?? [def.id, def.id, def.why];
      const info: RuleInfo = {
        id: def.id,
        category: def.cat,
        severity: def.sev,
        platforms: [p],
        label: { zh: text[0], en: text[1] },
        reason: { zh: def.why, en: text[2] },
        basis: def.basis ?? CATEGORY_INFO[def.cat].basis,
      };
      if (def.fix) info.suggestion = def.fix;
      byId.set(def.id, info);
    }
  }
  for (const info of byId.values()) {
    const sev = severities.get(info.id)!;
    const base = platform ? sev[platform]! : sev.generic ?? sev[info.platforms[0]!]!;
    info.severity = base;
    const diff = Object.fromEntries(Object.entries(sev).filter(([, s]) => s !== base)) as Partial<
      Record<PlatformId, Severity>
    >;
    if (Object.keys(diff).length > 0) info.severityByPlatform = diff;
  }
  return [...byId.values()];
}
