import { ADVERTISING_RULES } from './pack/advertising';
import { CONDUCT_RULES } from './pack/conduct';
import { COUNTERFEIT_RULES } from './pack/counterfeit';
import { INVOICE_RULES } from './pack/invoice';
import { OFF_PLATFORM_RULES } from './pack/off-platform';
import { ORDER_RULES } from './pack/orders';
import { PRIVACY_RULES } from './pack/privacy';
import { RETURN_RULES } from './pack/returns';
import { REVIEW_RULES } from './pack/reviews';
import { TERMS_RULES } from './pack/terms';
import type { RuleDef } from './rule-def';

/*
 * The common pack: red lines on every platform, one file per category under pack/. Written for this project from the
 * laws cited in CATEGORY_INFO and the platforms' public rules; the shorthands are explained in rule-def.ts and the
 * word classes live in lexicon.ts.
 */
export const COMMON_RULES: RuleDef[] = [
  ...INVOICE_RULES,
  ...RETURN_RULES,
  ...OFF_PLATFORM_RULES,
  ...REVIEW_RULES,
  ...ORDER_RULES,
  ...ADVERTISING_RULES,
  ...CONDUCT_RULES,
  ...PRIVACY_RULES,
  ...TERMS_RULES,
  ...COUNTERFEIT_RULES,
];
