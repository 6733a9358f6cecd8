import { describe, expect, it } from 'vitest';
import { absoluteDue, relativeDue } from '@/lib/reminders';
import { HOUR, MIN, T0 } from './fixtures';

describe('relative due time', () => {
  it.each([
    ['30 s ahead', T0 + 30_000, { when: 'now' }],
    ['30 s late', T0 - 30_000, { when: 'now' }],
    ['1 min ahead', T0 + MIN, { when: 'future', unit: 'minute', n: 1 }],
    ['25 min late', T0 - 25 * MIN, { when: 'past', unit: 'minute', n: 25 }],
    ['59.7 min ahead stays in minutes', T0 + 59.7 * MIN, { when: 'future', unit: 'minute', n: 59 }],
    ['an hour ahead', T0 + HOUR, { when: 'future', unit: 'hour', n: 1 }],
    ['1 h 50 min late is 1 hour', T0 - 110 * MIN, { when: 'past', unit: 'hour', n: 1 }],
    ['25 h ahead stays in hours', T0 + 25 * HOUR, { when: 'future', unit: 'hour', n: 25 }],
    ['47 h late', T0 - 47 * HOUR, { when: 'past', unit: 'hour', n: 47 }],
    ['48 h ahead is 2 days', T0 + 48 * HOUR, { when: 'future', unit: 'day', n: 2 }],
    ['10 days late', T0 - 240 * HOUR, { when: 'past', unit: 'day', n: 10 }],
  ])('%s', (_name, due, expected) => {
    expect(relativeDue(due, T0)).toEqual(expected);
  });
});

describe('absolute due time', () => {
  const at = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();
  it.each([
    ['later today', at(2026, 11, 23, 18), { day: 'today', time: '18:00' }],
    ['earlier today', at(2026, 11, 23, 9, 5), { day: 'today', time: '09:05' }],
    ['tomorrow', at(2026, 11, 24, 9), { day: 'tomorrow', time: '09:00' }],
    ['yesterday', at(2026, 11, 22, 23, 59), { day: 'yesterday', time: '23:59' }],
    ['this year', at(2026, 11, 25, 15), { day: 'date', month: 11, date: 25, time: '15:00' }],
    ['two days ago', at(2026, 11, 21, 10), { day: 'date', month: 11, date: 21, time: '10:00' }],
    ['next year', at(2027, 1, 3, 10, 30), { day: 'dateYear', year: 2027, month: 1, date: 3, time: '10:30' }],
  ])('%s', (_name, due, expected) => {
    expect(absoluteDue(due, T0)).toEqual(expected);
  });

  it('says tomorrow across a month end', () => {
    expect(absoluteDue(at(2026, 12, 1, 9), at(2026, 11, 30, 22))).toEqual({ day: 'tomorrow', time: '09:00' });
  });
});
