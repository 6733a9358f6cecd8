/**
 * Promise detection over a typical agent message (~40 characters), against chrono's own Chinese parser on the same
 * text in the same run, so the figure to read is the ratio: what our clause analysis costs on top of a plain date parse.
 * Run: npx vitest bench --run tests/bench/promises.bench.ts
 */
import * as chrono from 'chrono-node';
import { bench, describe } from 'vitest';
import { detectPromises } from '../../lib/promises';

const now = new Date('2026-11-23T10:15:00+08:00');

// 40 characters: two promises, a report and some politeness, as agents write.
const TYPICAL = '好的亲，仓库已经帮您催过了，今天下午五点前给您补发，明天上午给您回复物流单号哈～';
// A message with no promise takes the cheap path through most checks.
const NO_PROMISE = '亲亲，这款是现货的哈，我们一般48小时内发货，下午四点前付款的当天就能发出哦';

describe('typical agent message with promises (40 chars)', () => {
  bench('detectPromises', () => {
    detectPromises(TYPICAL, { now });
  });
  bench('baseline: chrono.zh.hans.parse alone', () => {
    chrono.zh.hans.parse(TYPICAL, now);
  });
});

describe('agent message without a promise (38 chars)', () => {
  bench('detectPromises', () => {
    detectPromises(NO_PROMISE, { now });
  });
  bench('baseline: chrono.zh.hans.parse alone', () => {
    chrono.zh.hans.parse(NO_PROMISE, now);
  });
});
