import { CATEGORY_INFO } from './category-info';
import { BUYER_CONFIRMED, COMMON_RULES, LAWFUL_RETURN_EXEMPTION, PRICE_REASON } from './common-pack';
import { findContactNumbers } from './contact-numbers';
import { customRuleRegExp, validateCustomRule } from './custom-rule';
import { contextCancels, nearWindow, sentenceEnd, sentenceStart, type ContextMode } from './draft-context';
import { normalizeText, toOriginalSpan } from './normalize-text';
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
}

const LAWFUL_GOODS = new RegExp(LAWFUL_RETURN_EXEMPTION);
const CONFIRMED = new RegExp(BUYER_CONFIRMED);
const PRICE = new RegExp(PRICE_REASON);

/** The built-in rules that run on a platform, with that platform's severities. */
export function effectiveRules(platform: PlatformId): Array<{ def: RuleDef; severity: Severity }> {
  const pack = PLATFORM_PACKS[platform];
  const defs = [...COMMON_RULES, ...pack.rules];
  const rivals = MARKETPLACES.filter((m) => !pack.self.includes(m));
  if (rivals.length > 0) defs.push(rivalPlatformRule(rivals));
  return defs.map((def) => ({ def, severity: pack.severity[def.id] ?? def.sev }));
}

export const ruleMessage = (reason: string, basis: string) => `${reason}（依据：${basis}）`;

function compileBuiltIn(def: RuleDef, severity: Severity): CompiledRule {
  const basis = def.basis ?? CATEGORY_INFO[def.cat].basis;
  const rule: CompiledRule = {
    id: def.id,
    category: def.cat,
    severity,
    message: ruleMessage(def.reason[0], basis),
    re: def.detector ? null : new RegExp(expandGaps(def.re), 'g'),
    ctx: def.ctx ?? 'act',
    unless: def.unless ? new RegExp(expandGaps(def.unless)) : null,
    lawfulReturn: def.guard === 'lawful-return',
    detector: def.detector === 'contact-number',
  };
  if (def.fix) rule.suggestion = def.fix;
  return rule;
}

/** Lawful 7-day-return exemptions: the goods' nature, or the buyer's confirmation unless the "reason" is a discount. */
function lawfulReturnExemption(window: string): boolean {
  return LAWFUL_GOODS.test(window) || (CONFIRMED.test(window) && !PRICE.test(window));
}

interface Hit {
  rule: CompiledRule;
  start: number;
  end: number;
}

const better = (a: Hit, b: Hit) =>
  a.rule.severity !== b.rule.severity ? a.rule.severity === 'block' : a.end - a.start >= b.end - b.start;

/** Keeps one flag per category over any overlapping stretch: the blocking one, else the longest. */
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
    .map(({ def, severity }) => compileBuiltIn(def, severity));
  const rejectedCustom: Array<{ id: string; error: Bilingual }> = [];
  for (const input of opts.custom ?? []) {
    const v = validateCustomRule(input);
    if (!v.ok) {
      const id = typeof (input as { id?: unknown })?.id === 'string' ? (input as { id: string }).id : '?';
      rejectedCustom.push({ id, error: v.error });
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
    });
  }

  function accept(rule: CompiledRule, t: string, s: number, e: number): boolean {
    // A positive answer in the same sentence (电子发票在订单页…) cancels; exemptions may sit in the sentence before.
    if (rule.unless?.test(t.slice(sentenceStart(t, s), sentenceEnd(t, e)))) return false;
    if (rule.lawfulReturn && lawfulReturnExemption(nearWindow(t, s, e))) return false;
    return !contextCancels(t, s, e, rule.ctx);
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
        if (accept(rule, t, s, e)) hits.push({ rule, start: s, end: e });
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
