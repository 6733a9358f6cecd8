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
