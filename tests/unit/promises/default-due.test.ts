import { describe, expect, it } from 'vitest';
import { defaultDue, PROMISE_KINDS, type PromiseKind, type VagueHint } from '../../../lib/promises';
import { formatIsoWithOffset } from '../../../lib/time';

const MON_MORNING = '2026-11-23T10:15:00+08:00';
const MON_LATE_AFTERNOON = '2026-11-23T16:20:00+08:00';
const MON_EVENING = '2026-11-23T19:40:00+08:00';
const MON_NIGHT = '2026-11-23T20:30:00+08:00';
const SUN_NIGHT = '2026-11-29T22:30:00+08:00';
const EARLY = '2026-11-24T07:30:00+08:00';

function due(kind: PromiseKind, now: string, hint?: VagueHint): string {
  return formatIsoWithOffset(defaultDue(kind, new Date(now), hint));
}

describe('defaultDue by hint', () => {
  it.each<[VagueHint, string, string]>([
    ['now', MON_MORNING, '2026-11-23T10:30:00+08:00'],
    ['soon', MON_MORNING, '2026-11-23T10:45:00+08:00'],
    ['asap', MON_MORNING, '2026-11-23T11:15:00+08:00'],
    ['later', MON_MORNING, '2026-11-23T12:15:00+08:00'],
    ['on_result', MON_MORNING, '2026-11-23T12:15:00+08:00'],
    ['on_restock', MON_MORNING, '2026-11-24T10:05:00+08:00'], // about a day later
    ['on_restock', EARLY, '2026-11-24T21:00:00+08:00'], // a day later would be 07:20: the evening before
    ['on_restock', SUN_NIGHT, '2026-11-30T22:20:00+08:00'],
    // the agent is at the desk and sets the pace: now/soon/later stay put even at night
    ['now', SUN_NIGHT, '2026-11-29T22:45:00+08:00'],
    ['soon', SUN_NIGHT, '2026-11-29T23:00:00+08:00'],
    ['later', MON_EVENING, '2026-11-23T21:40:00+08:00'],
    ['later', MON_NIGHT, '2026-11-23T22:30:00+08:00'], // 晚点 at 20:30 is later this evening
    ['later', SUN_NIGHT, '2026-11-30T00:30:00+08:00'],
    // waiting on others: out of quiet hours (from 22:00, before 09:00) to 10:00
    ['on_result', MON_EVENING, '2026-11-23T21:40:00+08:00'], // an evening shift still answers at 21:40
    ['on_result', MON_NIGHT, '2026-11-24T10:00:00+08:00'],
    ['asap', SUN_NIGHT, '2026-11-30T10:00:00+08:00'],
    ['asap', EARLY, '2026-11-24T10:00:00+08:00'],
  ])('%s at %s → %s', (hint, now, expected) => {
    expect(due('reply', now, hint)).toBe(expected);
  });
});

describe('defaultDue by kind, when no time word was said', () => {
  it.each<[PromiseKind, string, string]>([
    ['ship', MON_MORNING, '2026-11-23T18:00:00+08:00'], // before the 16:00 cut-off: today
    ['resend', MON_LATE_AFTERNOON, '2026-11-24T18:00:00+08:00'], // after it: tomorrow
    ['exchange', MON_MORNING, '2026-11-23T18:00:00+08:00'],
    ['refund', MON_EVENING, '2026-11-24T18:00:00+08:00'],
    ['invoice', MON_MORNING, '2026-11-23T18:00:00+08:00'],
    ['other', MON_MORNING, '2026-11-23T18:00:00+08:00'],
    ['reply', MON_MORNING, '2026-11-23T11:15:00+08:00'],
    ['callback', MON_MORNING, '2026-11-23T11:15:00+08:00'],
    ['warehouse', MON_MORNING, '2026-11-23T11:15:00+08:00'],
    ['logistics', MON_EVENING, '2026-11-23T20:40:00+08:00'],
    ['reply', SUN_NIGHT, '2026-11-30T10:00:00+08:00'],
    ['restock_notice', MON_MORNING, '2026-11-24T10:05:00+08:00'],
  ])('%s at %s → %s', (kind, now, expected) => {
    expect(due(kind, now)).toBe(expected);
  });

  it('a restock notice waits for stock whatever the hint (到货了马上通知您)', () => {
    expect(due('restock_notice', MON_MORNING, 'now')).toBe('2026-11-24T10:05:00+08:00');
  });

  it.each(
    PROMISE_KINDS.flatMap((kind) => [MON_MORNING, MON_EVENING, SUN_NIGHT, EARLY].map((now) => [kind, now] as const)),
  )('%s at %s is never in the past', (kind, now) => {
    expect(defaultDue(kind, new Date(now)).getTime()).toBeGreaterThan(new Date(now).getTime());
  });
});
