import {
  validateCustomRule,
  type CategoryId,
  type CustomRule,
  type CustomRuleValidation,
  type Severity,
} from '@/lib/redline';

/** The add / edit form of a shop rule, as typed: strings and booleans, checked only when turned into a rule. */
export interface CustomRuleForm {
  /** The rule being edited, or null for a new one. */
  id: string | null;
  pattern: string;
  isRegex: boolean;
  category: CategoryId;
  severity: Severity;
  note: string;
  enabled: boolean;
}

/** A new rule starts where most shop rules land: a private-contact word that must not go out. */
export const EMPTY_CUSTOM_RULE_FORM: CustomRuleForm = {
  id: null,
  pattern: '',
  isRegex: false,
  category: 'off_platform',
  severity: 'block',
  note: '',
  enabled: true,
};

export function formFromRule(rule: CustomRule): CustomRuleForm {
  return {
    id: rule.id,
    pattern: rule.pattern,
    isRegex: rule.isRegex === true,
    category: rule.category,
    severity: rule.severity,
    note: rule.note ?? '',
    enabled: rule.enabled,
  };
}

/** Ids of shop rules: short, stable, and inside the characters validateCustomRule allows. */
export function newCustomRuleId(now: number = Date.now(), random: () => number = Math.random): string {
  return `shop-${now.toString(36)}-${Math.floor(random() * 36 ** 4)
    .toString(36)
    .padStart(4, '0')}`;
}

/**
 * The rule a form describes, validated exactly as the engine and the content script will validate it. A literal pattern
 * is trimmed (stray spaces around a pasted word mean nothing to a match that ignores spaces); a regex is kept as typed.
 */
export function ruleFromForm(form: CustomRuleForm, newId: () => string = newCustomRuleId): CustomRuleValidation {
  const note = form.note.trim();
  return validateCustomRule({
    id: form.id ?? newId(),
    pattern: form.isRegex ? form.pattern : form.pattern.trim(),
    ...(form.isRegex ? { isRegex: true } : {}),
    category: form.category,
    severity: form.severity,
    ...(note ? { note } : {}),
    enabled: form.enabled,
  });
}
