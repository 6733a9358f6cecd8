import { CATEGORY_INFO, createRedlineEngine } from '../redline';
import { normalizeText } from '../redline/normalize-text';
import { CATEGORY_IDS, type CategoryId, type Flag, type RedlineEngine, type RedlineEngineOptions } from '../redline/types';
import { strongestClause } from '../text-model';
import { scoreCategories, type LoadedModel } from './model';

/**
 * A reply the model reads as this red line with at least this probability gets a flag even without a rule. The two
 * thresholds are chosen on text whose author neither the rules nor the model had seen: round 7 with the rules as they
 * were before round-7 tuning and a model trained without its author, and the five round-9 sets with the model of the
 * time. 0.7 / 0.1 found 79.1 % / 77.8 % of violations at 5.4 % / 3.7 % false flags there, against 77.9 / 75.9 at
 * 5.9 / 3.4 for the earlier 0.8 / 0.03 (stop 7's choice, made on five authors the same way).
 */
export const MODEL_FLAG_AT = 0.7;
/** A rule's flag is dropped when the model is this sure the reply is not about that red line (a product feature that
 *  names an app, a warning about scammers). The shop's own rules are never dropped. */
export const MODEL_VETO_BELOW = 0.1;

/** Same face as the rules' engine, so any caller of one can take the other. */
export type FullChecker = RedlineEngine;

/**
 * Rules and model together, as `kefu check`, `kefu audit`, the panel and the options page use them. Model-only flags are
 * warnings (`rule: model.<category>`): they never stop a send, they ask the agent to look again.
 */
export function createFullChecker(opts: RedlineEngineOptions, model: LoadedModel): FullChecker {
  const engine = createRedlineEngine(opts);
  // Rules the shop switched off say "this wording is fine here": the model must not bring the same red line back.
  const disabled = new Set(opts.disabled ?? []);
  const unfiltered = disabled.size ? createRedlineEngine({ ...opts, disabled: [] }) : null;
  return {
    platform: engine.platform,
    rejectedCustom: engine.rejectedCustom,
    check(text) {
      const p = scoreCategories(model, text);
      // 不满意加我V信退款: the model reads the words as typed and barely knows V信, so a veto also needs the text as the
      // rules read it (disguises folded: V信 → 微信) to agree that this is no red line.
      let folded: Record<CategoryId, number> | null = null;
      const stands = (f: Flag) =>
        f.rule.startsWith('custom:') ||
        p[f.category] >= MODEL_VETO_BELOW ||
        (folded ??= scoreCategories(model, normalizeText(text).text))[f.category] >= MODEL_VETO_BELOW;
      const flags = engine.check(text).filter(stands);
      const covered = new Set(flags.map((f) => f.category));
      for (const f of unfiltered?.check(text) ?? []) if (disabled.has(f.rule)) covered.add(f.category);
      for (const c of CATEGORY_IDS) {
        if (covered.has(c) || p[c] < MODEL_FLAG_AT) continue;
        flags.push(modelFlag(text, c, p[c], model));
      }
      return flags.sort((a, b) => a.start - b.start);
    },
  };
}

function modelFlag(text: string, category: CategoryId, probability: number, model: LoadedModel): Flag {
  // The flag sits on the clause the judgement rests on most; failing one, on the whole reply.
  const { start, end } = strongestClause(model, text, category);
  const info = CATEGORY_INFO[category];
  return {
    category,
    severity: 'warn',
    rule: `model.${category}`,
    start,
    end,
    message: `这句话读来像「${info.name.zh}」(模型判断,把握 ${Math.round(probability * 100)}%),请再看一眼（依据：${info.basis}）`,
  };
}
