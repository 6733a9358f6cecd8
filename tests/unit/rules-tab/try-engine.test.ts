import { describe, expect, it } from 'vitest';
import type { RedlineSettings } from '@/lib/settings';
import { EMPTY_CUSTOM_RULE_FORM, type CustomRuleForm } from '@/components/options/rules/custom-rule-form';
import { DRAFT_RULE_ID, engineFor, engineForRuleAlone, settingsWithDraft } from '@/components/options/rules/try-engine';

const saved: RedlineSettings = {
  custom: [{ id: 'shop-1', pattern: '小号', category: 'off_platform', severity: 'warn', enabled: true }],
  disabled: ['absolute.lowest-price'],
};
const form = (patch: Partial<CustomRuleForm>): CustomRuleForm => ({ ...EMPTY_CUSTOM_RULE_FORM, ...patch });
const rulesHit = (settings: RedlineSettings, text: string) =>
  engineFor('pinduoduo', settings)
    .check(text)
    .map((f) => f.rule);

describe('the try box runs what is on screen', () => {
  it('uses the saved settings when no rule is being edited', () => {
    const setup = settingsWithDraft(saved, null);
    expect(setup).toEqual({ settings: saved, draftRule: null, draftError: null });
    expect(rulesHit(setup.settings, '加我小号，全网最低价')).toEqual(['custom:shop-1']);
  });

  it('adds a new rule before it is saved', () => {
    const setup = settingsWithDraft(saved, form({ pattern: '刷单', category: 'order_manipulation' }));
    expect(setup.draftRule?.id).toBe(DRAFT_RULE_ID);
    expect(rulesHit(setup.settings, '我们不刷单')).toEqual([`custom:${DRAFT_RULE_ID}`]);
    expect(saved.custom).toHaveLength(1);
  });

  it('runs the edited version of a saved rule in place of the saved one', () => {
    const setup = settingsWithDraft(saved, form({ id: 'shop-1', pattern: '大号', severity: 'block' }));
    expect(setup.settings.custom).toHaveLength(1);
    expect(rulesHit(setup.settings, '这件小号的还有货')).toEqual([]);
    expect(rulesHit(setup.settings, '这件大号的还有货')).toEqual(['custom:shop-1']);
  });

  it('leaves a rule with an error out and says why', () => {
    const setup = settingsWithDraft(saved, form({ pattern: '(a+)+', isRegex: true }));
    expect(setup.settings).toBe(saved);
    expect(setup.draftError?.zh).toMatch(/嵌套/);
  });

  it('runs the rule being edited alone, to tell whether it hits whatever the built-in rules flag', () => {
    // A warning inside words a built-in rule blocks: the full engine may show only the built-in flag there.
    const draft = settingsWithDraft(saved, form({ pattern: '微信', severity: 'warn' })).draftRule!;
    expect(
      engineForRuleAlone(draft)
        .check('加我微信')
        .map((f) => f.rule)
    ).toEqual([`custom:${DRAFT_RULE_ID}`]);
    expect(engineForRuleAlone({ ...draft, enabled: false }).check('加我微信')).toHaveLength(1);
    // No built-in rule runs beside it, on any platform's pack.
    expect(engineForRuleAlone(draft).check('全网最低价，不开发票，好评返现，加我QQ')).toEqual([]);
  });
});
