import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../lib/promises';

function pieces(text: string): Array<[string, number]> {
  return splitClauses(text).map((c) => [text.slice(c.start, c.end), c.sentence]);
}

describe('splitClauses', () => {
  it.each<[string, Array<[string, number]>]>([
    [
      '今天给您补发，明天给您回复物流单号',
      [
        ['今天给您补发', 0],
        ['明天给您回复物流单号', 0],
      ],
    ],
    [
      '已经发出了。明天到！',
      [
        ['已经发出了', 0],
        ['明天到', 1],
      ],
    ],
    [
      '亲 明天给您发哦~',
      [
        ['亲', 0],
        ['明天给您发哦', 0],
      ],
    ],
    ['我问下仓库然后给您回复', [['我问下仓库然后给您回复', 0]]], // 然后 does not split
    ['15:30前给您回复', [['15:30前给您回复', 0]]], // a clock is not a delimiter
    [
      '补3.5元差价,稍后给您退',
      [
        ['补3.5元差价', 0],
        ['稍后给您退', 0],
      ],
    ],
    [
      '需要开发票吗？\n需要的话告诉我',
      [
        ['需要开发票吗', 0],
        ['需要的话告诉我', 1],
      ],
    ],
    ['，，  ', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('records the delimiters after each clause (a question mark makes it a question)', () => {
    expect(splitClauses('给您发顺丰可以吗？好的').map((c) => c.terminator)).toEqual(['？', '']);
  });
});
