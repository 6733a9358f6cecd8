import type { PromiseRow } from '@/lib/db/database';

/** 2026-11-23 (a Monday) 14:00 in Asia/Shanghai, the zone the tests run in. */
export const T0 = new Date(2026, 10, 23, 14, 0).getTime();
export const MIN = 60_000;
export const HOUR = 60 * MIN;

let n = 0;

export function promiseRow(overrides: Partial<PromiseRow> = {}): PromiseRow {
  n += 1;
  return {
    id: `p${n}`,
    platform: 'pinduoduo',
    uid: `uid-${n}`,
    buyerName: `买家${n}`,
    text: '明天给您发顺丰',
    kind: 'ship',
    due: T0 + HOUR,
    vague: false,
    status: 'open',
    createdAt: T0 - HOUR,
    updatedAt: T0 - HOUR,
    ...overrides,
  };
}
