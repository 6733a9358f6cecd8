/**
 * 客服高压线 — the red-line engine. Pure, synchronous and dependency-free: it runs in the content script's keydown
 * handler (the send gate), in the options page (auditing the reply library) and in the `kefu` CLI.
 *
 *   const engine = createRedlineEngine({ platform: 'douyin', custom, disabled });
 *   const flags = engine.check(draft);          // sorted by start; start/end index the original draft
 *   if (hasBlocking(flags)) …                   // stop the send, let the agent override
 */
export { createRedlineEngine, hasBlocking } from './engine';
export { listRules } from './list-rules';
export { checkCustomRule, type CustomRuleCheck, type CustomRuleProblem } from './custom-rule';
export { customRuleProblemMessage, validateCustomRule } from './custom-rule-messages';
export { CATEGORY_INFO } from './category-info';
export * from './types';
export { applyRewording } from './rewording';
