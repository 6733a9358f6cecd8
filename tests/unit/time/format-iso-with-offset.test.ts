import { afterEach, describe, expect, it } from 'vitest';
import { formatIsoWithOffset } from '../../../lib/time';

const ORIGINAL_TZ = process.env.TZ;

describe('formatIsoWithOffset', () => {
  afterEach(() => {
    process.env.TZ = ORIGINAL_TZ;
  });

  it.each([
    ['2026-11-24T07:00:00Z', '2026-11-24T15:00:00+08:00'],
    ['2026-11-23T16:00:00Z', '2026-11-24T00:00:00+08:00'], // UTC day before, Shanghai midnight
    ['2026-12-31T16:30:00Z', '2027-01-01T00:30:00+08:00'], // year rolls over locally first
    ['2026-11-24T07:00:00.250Z', '2026-11-24T15:00:00.250+08:00'],
    ['2026-02-28T23:59:59Z', '2026-03-01T07:59:59+08:00'],
  ])('%s in Asia/Shanghai → %s', (utc, expected) => {
    expect(formatIsoWithOffset(new Date(utc))).toBe(expected);
  });

  it('round-trips through Date.parse to the same instant', () => {
    const date = new Date('2026-11-24T15:00:00+08:00');
    expect(Date.parse(formatIsoWithOffset(date))).toBe(date.getTime());
  });

  it.each([
    ['America/New_York', '2026-11-24T07:00:00Z', '2026-11-24T02:00:00-05:00'],
    ['America/New_York', '2026-07-01T12:00:00Z', '2026-07-01T08:00:00-04:00'], // summer time
    ['Asia/Kolkata', '2026-11-24T07:00:00Z', '2026-11-24T12:30:00+05:30'],
    ['Asia/Kathmandu', '2026-11-24T07:00:00Z', '2026-11-24T12:45:00+05:45'],
    ['UTC', '2026-11-24T07:00:00Z', '2026-11-24T07:00:00+00:00'],
  ])('uses the runtime zone %s', (zone, utc, expected) => {
    process.env.TZ = zone;
    const date = new Date(utc);
    expect(formatIsoWithOffset(date)).toBe(expected);
    expect(Date.parse(formatIsoWithOffset(date))).toBe(date.getTime());
  });

  it('rejects an invalid date instead of printing NaN', () => {
    expect(() => formatIsoWithOffset(new Date('nonsense'))).toThrow(RangeError);
  });
});
