import { describe, expect, it } from 'vitest';
import { snoozeOneHour, tomorrowMorning } from '@/lib/reminders';
import { HOUR, MIN, T0 } from './fixtures';

const at = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describe('推迟 1 小时', () => {
  it.each([
    ['still ahead: moves by exactly an hour', T0 + 10 * MIN, T0 + 70 * MIN],
    ['due now: an hour from now', T0, T0 + HOUR],
    ['late: an hour from now, not from the old due time', T0 - 3 * HOUR, T0 + HOUR],
  ])('%s', (_name, due, expected) => {
    expect(snoozeOneHour(due, T0)).toBe(expected);
  });
});

describe('明天 9:00', () => {
  it.each([
    ['afternoon', at(2026, 11, 23, 14), at(2026, 11, 24, 9)],
    ['just after midnight', at(2026, 11, 23, 0, 5), at(2026, 11, 24, 9)],
    ['late evening', at(2026, 11, 23, 23, 50), at(2026, 11, 24, 9)],
    ['end of month', at(2026, 11, 30, 18), at(2026, 12, 1, 9)],
    ['new year', at(2026, 12, 31, 20), at(2027, 1, 1, 9)],
  ])('%s', (_name, now, expected) => {
    expect(tomorrowMorning(now)).toBe(expected);
  });
});
