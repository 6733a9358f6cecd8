import { CATEGORY_INFO } from './category-info';
import { COMMON_RULES } from './common-pack';
import { findContactNumbers } from './contact-numbers';
import { checkCustomRule, customRuleRegExp, type CustomRuleProblem } from './custom-rule';
import { frameCancels, nearWindow, sentenceEnd, sentenceStart, type ContextMode } from './draft-context';
import { normalizeText, toOriginalSpan } from './normalize-text';
import {
  CONFIRM_CLASS,
  LAWFUL_RETURN_EXEMPTION,
  ONLY_TRIED,
  PRICE_REASON,
  SHOWN_AT_PURCHASE,
  UNOPENED_OK,
  WORN,
} from './pack/returns';
import { MARKETPLACES, PLATFORM_PACKS, rivalPlatformRule } from './platform-packs';
import { expandGaps, type RuleDef } from './rule-def';
import type { Bilingual, CategoryId, Flag, PlatformId, RedlineEngine, RedlineEngineOptions, Severity } from './types';

interface CompiledRule {
  id: string;
  category: CategoryId;
  severity: Severity;
  message: string;
  suggestion?: string;
  re: RegExp | null;
  ctx: ContextMode;
  unless: RegExp | null;
  lawfulReturn: boolean;
  detector: boolean;
  /** From a platform pack: on an overlap it wins, it carries the platform's own basis. */
  specific: boolean;
}

const LAWFUL_GOODS = new RegExp(expandGaps(LAWFUL_RETURN_EXEMPTION));
const WORN_GOODS = new RegExp(expandGaps(WORN));
const TRIED = new RegExp(expandGaps(ONLY_TRIED));
const NEEDS_CONFIRMATION = new RegExp(CONFIRM_CLASS);
const SHOWN = new RegExp(expandGaps(SHOWN_AT_PURCHASE));
const UNOPENED = new RegExp(expandGaps(UNOPENED_OK));
const CONFIRMED = new RegExp(expandGaps('已确认|确认过|已勾选|勾选确认|已知晓|同意了不支持'));
const PRICE = new RegExp(PRICE_REASON);
const AS_IF_CUSTOM = /(按|当|算)(作|成)?定制/;

/** The built-in rules that run on a platform, with that platform's severities. */
export function effectiveRules(platform: PlatformId): Array<{ def: RuleDef; severity: Severity; specific: boolean }> {
  const pack = PLATFORM_PACKS[platform];
  const own = [...pack.rules];
  const rivals = MARKETPLACES.filter((m) => !pack.self.includes(m));
  if (rivals.length > 0) own.push(rivalPlatformRule(rivals));
  return [...COMMON_RULES.map((def) => ({ def, specific: false })), ...own.map((def) => ({ def, specific: true }))].map(
    ({ def, specific }) => ({ def, severity: pack.severity[def.id] ?? def.sev, specific })
  );
}

export const ruleMessage = (reason: string, basis: string) => `${reason}（依据：${basis}）`;

function compileBuiltIn(def: RuleDef, severity: Severity, specific: boolean): CompiledRule {
  const basis = def.basis ?? CATEGORY_INFO[def.cat].basis;
  const rule: CompiledRule = {
    id: def.id,
    category: def.cat,
    severity,
    message: ruleMessage(def.why, basis),
    // 'd' gives the predicate's offsets; only rules that mark one pay for it.
    re: def.detector ? null : new RegExp(expandGaps(def.re), def.re.includes('(?<v>') ? 'gd' : 'g'),
    ctx: def.ctx ?? 'act',
    unless: def.unless ? new RegExp(expandGaps(def.unless)) : null,
    lawfulReturn: def.guard === 'lawful-return',
    detector: def.detector === 'contact-number',
    specific,
  };
  if (def.fix) rule.suggestion = def.fix;
  return rule;
}

/**
 * Lawful 7-day-return exemptions: the goods' nature (定制, 生鲜, 拆封的数字商品…); goods worn or washed (not merely
 * tried on or unpacked: 试穿过, 拆开就算用过); the buyer's own confirmation; or goods
 * a shop may exclude when it said so at purchase (拆封的食品, 贴身衣物: "下单页已提示") or when the agent draws that
 * line itself ("拆封后不支持，未拆封七天内可退"). A discount is never the reason.
 */
function lawfulReturnExemption(window: string): boolean {
  // 通用款也按定制处理: ordinary goods only treated as custom keep the right.
  if (AS_IF_CUSTOM.test(window)) return false;
  if (LAWFUL_GOODS.test(window)) return true;
  if (WORN_GOODS.test(window) && !TRIED.test(window)) return true;
  if (PRICE.test(window)) return false;
  return CONFIRMED.test(window) || (NEEDS_CONFIRMATION.test(window) && (SHOWN.test(window) || UNOPENED.test(window)));
}

const CONTRAST = /但是?|不过|就是|只是|可是|然而/g;

