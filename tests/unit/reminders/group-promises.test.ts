import { describe, expect, it } from 'vitest';
import { dailyReview, dayBounds, groupPending } from '@/lib/reminders';
import { HOUR, MIN, promiseRow, T0 } from './fixtures';

const at = (d: number, h: number, mi = 0) => new Date(2026, 10, d, h, mi).getTime();

describe('day bounds', () => {
  it.each([
    [at(23, 14), at(23, 0), at(24, 0)],
    [at(23, 0), at(23, 0), at(24, 0)],
    [at(23, 23, 59), at(23, 0), at(24, 0)],
    [new Date(2026, 11, 31, 22).getTime(), new Date(2026, 11, 31).getTime(), new Date(2027, 0, 1).getTime()],
  ])('%i lies in [%i, %i)', (now, from, to) => {
    expect(dayBounds(now)).toEqual({ from, to });
  });
});

describe('pending groups', () => {
  it.each([
    ['due an hour ago', at(23, 13), 'overdue'],
    ['due yesterday', at(22, 18), 'overdue'],
    ['due this minute', T0, 'overdue'],
    ['due later today', at(23, 18), 'today'],
    ['due 23:59 today', at(23, 23, 59), 'today'],
    ['due midnight tonight', at(24, 0), 'later'],
    ['due next week', at(30, 10), 'later'],
  ])('%s → %s', (_name, due, group) => {
    const groups = groupPending([promiseRow({ id: 'x', due })], T0);
    expect(Object.entries(groups).find(([, rows]) => rows.length)?.[0]).toBe(group);
  });

  it('orders each group by due time and leaves closed promises out', () => {
    const rows = [
      promiseRow({ id: 'late2', due: T0 - MIN }),
      promiseRow({ id: 'late1', due: T0 - 2 * HOUR }),
      promiseRow({ id: 'done', due: T0 - HOUR, status: 'done' }),
      promiseRow({ id: 'gone', due: T0 + HOUR, status: 'dismissed' }),
      promiseRow({ id: 'today2', due: T0 + 3 * HOUR }),
      promiseRow({ id: 'today1', due: T0 + HOUR }),
      promiseRow({ id: 'later1', due: at(25, 10) }),
    ];
    const groups = groupPending(rows, T0);
    expect(groups.overdue.map((p) => p.id)).toEqual(['late1', 'late2']);
    expect(groups.today.map((p) => p.id)).toEqual(['today1', 'today2']);
    expect(groups.later.map((p) => p.id)).toEqual(['later1']);
  });
});

describe('日清 review', () => {
  const now = at(23, 19);
  const day = [
    promiseRow({ id: 'a', due: at(23, 10), status: 'done', closedAt: at(23, 9) }),
    promiseRow({ id: 'b', due: at(23, 15), status: 'open' }),
    promiseRow({ id: 'c', due: at(23, 16), status: 'dismissed', closedAt: at(23, 16) }),
    // due tomorrow but already done today: today's work
    promiseRow({ id: 'd', due: at(24, 10), status: 'done', closedAt: at(23, 17) }),
    // due yesterday, closed today
    promiseRow({ id: 'e', due: at(22, 18), status: 'done', closedAt: at(23, 11) }),
    // due tomorrow, still open: not today's (a stray row must not count)
    promiseRow({ id: 'f', due: at(24, 10), status: 'open' }),
  ];
  const open = [
    day[1]!,
    day[5]!,
    promiseRow({ id: 'old', due: at(21, 10), status: 'open' }),
    promiseRow({ id: 'older', due: at(20, 10), status: 'open' }),
  ];

  it('lists what was due or closed today, in due order', () => {
    expect(dailyReview(day, open, now).items.map((p) => p.id)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('counts outcomes', () => {
    expect(dailyReview(day, open, now).counts).toEqual({ open: 1, done: 3, dismissed: 1, total: 5 });
  });

  it('carries over older open promises, oldest first', () => {
    expect(dailyReview(day, open, now).carriedOver.map((p) => p.id)).toEqual(['older', 'old']);
  });

  it('is empty on a day with nothing due', () => {
    expect(dailyReview([], [], now)).toEqual({
      items: [],
      counts: { open: 0, done: 0, dismissed: 0, total: 0 },
      carriedOver: [],
    });
  });
});
