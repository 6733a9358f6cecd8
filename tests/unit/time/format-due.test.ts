import { describe, expect, it } from 'vitest';
import { formatDueDistance, formatDueLabel, fromDatetimeLocal, toDatetimeLocal } from '@/lib/time';

const now = new Date('2026-11-23T10:15:00+08:00'); // a Monday

describe('formatDueLabel', () => {
  it.each([
    ['2026-11-23T15:00:00+08:00', '今天 15:00', 'today 15:00'],
    ['2026-11-24T09:05:00+08:00', '明天 09:05', 'tomorrow 09:05'],
    ['2026-11-22T18:00:00+08:00', '昨天 18:00', 'yesterday 18:00'],
    ['2026-11-27T18:00:00+08:00', '周五 18:00', 'Fri 18:00'],
    ['2026-12-05T18:00:00+08:00', '12月5日 18:00', '12/5 18:00'],
    ['2027-01-02T18:00:00+08:00', '2027年1月2日 18:00', '2027/1/2 18:00'],
  ])('%s → %s', (iso, zh, en) => expect(formatDueLabel(new Date(iso), now)).toEqual({ zh, en }));
});

describe('formatDueDistance', () => {
  it.each([
    ['2026-11-23T10:45:00+08:00', '还有 30 分钟'],
    ['2026-11-23T13:15:00+08:00', '还有 3 小时'],
    ['2026-11-23T09:40:00+08:00', '已超时 35 分钟'],
    ['2026-11-26T10:15:00+08:00', '还有 3 天'],
  ])('%s → %s', (iso, zh) => expect(formatDueDistance(new Date(iso), now).zh).toBe(zh));
});

describe('datetime-local', () => {
  it('round-trips local time and rejects junk', () => {
    const d = new Date('2026-11-24T15:30:00+08:00');
    expect(toDatetimeLocal(d)).toBe('2026-11-24T15:30');
    expect(fromDatetimeLocal('2026-11-24T15:30')!.getTime()).toBe(d.getTime());
    expect(fromDatetimeLocal('tomorrow')).toBeNull();
  });
});
