import type { ContextMode } from './draft-context';
import { LEXICON } from './lexicon';
import type { CategoryId, Severity } from './types';

/**
 * A built-in rule as data. Patterns run over the normalised draft (see normalize-text.ts), so they are written in
 * lower case, half-width, without spaces, with WeChat spelled 微信, QQ spelled qq and Alipay 支付宝. Shorthands keep
 * them readable (and small, the pack ships in the content script): @ = any character inside the clause, # = the same
 * but not a negator (不/别/勿/没/莫), & = any character inside the sentence; a bare ( is a non-capturing group;
 * {NAME} is a word class from lexicon.ts (a verb class, an object, a modifier), so a rule reads as a frame —
 * object + gap + verb class — instead of a list of sentences.
 *
 * (?<v>…) marks the predicate: negation, warnings, other actors and quotes are judged where the predicate stands, not
 * where the match starts ("发票可以开，不过要另外加6个点" is a surcharge: no negator reaches 加; "开票不用额外加钱" is
 * not: 不用 does). Each alternative may mark its own predicate; an unmarked match is judged at its start.
 */
export interface RuleDef {
  id: string;
  cat: CategoryId;
  sev: Severity;
  /** Why it is a red line, in Chinese: the flag's message (with the basis). Labels and English live in *_TEXT. */
  why: string;
  /** Legal or platform basis; the category's basis when omitted. */
  basis?: string;
  /** A compliant rewording the agent can use instead. */
  fix?: string;
  re: string;
  /** Default `act`. */
  ctx?: ContextMode;
  /** Regex over the match's sentence (and the one before) that makes the match lawful. */
  unless?: string;
  /** Named checks too involved for one regex. */
  guard?: 'lawful-return';
  /** Found by code rather than a regex (phone, QQ and WeChat numbers in any spelling). */
  detector?: 'contact-number';
}

/** Per rule id: [label zh, label en, reason en]. Only listRules reads it, so the content script bundle leaves it out. */
export type RuleText = Record<string, [labelZh: string, labelEn: string, reasonEn: string]>;

/** What a platform changes on top of the common pack. */
export interface PlatformPack {
  /** Names of the platform itself: naming it is not sending the buyer elsewhere; every other marketplace is a rival. */
  self: string[];
  /** Rules only this platform has. */
  rules: RuleDef[];
  /** Stricter (or laxer) severity for common rules, by rule id. */
  severity: Record<string, Severity>;
}

export const GAP_CLAUSE = '[^,!?;~\\n。…]';
export const GAP_NO_NEGATOR = '[^,!?;~\\n。…不别勿没莫]';
export const GAP_SENTENCE = '[^!?;\\n。…]';

const expandWords = (source: string, depth = 0): string =>
  source.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    const words = LEXICON[name];
    if (words === undefined || depth > 3) throw new Error(`redline: unknown word class {${name}}`);
    return `(${expandWords(words, depth + 1)})`;
  });

export const expandGaps = (source: string) =>
  expandWords(source)
    .replace(/(?<!\\)\((?!\?)/g, '(?:')
    .replace(/\(\?<v>/g, '(')
    .replace(/@/g, GAP_CLAUSE)
    .replace(/#/g, GAP_NO_NEGATOR)
    .replace(/&/g, GAP_SENTENCE);
