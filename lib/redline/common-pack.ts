// Import order is bundle order, not rule order (COMMON_RULES below fixes that). gzip only looks 32 KB back and the packs
// span about 100 KB of the content script, so which pack sits next to which decides how much vocabulary is shared:
// this order (the word classes in the middle) measured 775 bytes smaller gzipped than alphabetical. Re-measure
// (`npx wxt build`, gzip chat.js) before reordering.
import { COUNTERFEIT_RULES } from './pack/counterfeit';
import { ADVERTISING_RULES } from './pack/advertising';
import { RETURN_RULES } from './pack/returns';
import { INVOICE_RULES } from './pack/invoice';
import { TERMS_RULES } from './pack/terms';
import { ORDER_RULES } from './pack/orders';
import './lexicon';
import { CONDUCT_RULES } from './pack/conduct';
import { PRIVACY_RULES } from './pack/privacy';
import { REVIEW_RULES } from './pack/reviews';
import { OFF_PLATFORM_RULES } from './pack/off-platform';
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
