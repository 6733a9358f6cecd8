import { describe, expect, it } from 'vitest';
import type { Flag } from '@/lib/redline/types';
import { countGateEvent, readGateStats } from '@/lib/settings/gate-stats';

const flag = (category: Flag['category']): Flag => ({ category, severity: 'block', rule: 'r', start: 0, end: 1, message: '' });

describe('gate stats', () => {
  it('counts stops and overrides per category', () => {
    let s = readGateStats(undefined);
    s = countGateEvent(s, 'blocked', [flag('invoice_refusal'), flag('invoice_refusal'), flag('off_platform')], 1);
    s = countGateEvent(s, 'overridden', [flag('invoice_refusal')], 2);
    expect(s).toEqual({
      blocked: 1,
      overridden: 1,
      lastOverrideAt: 2,
      byCategory: { invoice_refusal: { blocked: 1, overridden: 1 }, off_platform: { blocked: 1, overridden: 0 } },
    });
  });

  it.each([null, 'x', { blocked: 'many' }])('reads junk as zero (%o)', (raw) => {
    expect(readGateStats(raw)).toMatchObject({ blocked: 0, overridden: 0, byCategory: {} });
  });
});
