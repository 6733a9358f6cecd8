import { bundledModel, createFullChecker } from '@/lib/redline-model';
import {
  createRedlineEngine,
  listRules,
  type Bilingual,
  type CustomRule,
  type PlatformId,
  type RedlineEngine,
} from '@/lib/redline';
import type { RedlineSettings } from '@/lib/settings';
import { ruleFromForm, type CustomRuleForm } from './custom-rule-form';
import { putCustomRule } from './redline-edits';

/** The id a new, unsaved rule runs under in the try box (ids of saved rules never look like this). */
export const DRAFT_RULE_ID = 'draft';

export interface TrySetup {
  /** Saved settings with the form's rule put in place of (or beside) the saved one, when it validates. */
  settings: RedlineSettings;
  draftRule: CustomRule | null;
  draftError: Bilingual | null;
}

/** The settings the try box checks with: what is saved, as the open form would change it. */
export function settingsWithDraft(saved: RedlineSettings, form: CustomRuleForm | null): TrySetup {
  if (!form) return { settings: saved, draftRule: null, draftError: null };
  const checked = ruleFromForm(form, () => DRAFT_RULE_ID);
  if (!checked.ok) return { settings: saved, draftRule: null, draftError: checked.error };
  return { settings: putCustomRule(saved, checked.rule), draftRule: checked.rule, draftError: null };
}

/** Rules and the model, as `kefu check` and the chat panel judge a reply. */
export function engineFor(platform: PlatformId, settings: RedlineSettings): RedlineEngine {
  return createFullChecker({ platform, custom: settings.custom, disabled: settings.disabled }, bundledModel());
}

let builtInIds: string[] | null = null;

/**
 * An engine running the one rule alone (switched on, every built-in rule off), to tell whether that rule hits a sample
 * even where the full engine keeps a built-in flag of the same category over the same words instead.
 */
export function engineForRuleAlone(rule: CustomRule): RedlineEngine {
  builtInIds ??= listRules().map((r) => r.id);
  return createRedlineEngine({ custom: [{ ...rule, enabled: true }], disabled: builtInIds });
}
