import { i18n } from '#i18n';
import type { CategoryId, PlatformId, Severity } from '@/lib/redline';

/** Names the options page shows for platforms, categories and severities (locale keys, never literals). */

const PLATFORM_KEYS = {
  pinduoduo: 'rulesPlatformPinduoduo',
  douyin: 'rulesPlatformDouyin',
  jd: 'rulesPlatformJd',
  kuaishou: 'rulesPlatformKuaishou',
  taobao: 'rulesPlatformTaobao',
  generic: 'rulesPlatformGeneric',
} as const satisfies Record<PlatformId, string>;

/** Short enough for a badge on a library row; the full name (CATEGORY_INFO) goes in its tooltip. */
const CATEGORY_SHORT_KEYS = {
  invoice_refusal: 'rulesCatInvoiceRefusal',
  return_refusal: 'rulesCatReturnRefusal',
  off_platform: 'rulesCatOffPlatform',
  review_manipulation: 'rulesCatReviewManipulation',
  order_manipulation: 'rulesCatOrderManipulation',
  absolute_claims: 'rulesCatAbsoluteClaims',
  medical_claims: 'rulesCatMedicalClaims',
  abuse: 'rulesCatAbuse',
  privacy: 'rulesCatPrivacy',
  unfair_terms: 'rulesCatUnfairTerms',
  counterfeit: 'rulesCatCounterfeit',
} as const satisfies Record<CategoryId, string>;

export const platformName = (p: PlatformId): string => i18n.t(PLATFORM_KEYS[p]);

export const platformList = (ps: readonly PlatformId[]): string =>
  ps.map(platformName).join(i18n.t('rulesListSeparator'));

export const categoryShortName = (c: CategoryId): string => i18n.t(CATEGORY_SHORT_KEYS[c]);

export const severityName = (s: Severity): string =>
  s === 'block' ? i18n.t('rulesSeverityBlock') : i18n.t('rulesSeverityWarn');

export const severityHint = (s: Severity): string =>
  s === 'block' ? i18n.t('rulesSeverityBlockHint') : i18n.t('rulesSeverityWarnHint');
