import { describe, expect, it } from 'vitest';
import { fromDatetimeLocal, toDatetimeLocal } from '@/lib/time';

describe('datetime-local', () => {
  it('round-trips local time and rejects junk', () => {
    const d = new Date('2026-11-24T15:30:00+08:00');
    expect(toDatetimeLocal(d)).toBe('2026-11-24T15:30');
    expect(fromDatetimeLocal('2026-11-24T15:30')!.getTime()).toBe(d.getTime());
    expect(fromDatetimeLocal('tomorrow')).toBeNull();
  });
});
