import { describe, expect, it } from 'vitest';
import { checkCustomRule, createRedlineEngine, customRuleProblemMessage, validateCustomRule, type CustomRule } from '../../../lib/redline';

const base: CustomRule = {
  id: 'no-sf',
  pattern: '顺丰包邮',
  category: 'unfair_terms',
  severity: 'warn',
  enabled: true,
};

describe('validateCustomRule accepts', () => {
  it.each<[string, Partial<CustomRule>]>([
    ['a literal', {}],
    ['a regex', { pattern: '包邮(到|至)新疆', isRegex: true }],
    ['a note', { note: '本店不发顺丰' }],
    ['a missing enabled flag (defaults on)', { enabled: undefined }],
  ])('%s', (_, patch) => {
    const input: Record<string, unknown> = { ...base, ...patch };
    if (patch.enabled === undefined && 'enabled' in patch) delete input.enabled;
    const result = validateCustomRule(input);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.rule.enabled).toBe(true);
  });
});

describe('validateCustomRule rejects, in Chinese and English', () => {
  it.each<[string, unknown, RegExp]>([
    ['not an object', 'hello', /对象/],
    ['null', null, /对象/],
    ['an empty pattern', { ...base, pattern: '' }, /不能为空/],
    ['a blank pattern', { ...base, pattern: '   ' }, /不能为空/],
    ['an invalid regex', { ...base, pattern: '(abc', isRegex: true }, /正则表达式写法有误/],
    ['a regex matching empty text', { ...base, pattern: 'a*', isRegex: true }, /空内容/],
    ['.*', { ...base, pattern: '.*', isRegex: true }, /空内容/],
    ['a regex matching everything', { ...base, pattern: '.', isRegex: true }, /大部分普通回复/],
    ['any Chinese character', { ...base, pattern: '[\\u4e00-\\u9fa5]', isRegex: true }, /大部分普通回复/],
    ['a literal too common to mean anything', { ...base, pattern: '的' }, /大部分普通回复/],
    ['(a+)+', { ...base, pattern: '(a+)+b', isRegex: true }, /嵌套或重叠/],
    ['(\\d*)*', { ...base, pattern: '(\\d*)*x', isRegex: true }, /嵌套或重叠/],
    ['(a|aa)+', { ...base, pattern: '(a|aa)+b', isRegex: true }, /嵌套或重叠/],
    ['(.*a){3,}', { ...base, pattern: '(.*a){3,}', isRegex: true }, /嵌套或重叠/],
    ['a back-reference', { ...base, pattern: '(ab)\\1', isRegex: true }, /反向引用/],
    ['an unknown category', { ...base, category: 'rude' }, /未知的红线类别/],
    ['an unknown severity', { ...base, severity: 'error' }, /block/],
    ['an absurdly long pattern', { ...base, pattern: '顺'.repeat(201) }, /太长/],
    ['a bad id', { ...base, id: 'has space' }, /规则编号/],
    ['a non-boolean isRegex', { ...base, isRegex: 'yes' }, /是否正则/],
    ['a non-boolean enabled', { ...base, enabled: 1 }, /启用/],
    ['a huge note', { ...base, note: 'x'.repeat(301) }, /备注/],
  ])('%s', (_, input, zh) => {
    const result = validateCustomRule(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.zh).toMatch(zh);
      expect(result.error.en.length).toBeGreaterThan(5);
      expect(result.error.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe('custom rules in the engine', () => {
  it('flags a literal with rule id custom:<id>, its category, severity and note', () => {
    const engine = createRedlineEngine({ custom: [{ ...base, note: '本店不发顺丰，别承诺' }] });
    const text = '亲，我们顺丰包邮哦';
    const [flag] = engine.check(text);
    expect(flag).toMatchObject({ rule: 'custom:no-sf', category: 'unfair_terms', severity: 'warn' });
    expect(text.slice(flag!.start, flag!.end)).toBe('顺丰包邮');
    expect(flag!.message).toContain('本店不发顺丰，别承诺');
  });

  it('matches literals through the same normalisation as built-in rules', () => {
    const engine = createRedlineEngine({ custom: [{ ...base, id: 'brand', pattern: 'ACME' }] });
    const text = '这是 Ａ Ｃ Ｍ Ｅ 同款';
    const [flag] = engine.check(text);
    expect(flag?.rule).toBe('custom:brand');
    expect(text.slice(flag!.start, flag!.end)).toBe('Ａ Ｃ Ｍ Ｅ');
  });

  it('runs regex rules case-insensitively', () => {
    const engine = createRedlineEngine({
      custom: [{ ...base, id: 're', pattern: 'ACME\\d+', isRegex: true, severity: 'block' }],
    });
    expect(engine.check('型号acme42')[0]?.severity).toBe('block');
  });

  it('skips disabled rules and reports invalid ones instead of throwing', () => {
    const engine = createRedlineEngine({
      custom: [
        { ...base, enabled: false },
        { ...base, id: 'bad', pattern: '(a+)+', isRegex: true },
      ],
    });
    expect(engine.check('顺丰包邮')).toEqual([]);
    expect(engine.rejectedCustom.map((r) => r.id)).toEqual(['bad']);
    expect(customRuleProblemMessage(engine.rejectedCustom[0]!.problem).zh).toMatch(/卡死/);
  });
});

describe('disabled built-in rules', () => {
  it('switches a rule off by id and leaves the rest on', () => {
    const engine = createRedlineEngine({ disabled: ['absolute.lowest-price'] });
    expect(engine.check('全网最低价')).toEqual([]);
    expect(engine.check('国家级工艺')[0]?.rule).toBe('absolute.best');
  });
});

describe('custom rule problems in words', () => {
  it.each([
    ['not-object', null],
    ['bad-id', { id: 'a b', pattern: 'x', category: 'abuse', severity: 'warn' }],
    ['empty', { id: 'a', pattern: ' ', category: 'abuse', severity: 'warn' }],
    ['bad-category', { id: 'a', pattern: '滚', category: 'nope', severity: 'warn' }],
    ['bad-severity', { id: 'a', pattern: '滚', category: 'abuse', severity: 'stop' }],
    ['bad-regex', { id: 'a', pattern: '(', isRegex: true, category: 'abuse', severity: 'warn' }],
    ['redos', { id: 'a', pattern: '(a+)+', isRegex: true, category: 'abuse', severity: 'warn' }],
    ['matches-empty', { id: 'a', pattern: 'a?', isRegex: true, category: 'abuse', severity: 'warn' }],
    ['too-broad', { id: 'a', pattern: '的', category: 'abuse', severity: 'warn' }],
  ] as const)('%s: the check says what is wrong, and the message says it in Chinese and English', (code, input) => {
    const checked = checkCustomRule(input);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problem.code).toBe(code);
    const words = customRuleProblemMessage(checked.problem);
    expect(words.zh).toMatch(/[\u4e00-\u9fa5]/);
    expect(words.en).toMatch(/[a-z]/);
    expect(validateCustomRule(input)).toEqual({ ok: false, error: words });
  });
});
