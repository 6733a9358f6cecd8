import { normalizeText } from './normalize-text';
import { findRegexShapeProblem } from './regex-safety';
import { CATEGORY_IDS, type CategoryId, type CustomRule } from './types';

/**
 * Shop-specific rules come from the options page (and from storage that may be old or hand-edited), so everything is
 * checked before it reaches the engine. Custom patterns are matched against the normalised draft — full-width folded to
 * half-width, lower case, spaces removed — and literally: they are not negation-aware, so a shop gets exactly what it
 * wrote.
 *
 * The checks live here and say what is wrong as a code; the words for the agent (Chinese and English) are in
 * custom-rule-messages.ts, so the content script, which only needs to skip a bad rule, does not carry them.
 */

export const MAX_PATTERN = 200;
export const MAX_NOTE = 300;
export const MAX_ID = 64;

// Everyday replies no sensible shop rule should hit: a pattern matching most of them would flag every message.
const ORDINARY_REPLIES = [
  '亲，您好，请问有什么可以帮您？',
  '好的呢，已经给您备注了',
  '今天四点前付款当天发货哦',
  '感谢您的耐心等待',
  '这款有黑色和白色两种',
  '不客气，有问题随时找我',
  'ok',
  '1',
];

const COMMON_CHARS = '的了是我你您不在有个人这那亲哦呢吗吧好就也都和很';

/** What is wrong with a custom rule; `detail` carries the offending value or the regex engine's own message. */
export type CustomRuleProblem =
  | { code: 'not-object' | 'bad-id' | 'empty' | 'too-long' | 'bad-is-regex' | 'bad-severity' | 'bad-note' }
  | { code: 'bad-enabled' | 'redos' | 'matches-empty' | 'only-spaces' | 'too-broad' }
  | { code: 'bad-category' | 'bad-regex'; detail: string };
export type CustomRuleCheck = { ok: true; rule: CustomRule } | { ok: false; problem: CustomRuleProblem };

const err = (problem: CustomRuleProblem): { ok: false; problem: CustomRuleProblem } => ({ ok: false, problem });

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The RegExp a (valid) custom rule runs as, over the normalised draft. */
export function customRuleRegExp(rule: Pick<CustomRule, 'pattern' | 'isRegex'>): RegExp {
  return rule.isRegex
    ? new RegExp(rule.pattern, 'gi')
    : new RegExp(escapeRegExp(normalizeText(rule.pattern.trim()).text), 'g');
}

/** Checks a rule from the options page or from storage; a bad one comes back with what is wrong. */
export function checkCustomRule(input: unknown): CustomRuleCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return err({ code: 'not-object' });
  }
  const raw = input as Record<string, unknown>;
  const { id, pattern, isRegex, category, severity, note, enabled } = raw;
  if (typeof id !== 'string' || !/^[\w.-]+$/.test(id) || id.length > MAX_ID) {
    return err({ code: 'bad-id' });
  }
  if (typeof pattern !== 'string' || pattern.trim() === '') {
    return err({ code: 'empty' });
  }
  if (pattern.length > MAX_PATTERN) {
    return err({ code: 'too-long' });
  }
  if (isRegex !== undefined && typeof isRegex !== 'boolean') {
    return err({ code: 'bad-is-regex' });
  }
  if (typeof category !== 'string' || !(CATEGORY_IDS as readonly string[]).includes(category)) {
    return err({ code: 'bad-category', detail: String(category) });
  }
  if (severity !== 'block' && severity !== 'warn') {
    return err({ code: 'bad-severity' });
  }
  if (note !== undefined && (typeof note !== 'string' || note.length > MAX_NOTE)) {
    return err({ code: 'bad-note' });
  }
  if (enabled !== undefined && typeof enabled !== 'boolean') {
    return err({ code: 'bad-enabled' });
  }
  let re: RegExp;
  if (isRegex) {
    try {
      re = new RegExp(pattern, 'gi');
    } catch (e) {
      return err({ code: 'bad-regex', detail: (e as Error).message });
    }
    const shape = findRegexShapeProblem(pattern);
    if (shape) {
      return err({ code: 'redos' });
    }
    re.lastIndex = 0;
    if (re.test('')) {
      return err({ code: 'matches-empty' });
    }
  } else {
    if (normalizeText(pattern.trim()).text === '') {
      return err({ code: 'only-spaces' });
    }
    re = customRuleRegExp({ pattern, isRegex: false });
  }
  // A single everyday character (的, 了, 亲…) would flag nearly every reply, even if few of the samples contain it.
  const tooCommon = !isRegex && pattern.trim().length === 1 && COMMON_CHARS.includes(pattern.trim());
  const hits = tooCommon
    ? ORDINARY_REPLIES.length
    : ORDINARY_REPLIES.filter((reply) => {
        re.lastIndex = 0;
        return re.test(normalizeText(reply).text);
      }).length;
  if (hits > ORDINARY_REPLIES.length / 2) {
    return err({ code: 'too-broad' });
  }
  const rule: CustomRule = {
    id,
    pattern,
    category: category as CategoryId,
    severity,
    enabled: enabled ?? true,
  };
  if (isRegex !== undefined) rule.isRegex = isRegex;
  if (note !== undefined) rule.note = note;
  return { ok: true, rule };
}
