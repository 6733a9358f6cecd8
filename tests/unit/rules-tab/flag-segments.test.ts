import { describe, expect, it } from 'vitest';
import { createRedlineEngine, type Flag } from '@/lib/redline';
import { segmentByFlags } from '@/components/options/rules/flag-segments';

const f = (start: number, end: number, severity: Flag['severity']): Flag => ({
  category: 'off_platform',
  severity,
  rule: 'x',
  start,
  end,
  message: '',
});

describe('segmentByFlags', () => {
  it.each<[string, string, Flag[], Array<[string, string | undefined]>]>([
    ['no flags', '亲，在的', [], [['亲，在的', undefined]]],
    [
      'one flag in the middle',
      'abcdef',
      [f(2, 4, 'warn')],
      [
        ['ab', undefined],
        ['cd', 'warn'],
        ['ef', undefined],
      ],
    ],
    [
      'a flag at both ends',
      'abcd',
      [f(0, 2, 'block'), f(2, 4, 'warn')],
      [
        ['ab', 'block'],
        ['cd', 'warn'],
      ],
    ],
    [
      'overlapping flags: blocking wins where they meet',
      'abcdef',
      [f(1, 4, 'warn'), f(3, 6, 'block')],
      [
        ['a', undefined],
        ['bc', 'warn'],
        ['d', 'block'],
        ['ef', 'block'],
      ],
    ],
    [
      'a span past the end is clipped',
      'abc',
      [f(1, 9, 'warn')],
      [
        ['a', undefined],
        ['bc', 'warn'],
      ],
    ],
  ])('%s', (_, text, flags, expected) => {
    const segments = segmentByFlags(text, flags);
    expect(segments.map((s) => [s.text, s.severity])).toEqual(expected);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('covers exactly the engine’s flagged spans of a real reply', () => {
    const text = '亲，加我微信发您优惠券，好评返现5元哦';
    const flags = createRedlineEngine().check(text);
    const marked = segmentByFlags(text, flags)
      .filter((s) => s.severity)
      .map((s) => s.text)
      .join('|');
    expect(marked).toBe(flags.map((fl) => text.slice(fl.start, fl.end)).join('|'));
  });
});
