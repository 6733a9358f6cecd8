import type { CustomRuleProblem } from './custom-rule';
/** Red-line category ids: the contract in shared/domain.md, used by code, tests and `kefu check`. */
export const CATEGORY_IDS = [
  'invoice_refusal',
  'return_refusal',
  'off_platform',
  'review_manipulation',
  'order_manipulation',
  'absolute_claims',
  'medical_claims',
  'abuse',
  'privacy',
  'unfair_terms',
  'counterfeit',
] as const;
export type CategoryId = (typeof CATEGORY_IDS)[number];

export type Severity = 'block' | 'warn';

/** Platforms a rule pack can target. `taobao` covers Taobao and Tmall. */
export const PLATFORM_IDS = ['pinduoduo', 'douyin', 'jd', 'kuaishou', 'taobao', 'generic'] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

/** Text in both of the product's languages: Chinese first. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** One flag on a draft. start/end are UTF-16 offsets into the checked text (end exclusive). */
export interface Flag {
  category: CategoryId;
  severity: Severity;
  /** Stable rule id, e.g. `invoice.refuse` or `custom:<id>`. */
  rule: string;
  start: number;
  end: number;
  /** Why this is a red line: shown to the agent (Chinese), with the legal or platform basis. */
  message: string;
  /** A compliant rewording of the flagged span or sentence, when one exists. */
  suggestion?: string;
}

/** A shop's own rule, stored by the options page and passed to the engine. Patterns match the normalised draft. */
export interface CustomRule {
  id: string;
  /** Literal text, or a JavaScript regular expression source when `isRegex` is true. */
  pattern: string;
  isRegex?: boolean;
  category: CategoryId;
  severity: Severity;
  note?: string;
  enabled: boolean;
}

export type CustomRuleValidation = { ok: true; rule: CustomRule } | { ok: false; error: Bilingual };

export interface RedlineEngineOptions {
  /** Which platform pack to add to the common pack; `generic` (the default) is the common pack alone. */
  platform?: PlatformId;
  custom?: CustomRule[];
  /** Built-in rule ids to switch off, e.g. `absolute.best`. */
  disabled?: string[];
}

export interface RedlineEngine {
  readonly platform: PlatformId;
  /** Synchronous; flags sorted by start, at most one flag per category over any span. */
  check(text: string): Flag[];
  /** Custom rules that were passed in but could not be used, with the reason. */
  /** Shop rules skipped as bad, with what is wrong (customRuleProblemMessage puts it in words). */
  readonly rejectedCustom: ReadonlyArray<{ id: string; problem: CustomRuleProblem }>;
}

/** What the options page shows for a built-in rule. */
export interface RuleInfo {
  id: string;
  category: CategoryId;
  /** Severity on the requested platform, or the common severity when no platform was asked for. */
  severity: Severity;
  /** Platforms the rule runs on. */
  platforms: PlatformId[];
  /** Platforms where the severity differs from `severity`. */
  severityByPlatform?: Partial<Record<PlatformId, Severity>>;
  label: Bilingual;
  reason: Bilingual;
  basis: string;
  /** A compliant rewording agents can use instead. */
  suggestion?: string;
}

export interface CategoryInfo {
  name: Bilingual;
  basis: string;
}
