import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  atTime,
  calendarDaysBetween,
  dayOfMonth,
  formatIsoWithOffset,
  isoWeekday,
  lastDayOfMonth,
  minutesOfDay,
  nextWeekdayAt,
  startOfDay,
  startOfIsoWeek,
  weekdayOfNextWeek,
  type IsoWeekday,
} from '../../../lib/time';

const at = (iso: string) => new Date(iso);
const show = (d: Date) => formatIsoWithOffset(d);

// 2026-11-23 is a Monday; 2026-11-29 a Sunday.
describe('calendar helpers (local zone Asia/Shanghai)', () => {
  it.each([
    ['2026-11-23T10:15:00+08:00', '2026-11-23T00:00:00+08:00'],
    ['2026-11-23T00:00:00+08:00', '2026-11-23T00:00:00+08:00'],
    ['2026-11-23T23:59:59+08:00', '2026-11-23T00:00:00+08:00'],
  ])('startOfDay(%s) = %s', (input, expected) => {
    expect(show(startOfDay(at(input)))).toBe(expected);
  });

  it.each([
    ['2026-11-23T10:15:00+08:00', 18, 0, '2026-11-23T18:00:00+08:00'],
    ['2026-11-23T23:10:00+08:00', 9, 30, '2026-11-23T09:30:00+08:00'],
  ])('atTime(%s, %i:%i)', (input, h, m, expected) => {
    expect(show(atTime(at(input), h, m))).toBe(expected);
  });

  it.each([
    ['2026-11-30T16:20:00+08:00', 1, '2026-12-01T16:20:00+08:00'],
    ['2026-12-31T17:45:00+08:00', 1, '2027-01-01T17:45:00+08:00'],
    ['2028-02-28T09:00:00+08:00', 1, '2028-02-29T09:00:00+08:00'], // leap year
    ['2026-11-23T10:15:00+08:00', -23, '2026-10-31T10:15:00+08:00'],
  ])('addDays(%s, %i)', (input, n, expected) => {
    expect(show(addDays(at(input), n))).toBe(expected);
  });

  it('addDays does not mutate its input', () => {
    const d = at('2026-11-23T10:15:00+08:00');
    addDays(d, 3);
    expect(show(d)).toBe('2026-11-23T10:15:00+08:00');
  });

  it.each([
    ['2026-11-23T10:15:00+08:00', 1],
    ['2026-11-27T10:15:00+08:00', 5],
    ['2026-11-28T10:15:00+08:00', 6],
    ['2026-11-29T23:59:00+08:00', 7],
  ])('isoWeekday(%s) = %i', (input, expected) => {
    expect(isoWeekday(at(input))).toBe(expected);
  });

  it.each([
    ['2026-11-23T10:15:00+08:00', '2026-11-23T00:00:00+08:00'],
    ['2026-11-29T22:30:00+08:00', '2026-11-23T00:00:00+08:00'], // Sunday belongs to the week that began Monday
    ['2027-01-01T08:00:00+08:00', '2026-12-28T00:00:00+08:00'], // across the year
  ])('startOfIsoWeek(%s) = %s', (input, expected) => {
    expect(show(startOfIsoWeek(at(input)))).toBe(expected);
  });

  it.each<[string, IsoWeekday, boolean | undefined, string]>([
    ['2026-11-23T10:15:00+08:00', 5, undefined, '2026-11-27T18:00:00+08:00'], // Mon → this Fri
    ['2026-11-27T20:00:00+08:00', 5, undefined, '2026-11-27T18:00:00+08:00'], // Fri counts itself even after 18:00
    ['2026-11-27T20:00:00+08:00', 5, false, '2026-12-04T18:00:00+08:00'],
    ['2026-11-28T11:00:00+08:00', 5, undefined, '2026-12-04T18:00:00+08:00'], // Sat → next Fri
    ['2026-11-29T22:30:00+08:00', 1, undefined, '2026-11-30T18:00:00+08:00'], // Sun → tomorrow Mon
  ])('nextWeekdayAt(%s, %i, includeToday=%s)', (input, weekday, includeToday, expected) => {
    const options = includeToday === undefined ? {} : { includeToday };
    expect(show(nextWeekdayAt(at(input), weekday, 18, 0, options))).toBe(expected);
  });

  it.each<[string, IsoWeekday, string]>([
    ['2026-11-23T10:15:00+08:00', 1, '2026-11-30T10:00:00+08:00'],
    ['2026-11-29T22:30:00+08:00', 1, '2026-11-30T10:00:00+08:00'], // said on Sunday, 下周一 is tomorrow
    ['2026-11-28T11:00:00+08:00', 5, '2026-12-04T10:00:00+08:00'],
    ['2026-12-31T17:45:00+08:00', 1, '2027-01-04T10:00:00+08:00'],
  ])('weekdayOfNextWeek(%s, %i)', (input, weekday, expected) => {
    expect(show(weekdayOfNextWeek(at(input), weekday, 10))).toBe(expected);
  });

  it.each([
    ['2026-11-23T10:15:00+08:00', '2026-11-30T00:00:00+08:00'],
    ['2026-12-01T09:30:00+08:00', '2026-12-31T00:00:00+08:00'],
    ['2028-02-10T09:30:00+08:00', '2028-02-29T00:00:00+08:00'],
  ])('lastDayOfMonth(%s)', (input, expected) => {
    expect(show(lastDayOfMonth(at(input)))).toBe(expected);
  });

  it.each([
    ['2026-11-23T10:15:00+08:00', 25, 0, '2026-11-25T00:00:00+08:00'],
    ['2026-12-31T17:45:00+08:00', 2, 1, '2027-01-02T00:00:00+08:00'],
    ['2026-01-31T10:00:00+08:00', 31, 1, '2026-02-28T00:00:00+08:00'], // clamped to February's length
  ])('dayOfMonth(%s, %i, +%i month)', (input, day, offset, expected) => {
    expect(show(dayOfMonth(at(input), day, offset))).toBe(expected);
  });

  it.each([
    ['2026-11-25T14:05:00+08:00', 2, '2026-11-27T14:05:00+08:00'], // Wed → Fri
    ['2026-11-27T15:30:00+08:00', 1, '2026-11-30T15:30:00+08:00'], // Fri → Mon
    ['2026-11-28T11:00:00+08:00', 1, '2026-11-30T11:00:00+08:00'], // Sat → Mon
    ['2026-11-23T10:15:00+08:00', 5, '2026-11-30T10:15:00+08:00'],
  ])('addWorkingDays(%s, %i)', (input, n, expected) => {
    expect(show(addWorkingDays(at(input), n))).toBe(expected);
  });

  it.each([
    ['2026-11-23T23:59:00+08:00', '2026-11-24T00:01:00+08:00', 1],
    ['2026-12-01T09:30:00+08:00', '2026-11-25T18:00:00+08:00', -6],
    ['2026-12-31T10:00:00+08:00', '2027-01-05T10:00:00+08:00', 5],
  ])('calendarDaysBetween(%s, %s) = %i', (a, b, expected) => {
    expect(calendarDaysBetween(at(a), at(b))).toBe(expected);
  });

  it('minutesOfDay counts local minutes since midnight', () => {
    expect(minutesOfDay(at('2026-11-23T19:40:00+08:00'))).toBe(19 * 60 + 40);
  });
});
