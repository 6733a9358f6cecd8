import { describe, expect, it, vi } from 'vitest';
import { createRedlineEngine, type Flag } from '@/lib/redline';
import {
  computeRedlineMarks,
  markFromFlags,
  onlyMarked,
  type MarkCache,
} from '@/components/options/library/redline-marks';

const flag = (category: Flag['category'], severity: Flag['severity'], start = 0): Flag => ({
  category,
  severity,
  rule: `${category}.x`,
  start,
  end: start + 2,
  message: '',
});

describe('markFromFlags', () => {
  it.each<[string, Flag[], Array<[string, string, number]> | null, boolean]>([
    ['no flags: no mark', [], null, false],
    ['one warning', [flag('absolute_claims', 'warn')], [['absolute_claims', 'warn', 1]], false],
    [
      'blocking categories first, then the contract order',
      [flag('absolute_claims', 'warn'), flag('review_manipulation', 'block', 5), flag('off_platform', 'block', 9)],
      [
        ['off_platform', 'block', 1],
        ['review_manipulation', 'block', 1],
        ['absolute_claims', 'warn', 1],
      ],
      true,
    ],
    [
      'a category blocks if any of its flags blocks',
      [flag('off_platform', 'warn'), flag('off_platform', 'block', 8)],
      [['off_platform', 'block', 2]],
      true,
    ],
  ])('%s', (_, flags, expected, blocking) => {
    const mark = markFromFlags(flags);
    if (!expected) return expect(mark).toBeNull();
    expect(mark!.categories.map((c) => [c.category, c.severity, c.count])).toEqual(expected);
    expect(mark!.blocking).toBe(blocking);
  });
});

const library = [
  { id: 'r1', content: '亲，加我微信发您优惠券哦' },
  { id: 'r2', content: '亲，今天下单明天发货' },
  { id: 'r3', content: '这款是全网最低价' },
  { id: 'r4', content: '亲，加我微信发您优惠券哦' },
  { id: 'r5', content: '好评返现5元，晒图再加2元' },
];

describe('computeRedlineMarks', () => {
  const engine = createRedlineEngine({ platform: 'pinduoduo' });

  it('marks the replies with red lines under the engine and leaves clean ones out', async () => {
    const marks = await computeRedlineMarks(library, (t) => engine.check(t));
    expect([...marks!.keys()].sort()).toEqual(['r1', 'r3', 'r4', 'r5']);
    expect(marks!.get('r1')!.categories[0]).toMatchObject({ category: 'off_platform', severity: 'block' });
    expect(marks!.get('r3')!.categories).toEqual([{ category: 'absolute_claims', severity: 'warn', count: 1 }]);
    expect(marks!.get('r5')!.blocking).toBe(true);
  });

  it('follows the shop settings: a rule switched off, a custom rule added', async () => {
    const shop = createRedlineEngine({
      platform: 'pinduoduo',
      disabled: ['absolute.lowest-price'],
      custom: [{ id: 'c1', pattern: '明天发货', category: 'unfair_terms', severity: 'warn', enabled: true }],
    });
    const marks = await computeRedlineMarks(library, (t) => shop.check(t));
    expect(marks!.has('r3')).toBe(false);
    expect(marks!.get('r2')!.categories).toEqual([{ category: 'unfair_terms', severity: 'warn', count: 1 }]);
  });

  it('checks each distinct content once per engine, and only changed contents after an edit', async () => {
    const check = vi.fn((t: string) => engine.check(t));
    const cache: MarkCache = new Map();
    await computeRedlineMarks(library, check, { cache });
    expect(check).toHaveBeenCalledTimes(4); // r1 and r4 share their content
    check.mockClear();
    const edited = library.map((r) => (r.id === 'r2' ? { ...r, content: '亲，加我VX' } : r));
    const marks = await computeRedlineMarks(edited, check, { cache });
    expect(check.mock.calls).toEqual([['亲，加我VX']]);
    expect(marks!.has('r2')).toBe(true);
  });

  it('yields when a slice has used its time and stops when a newer pass has started', async () => {
    // A clock that moves 5 ms per reading: with 10 ms slices, a pause comes after every second check.
    let t = 0;
    const clock = () => (t += 5);
    let pauses = 0;
    let stale = false;
    const cancelled = await computeRedlineMarks(library, (text) => engine.check(text), {
      sliceMs: 10,
      now: clock,
      pause: async () => {
        pauses++;
        stale = true;
      },
      cancelled: () => stale,
    });
    expect(cancelled).toBeNull();
    expect(pauses).toBe(1);

    pauses = 0;
    const done = await computeRedlineMarks(library, (text) => engine.check(text), {
      sliceMs: 10,
      now: clock,
      pause: async () => void pauses++,
      cancelled: () => false,
    });
    expect(pauses).toBe(2); // 4 distinct contents, a pause after the 2nd and the 4th
    expect(done!.size).toBe(4);
  });

  it('drops contents edited away once the cache outgrows the library', async () => {
    const cache: MarkCache = new Map(Array.from({ length: 2000 }, (_, i) => [`旧内容${i}`, null]));
    await computeRedlineMarks(library, (t) => engine.check(t), { cache });
    expect([...cache.keys()].sort()).toEqual([...new Set(library.map((r) => r.content))].sort());
  });
});

describe('onlyMarked', () => {
  it('keeps the marked rows in the order of the view', async () => {
    const marks = (await computeRedlineMarks(library, (t) => createRedlineEngine().check(t)))!;
    const view = [library[4]!, library[1]!, library[0]!, library[2]!];
    expect(onlyMarked(view, marks).map((r) => r.id)).toEqual(['r5', 'r1', 'r3']);
  });
});
