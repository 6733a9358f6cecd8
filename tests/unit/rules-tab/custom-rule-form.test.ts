import { describe, expect, it } from 'vitest';
import type { CustomRule } from '@/lib/redline';
import {
  EMPTY_CUSTOM_RULE_FORM,
  formFromRule,
  newCustomRuleId,
  ruleFromForm,
  type CustomRuleForm,
} from '@/components/options/rules/custom-rule-form';

const form = (patch: Partial<CustomRuleForm>): CustomRuleForm => ({ ...EMPTY_CUSTOM_RULE_FORM, ...patch });
const fixedId = () => 'shop-1';

describe('ruleFromForm', () => {
  it.each<[string, Partial<CustomRuleForm>, CustomRule]>([
    [
      'a literal, trimmed, with defaults',
      { pattern: '  加我小号 ' },
      { id: 'shop-1', pattern: '加我小号', category: 'off_platform', severity: 'block', enabled: true },
    ],
    [
      'a regex kept as typed, with a note',
      { pattern: '私[聊信]我', isRegex: true, note: ' 引导私聊 ', severity: 'warn', category: 'off_platform' },
      {
        id: 'shop-1',
        pattern: '私[聊信]我',
        isRegex: true,
        category: 'off_platform',
        severity: 'warn',
        note: '引导私聊',
        enabled: true,
      },
    ],
    [
      'an edited rule keeps its id and may be switched off',
      { id: 'shop-old', pattern: '刷单', category: 'order_manipulation', enabled: false },
      { id: 'shop-old', pattern: '刷单', category: 'order_manipulation', severity: 'block', enabled: false },
    ],
  ])('turns %s into a rule', (_, patch, rule) => {
    expect(ruleFromForm(form(patch), fixedId)).toEqual({ ok: true, rule });
  });

  it.each<[string, Partial<CustomRuleForm>, RegExp]>([
    ['an empty pattern', { pattern: '   ' }, /不能为空|空格/],
    ['a catastrophic regex', { pattern: '(a+)+', isRegex: true }, /嵌套或重叠/],
    ['a broken regex', { pattern: '私[聊', isRegex: true }, /正则表达式写法有误/],
    ['a regex matching empty text', { pattern: '.*', isRegex: true }, /匹配空内容/],
    ['a word in every reply', { pattern: '亲' }, /范围太宽/],
  ])('rejects %s with a Chinese and an English message', (_, patch, zh) => {
    const result = ruleFromForm(form(patch), fixedId);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.zh).toMatch(zh);
    expect(result.error.en).toMatch(/[a-z]{3}/);
  });

  it('reads a saved rule back into the same rule', () => {
    const rule: CustomRule = {
      id: 'shop-x',
      pattern: '私[聊信]我',
      isRegex: true,
      category: 'off_platform',
      severity: 'warn',
      note: '引导私聊',
      enabled: false,
    };
    expect(ruleFromForm(formFromRule(rule), fixedId)).toEqual({ ok: true, rule });
  });
});

describe('newCustomRuleId', () => {
  it.each([
    [0, 0],
    [Date.UTC(2026, 10, 20), 0.5],
    [Date.UTC(2030, 0, 1), 0.999999],
  ])('makes an id the validator accepts (clock %d, random %d)', (now, random) => {
    const id = newCustomRuleId(now, () => random);
    expect(id).toMatch(/^shop-[0-9a-z]+-[0-9a-z]{4}$/);
    expect(ruleFromForm(form({ pattern: '加我小号' }), () => id).ok).toBe(true);
  });

  it('gives different ids at different moments', () => {
    expect(newCustomRuleId(1000, () => 0.1)).not.toBe(newCustomRuleId(2000, () => 0.1));
  });
});
