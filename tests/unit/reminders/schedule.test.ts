import { describe, expect, it } from 'vitest';
import {
  badgeText,
  countOverdue,
  isOverdue,
  needsNotice,
  nextAlarmAt,
  noticeIdOf,
  planNotices,
  promiseIdOfNotice,
  SUMMARY_NOTICE_ID,
} from '@/lib/reminders';
import { HOUR, MIN, promiseRow, T0 } from './fixtures';

describe('what has fallen due', () => {
  it.each([
    ['open, due an hour ago', { status: 'open', due: T0 - HOUR }, true],
    ['open, due this very moment', { status: 'open', due: T0 }, true],
    ['open, due in a minute', { status: 'open', due: T0 + MIN }, false],
    ['done, due an hour ago', { status: 'done', due: T0 - HOUR }, false],
    ['dismissed, due an hour ago', { status: 'dismissed', due: T0 - HOUR }, false],
  ] as const)('%s → overdue %s', (_name, p, expected) => {
    expect(isOverdue(p, T0)).toBe(expected);
  });

  it.each([
    ['never reminded', { notifiedDue: undefined }, true],
    ['reminded for this due time', { notifiedDue: T0 - HOUR }, false],
    ['reminded for an earlier due time (snoozed since)', { notifiedDue: T0 - 3 * HOUR }, true],
  ] as const)('overdue and %s → notice %s', (_name, extra, expected) => {
    expect(needsNotice({ status: 'open', due: T0 - HOUR, ...extra }, T0)).toBe(expected);
  });

  it('does not notice what is not due yet or closed', () => {
    expect(needsNotice({ status: 'open', due: T0 + MIN }, T0)).toBe(false);
    expect(needsNotice({ status: 'done', due: T0 - MIN }, T0)).toBe(false);
  });

  it('counts only open promises at or past their due time', () => {
    const rows = [
      promiseRow({ due: T0 - HOUR }),
      promiseRow({ due: T0 }),
      promiseRow({ due: T0 + HOUR }),
      promiseRow({ due: T0 - HOUR, status: 'done' }),
      promiseRow({ due: T0 - HOUR, status: 'dismissed' }),
    ];
    expect(countOverdue(rows, T0)).toBe(2);
    expect(countOverdue([], T0)).toBe(0);
  });
});

describe('next alarm', () => {
  it.each([
    ['nothing open', [], null],
    ['only overdue', [{ status: 'open', due: T0 - MIN }], null],
    ['due exactly now is not ahead', [{ status: 'open', due: T0 }], null],
    [
      'the earliest open one ahead',
      [
        { status: 'open', due: T0 + 3 * HOUR },
        { status: 'open', due: T0 + HOUR },
        { status: 'open', due: T0 - HOUR },
      ],
      T0 + HOUR,
    ],
    [
      'closed ones do not ring',
      [
        { status: 'done', due: T0 + MIN },
        { status: 'dismissed', due: T0 + 2 * MIN },
        { status: 'open', due: T0 + 3 * MIN },
      ],
      T0 + 3 * MIN,
    ],
  ] as const)('%s', (_name, rows, expected) => {
    expect(nextAlarmAt(rows, T0)).toBe(expected);
  });
});

describe('notices fired together', () => {
  // dN fell due N hours ago.
  const row = (id: string) => promiseRow({ id, due: T0 - Number(id.slice(1)) * HOUR });

  it.each([
    [['d1'], 3, ['d1'], []],
    [['d1', 'd5', 'd3'], 3, ['d5', 'd3', 'd1'], []],
    [['d1', 'd2', 'd3', 'd4'], 3, ['d4', 'd3'], ['d2', 'd1']],
    [['d2', 'd5', 'd1', 'd4', 'd3'], 3, ['d5', 'd4'], ['d3', 'd2', 'd1']],
    [['d1', 'd2'], 1, [], ['d2', 'd1']],
  ])('%j with room for %i: the longest-waiting get their own', (ids, max, single, summarised) => {
    const plan = planNotices(ids.map(row), max);
    expect(plan.single.map((p) => p.id)).toEqual(single);
    expect(plan.summarised.map((p) => p.id)).toEqual(summarised);
  });

  it('never shows more than the cap, summary included', () => {
    for (let count = 0; count <= 8; count += 1) {
      const plan = planNotices(Array.from({ length: count }, (_, i) => row(`d${i + 1}`)), 3);
      expect(plan.single.length + (plan.summarised.length ? 1 : 0)).toBeLessThanOrEqual(3);
      expect(plan.single.length + plan.summarised.length).toBe(count);
    }
  });
});

describe('badge', () => {
  it.each([
    [0, ''],
    [-1, ''],
    [1, '1'],
    [42, '42'],
    [99, '99'],
    [100, '99+'],
    [1234, '99+'],
  ])('%i overdue → %j', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });
});

describe('notification ids', () => {
  it.each([
    [noticeIdOf('abc-1'), 'abc-1'],
    [SUMMARY_NOTICE_ID, null],
    ['kefu-promise:', null],
    ['someone-else', null],
  ])('%s → %s', (id, promiseId) => {
    expect(promiseIdOfNotice(id)).toBe(promiseId);
  });
});
