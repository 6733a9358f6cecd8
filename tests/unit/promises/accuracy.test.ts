import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROMISE_KINDS } from '../../../lib/promises';
import { describeScore, readLabelled, scoreLabelled } from './score-labelled';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/promises/${name}`, import.meta.url));
const round3 = (name: string) => fileURLToPath(new URL(`../../fixtures/round3/${name}`, import.meta.url));

describe('accuracy on the labelled set (written before tuning; tuned on)', () => {
  const rows = readLabelled(fixture('labelled.jsonl'));

  it('is the size the brief asks for and covers every kind', () => {
    const promises = rows.flatMap((r) => r.promises);
    expect(rows.length).toBeGreaterThanOrEqual(180);
    expect(promises.length).toBeGreaterThanOrEqual(110);
    expect(rows.filter((r) => r.promises.length === 0).length).toBeGreaterThanOrEqual(60);
    expect(new Set(promises.map((p) => p.kind))).toEqual(new Set(PROMISE_KINDS));
  });

  it('recall ≥ 0.9, false rate ≤ 0.1, due in window ≥ 0.85', () => {
    const score = scoreLabelled(rows);
    console.log(describeScore('labelled.jsonl', score));
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.falseRate).toBeLessThanOrEqual(0.1);
    expect(score.nonPromiseFireRate).toBeLessThanOrEqual(0.1);
    expect(score.windowRate).toBeGreaterThanOrEqual(0.85);
  });
});

describe('accuracy on tune-2 (written blind by another helper; tuned on in v2)', () => {
  it('recall ≥ 0.9, false rate ≤ 0.1, due in window ≥ 0.85', () => {
    const rows = readLabelled(fixture('tune-2.jsonl'));
    expect(rows.length).toBeGreaterThanOrEqual(250);
    const score = scoreLabelled(rows);
    console.log(describeScore('tune-2.jsonl', score));
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.falseRate).toBeLessThanOrEqual(0.1);
    expect(score.nonPromiseFireRate).toBeLessThanOrEqual(0.1);
    expect(score.windowRate).toBeGreaterThanOrEqual(0.85);
  });
});

// round3/promises-b.jsonl (writer-b, a livestream-shop 客服主管) is the blind check of round 3: never opened, never
// tuned against, measured once through the CLI after the last change to lib/promises in this round:
// recall 74.8% (116/155), false 12.1% of reported (16/132), non-promise messages firing 5.7%, due in window 92.2%.
describe('accuracy on round3/promises-a (written blind by writer-a, a QC inspector; tuned on in round 3)', () => {
  it('recall ≥ 0.9, false rate ≤ 0.1, due in window ≥ 0.85', () => {
    const rows = readLabelled(round3('promises-a.jsonl'));
    expect(rows.length).toBeGreaterThanOrEqual(200);
    const score = scoreLabelled(rows);
    console.log(describeScore('round3/promises-a.jsonl', score));
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.falseRate).toBeLessThanOrEqual(0.1);
    expect(score.nonPromiseFireRate).toBeLessThanOrEqual(0.1);
    expect(score.windowRate).toBeGreaterThanOrEqual(0.85);
  });
});

describe('accuracy on holdout-self (new phrasings written after the first tuning; seen since, its labels aligned with tune-2)', () => {
  it('recall ≥ 0.8, false rate ≤ 0.15, due in window ≥ 0.75', () => {
    const rows = readLabelled(fixture('holdout-self.jsonl'));
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const score = scoreLabelled(rows);
    console.log(describeScore('holdout-self.jsonl', score));
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
    expect(score.falseRate).toBeLessThanOrEqual(0.15);
    expect(score.nonPromiseFireRate).toBeLessThanOrEqual(0.15);
    expect(score.windowRate).toBeGreaterThanOrEqual(0.75);
  });
});

describe('accuracy on holdout-self-2 (new phrasings written after the v2 rules; never tuned on)', () => {
  it('recall ≥ 0.8, false rate ≤ 0.15, due in window ≥ 0.75', () => {
    const rows = readLabelled(fixture('holdout-self-2.jsonl'));
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const score = scoreLabelled(rows);
    console.log(describeScore('holdout-self-2.jsonl', score));
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
    expect(score.falseRate).toBeLessThanOrEqual(0.15);
    expect(score.nonPromiseFireRate).toBeLessThanOrEqual(0.15);
    expect(score.windowRate).toBeGreaterThanOrEqual(0.75);
  });
});

describe('accuracy on holdout-self-3 (round 3, written after the rules; first measured 92.9% / 13.3% / 87.2%, seen since)', () => {
  it('recall ≥ 0.8, false rate ≤ 0.15, due in window ≥ 0.75', () => {
    const rows = readLabelled(fixture('holdout-self-3.jsonl'));
    expect(rows.length).toBeGreaterThanOrEqual(60);
    const score = scoreLabelled(rows);
    console.log(describeScore('holdout-self-3.jsonl', score));
    expect(score.recall).toBeGreaterThanOrEqual(0.8);
    expect(score.falseRate).toBeLessThanOrEqual(0.15);
    expect(score.nonPromiseFireRate).toBeLessThanOrEqual(0.15);
    expect(score.windowRate).toBeGreaterThanOrEqual(0.75);
  });
});
