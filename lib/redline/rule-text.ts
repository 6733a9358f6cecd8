import { ADVERTISING_TEXT } from './pack/advertising';
import { CONDUCT_TEXT } from './pack/conduct';
import { COUNTERFEIT_TEXT } from './pack/counterfeit';
import { INVOICE_TEXT } from './pack/invoice';
import { OFF_PLATFORM_TEXT } from './pack/off-platform';
import { ORDER_TEXT } from './pack/orders';
import { PRIVACY_TEXT } from './pack/privacy';
import { RETURN_TEXT } from './pack/returns';
import { REVIEW_TEXT } from './pack/reviews';
import { TERMS_TEXT } from './pack/terms';
import { PLATFORM_TEXT } from './platform-packs';
import type { RuleText } from './rule-def';

/**
 * Every built-in rule's label (zh, en) and English reason, for the options page. Object.assign under a pure
 * annotation rather than a spread literal, so bundlers may drop it (and every *_TEXT table) where nothing reads it.
 */
export const RULE_TEXT: RuleText = /* @__PURE__ */ Object.assign(
  {},
  INVOICE_TEXT,
  RETURN_TEXT,
  OFF_PLATFORM_TEXT,
  REVIEW_TEXT,
  ORDER_TEXT,
  ADVERTISING_TEXT,
  CONDUCT_TEXT,
  PRIVACY_TEXT,
  TERMS_TEXT,
  COUNTERFEIT_TEXT,
  PLATFORM_TEXT
);
