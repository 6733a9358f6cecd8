import { describe, expect, it } from 'vitest';
import { findRegexShapeProblem } from '../../../lib/redline/regex-safety';

describe('findRegexShapeProblem', () => {
  it.each([
    ['(a+)+', 'nested-quantifier'],
    ['(a*)*b', 'nested-quantifier'],
    ['(?:\\d+){2,}', 'nested-quantifier'],
    ['((ab)+c)*', 'nested-quantifier'],
    ['(.*a){3,}', 'nested-quantifier'],
    ['(a|aa)+', 'overlapping-alternation'],
    ['(\\w|\\d)*', 'overlapping-alternation'],
    ['(x|[a-z])+', 'overlapping-alternation'],
    ['(ab)\\1', 'backreference'],
    ['(?<n>a)\\k<n>', 'backreference'],
  ])('%s → %s', (src, problem) => {
    expect(findRegexShapeProblem(src)).toBe(problem);
  });

  it.each([
    '加微信',
    '微信|vx',
    '(微信|威信)号',
    '\\d{11}',
    '(ab){3}',
    '(ab)+',
    '[(a+)+]',
    '\\(a+\\)+',
    '(?:发票|开票)加\\d+个点',
    '(a|b)+',
  ])('%s is fine', (src) => {
    expect(findRegexShapeProblem(src)).toBeNull();
  });
});
