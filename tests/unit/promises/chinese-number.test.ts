import { describe, expect, it } from 'vitest';
import { parseChineseNumber, parseCountOrRange } from '../../../lib/promises/chinese-number';

describe('parseChineseNumber', () => {
  it.each([
    ['3', 3],
    ['24', 24],
    ['一', 1],
    ['两', 2],
    ['俩', 2],
    ['十', 10],
    ['十五', 15],
    ['二十', 20],
    ['二十四', 24],
    ['三十一', 31],
    ['零', 0],
  ])('%s → %i', (text, expected) => {
    expect(parseChineseNumber(text)).toBe(expected);
  });

  it.each(['', '二五', '十十', 'abc', '三百', '一二三'])('%s is not a number', (text) => {
    expect(parseChineseNumber(text)).toBeNaN();
  });
});

describe('parseCountOrRange', () => {
  it.each([
    ['3', 3],
    ['十五', 15],
    ['两三', 3],
    ['一两', 2],
    ['三五', 5],
    ['七八', 8],
  ])('%s → %i (a range counts to its upper end)', (text, expected) => {
    expect(parseCountOrRange(text)).toBe(expected);
  });

  it.each(['三二', '二五六', '两两', '十三五'])('%s is neither a count nor a range', (text) => {
    expect(parseCountOrRange(text)).toBeNaN();
  });
});
