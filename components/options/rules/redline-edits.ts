import type { CustomRule } from '@/lib/redline';
import type { RedlineSettings } from '@/lib/settings';

/** Edits of the shop's red-line settings. Pure: each returns new settings and leaves its input alone. */

export function setBuiltInEnabled(settings: RedlineSettings, ruleId: string, enabled: boolean): RedlineSettings {
  const disabled = settings.disabled.filter((id) => id !== ruleId);
  if (!enabled) disabled.push(ruleId);
  return { ...settings, disabled: disabled.sort() };
}

/** Replaces the rule with the same id in place, or adds it at the end. */
export function putCustomRule(settings: RedlineSettings, rule: CustomRule): RedlineSettings {
  const at = settings.custom.findIndex((c) => c.id === rule.id);
  const custom = [...settings.custom];
  if (at >= 0) custom[at] = rule;
  else custom.push(rule);
  return { ...settings, custom };
}

export function setCustomEnabled(settings: RedlineSettings, id: string, enabled: boolean): RedlineSettings {
  return { ...settings, custom: settings.custom.map((c) => (c.id === id ? { ...c, enabled } : c)) };
}

export interface RemovedCustomRule {
  rule: CustomRule;
  index: number;
}

export function removeCustomRule(
  settings: RedlineSettings,
  id: string
): { settings: RedlineSettings; removed: RemovedCustomRule | null } {
  const index = settings.custom.findIndex((c) => c.id === id);
  if (index < 0) return { settings, removed: null };
  return {
    settings: { ...settings, custom: settings.custom.filter((c) => c.id !== id) },
    removed: { rule: settings.custom[index]!, index },
  };
}

/** Undo of a delete: the rule goes back where it was (or last, if the list has shrunk since). */
export function restoreCustomRule(settings: RedlineSettings, removed: RemovedCustomRule): RedlineSettings {
  if (settings.custom.some((c) => c.id === removed.rule.id)) return settings;
  const custom = [...settings.custom];
  custom.splice(Math.min(removed.index, custom.length), 0, removed.rule);
  return { ...settings, custom };
}
