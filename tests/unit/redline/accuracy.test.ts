import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../lib/redline';
import { measure, readLabelled, report } from './labelled-metrics';

const FIXTURES = new URL('../../fixtures/redline/', import.meta.url);

describe('accuracy on the labelled set (written before the rules, then tuned against)', () => {
  const rows = readLabelled(new URL('labelled.jsonl', FIXTURES).pathname);
  const figures = measure(rows);
  console.log(report('labelled.jsonl', figures));

  it('is big and balanced enough to mean something', () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(figures.violations).toBeGreaterThanOrEqual(150);
    expect(figures.clean).toBeGreaterThanOrEqual(150);
    for (const c of CATEGORY_IDS) expect(figures.perCategory[c].expected, c).toBeGreaterThanOrEqual(10);
  });

  it('finds at least 90% of violations', () => {
    expect(figures.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('flags at most 5% of clean replies', () => {
    expect(figures.falseRate).toBeLessThanOrEqual(0.05);
  });
});

/*
 * Self-written held-out sets, looser thresholds. holdout-self.jsonl was measured blind once (recall 42/58 = 72.4%,
 * false 0/40), then the rules were generalised by failure type, so it is no longer blind; holdout-self-2.jsonl was
 * written after that and measured blind once (recall 39/48 = 81.3%, false 1/35 = 2.9%) and has not been tuned against.
 */
describe.each([
  ['holdout-self.jsonl', 'seen once blind, since generalised against'],
  ['holdout-self-2.jsonl', 'blind: never tuned against'],
])('accuracy on %s (%s)', (file) => {
  const rows = readLabelled(new URL(file, FIXTURES).pathname);
  const figures = measure(rows);
  console.log(report(file, figures));

  it('has at least 60 replies with both violations and clean ones', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(figures.violations).toBeGreaterThan(0);
    expect(figures.clean).toBeGreaterThan(0);
  });

  it('finds at least 80% of violations', () => {
    expect(figures.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('flags at most 10% of clean replies', () => {
    expect(figures.falseRate).toBeLessThanOrEqual(0.1);
  });
});