/** Where a rule's `unless` is looked for: the match's sentence, from its last contrast before the match. */
function unlessFrom(t: string, s: number): number {
  let from = sentenceStart(t, s);
  CONTRAST.lastIndex = from;
  for (let m = CONTRAST.exec(t); m && m.index < s; m = CONTRAST.exec(t)) from = m.index + m[0].length;
  return from;
}

/** The first marked predicate (?<v>…) that took part in the match, when the rule marks any. */
function predicateSpan(m: RegExpExecArray): [number, number] | null {
  const spans = m.indices;
  if (!spans) return null;
  for (let k = 1; k < spans.length; k++) if (spans[k]) return spans[k]!;
  return null;
}

interface Hit {
  rule: CompiledRule;
  start: number;
  end: number;
}

/** Blocking beats warning; a platform's or shop's own rule beats a common one; then the longer span. */
const better = (a: Hit, b: Hit) =>
  a.rule.severity !== b.rule.severity
    ? a.rule.severity === 'block'
    : a.rule.specific !== b.rule.specific
    ? a.rule.specific
    : a.end - a.start >= b.end - b.start;

/** Keeps one flag per category over any overlapping stretch (see `better`). */
function dedupe(hits: Hit[]): Hit[] {
  hits.sort((a, b) =>
    a.rule.category < b.rule.category ? -1 : a.rule.category > b.rule.category ? 1 : a.start - b.start
  );
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && last.rule.category === h.rule.category && h.start < last.end) {
      if (!better(last, h)) kept[kept.length - 1] = h;
      continue;
    }
    kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end || (a.rule.category < b.rule.category ? -1 : 1));
}

export function createRedlineEngine(opts: RedlineEngineOptions = {}): RedlineEngine {
  const platform = opts.platform ?? 'generic';
  const disabled = new Set(opts.disabled ?? []);
  const rules = effectiveRules(platform)
    .filter(({ def }) => !disabled.has(def.id))
    .map(({ def, severity, specific }) => compileBuiltIn(def, severity, specific));
  const rejectedCustom: Array<{ id: string; problem: CustomRuleProblem }> = [];
  for (const input of opts.custom ?? []) {
    const v = checkCustomRule(input);
    if (!v.ok) {
      const id = typeof (input as { id?: unknown })?.id === 'string' ? (input as { id: string }).id : '?';
      rejectedCustom.push({ id, problem: v.problem });
      continue;
    }
    const c = v.rule;
    if (!c.enabled) continue;
    const shown = c.note?.trim() || `店铺禁用语“${c.pattern}”`;
    rules.push({
      id: `custom:${c.id}`,
      category: c.category,
      severity: c.severity,
      message: ruleMessage(shown, `店铺自定义规则；${CATEGORY_INFO[c.category].name.zh}`),
      re: customRuleRegExp(c),
      ctx: 'none',
      unless: null,
      lawfulReturn: false,
      detector: false,
      specific: true,
    });
  }

  function accept(rule: CompiledRule, t: string, m: RegExpExecArray, s: number, e: number): boolean {
    // A positive answer in the same sentence (电子发票在订单页…) cancels, unless a 但/不过/就是 turns it round before
    // the match (票能开，就是要满一个月才申请); exemptions may sit in the sentence before.
    if (rule.unless?.test(t.slice(unlessFrom(t, s), sentenceEnd(t, e)))) return false;
    if (rule.lawfulReturn && lawfulReturnExemption(nearWindow(t, s, e))) return false;
    const [ps, pe] = predicateSpan(m) ?? [s, e];
    return !frameCancels(t, s, ps, pe, rule.ctx);
  }

  function check(text: string): Flag[] {
    if (!text) return [];
    const n = normalizeText(text);
    const t = n.text;
    const hits: Hit[] = [];
    for (const rule of rules) {
      if (rule.detector) {
        for (const [s, e] of findContactNumbers(t)) hits.push({ rule, start: s, end: e });
        continue;
      }
      const re = rule.re!;
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) {
        const s = m.index;
        const e = s + m[0].length;
        if (e === s) {
          re.lastIndex++;
          continue;
        }
        if (accept(rule, t, m, s, e)) hits.push({ rule, start: s, end: e });
        // A rejected pairing may hide a good one that starts inside it (开票不加钱，但赠品就没有了).
        else re.lastIndex = s + 1;
      }
    }
    if (hits.length === 0) return [];
    return dedupe(hits).map(({ rule, start, end }) => {
      const [from, to] = toOriginalSpan(n, start, end);
      const flag: Flag = {
        category: rule.category,
        severity: rule.severity,
        rule: rule.id,
        start: from,
        end: to,
        message: rule.message,
      };
      if (rule.suggestion) flag.suggestion = rule.suggestion;
      return flag;
    });
  }

  return { platform, check, rejectedCustom };
}

export const hasBlocking = (flags: readonly Flag[]): boolean => flags.some((f) => f.severity === 'block');
