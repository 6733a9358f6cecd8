import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../../lib/redline';
import { measure, readLabelled, report } from './labelled-metrics';

const FIXTURES = new URL('../../fixtures/redline/', import.meta.url);

/*
 * The sets the rules are tuned on: labelled.jsonl (mine: the first 457 lines written before the first rules, the rest
 * three rounds of new phrasings written before each round of generalisation), tune-2.jsonl (400 replies written
 * blind to the engine by another helper) and round3/redline-a.jsonl (350 replies by a third author, a platform QC
 * inspector's voice; before round 3 the engine found 60.9% of its violations with 5.4% false flags). Recall counts a
 * violation as found when every expected category is flagged; the false-flag rate counts clean replies with any flag.
 *
 * Blind, never tuned on, measured once through the CLI at the end of round 3 (commit 7fea390's tree for lib/redline):
 * round3/redline-b.jsonl (a livestream 客服主管's voice): recall 156/220 = 70.9%, false flags 12/130 = 9.2%; per
 * category off_platform 16/23, medical 16/20, absolute 20/23, review 15/22, privacy 14/20, order 15/22, abuse 15/21,
 * return 20/23, invoice 13/20, counterfeit 13/20, unfair_terms 12/20. Not opened, not tuned on.
 */
describe.each([
  ['labelled.jsonl', 300, 150],
  ['tune-2.jsonl', 300, 150],
  ['../round3/redline-a.jsonl', 350, 130],
])('accuracy on %s (tuned on)', (file, minRows, minClean) => {
  const rows = readLabelled(new URL(file, FIXTURES).pathname);
  const figures = measure(rows);
  console.log(report(file, figures));

  it('is big and balanced enough to mean something', () => {
    expect(rows.length).toBeGreaterThanOrEqual(minRows);
    expect(figures.violations).toBeGreaterThanOrEqual(150);
    expect(figures.clean).toBeGreaterThanOrEqual(minClean);
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
 * Self-written held-out sets, looser thresholds. Each was measured blind once; all but the last were then generalised
 * against by failure type, so they are no longer blind: holdout-self 42/58 = 72.4% (false 0/40), holdout-self-2
 * 39/48 = 81.3% (false 1/35), holdout-self-3 35/66 = 53.0% (false 0/44, after the frames rework), holdout-self-4
 * 49/66 = 74.2% (false 0/40, after six rounds of new phrasings). holdout-self-5 was written after the rules were
 * final and has not been tuned against: 55/66 = 83.3%, false 1/40 = 2.5%.
 */
describe.each([
  ['holdout-self.jsonl', 'seen: measured blind once, generalised against since'],
  ['holdout-self-2.jsonl', 'seen: measured blind once, generalised against since'],
  ['holdout-self-3.jsonl', 'seen: measured blind once, generalised against since'],
  ['holdout-self-4.jsonl', 'seen: measured blind once, generalised against since'],
  ['holdout-self-5.jsonl', 'blind: never tuned against'],
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

/*
 * Round 4: two more authors, measured blind once through `kefu check` (rules + model) and then retired to tuning:
 * round4/redline-c.jsonl (an outsourced call-centre's polite scripts) and round4/redline-d.jsonl (a farmer typing by
 * voice). The rules alone found 127/220 = 57.7% of each set's violations before round 4 (false 6/130 and 3/130);
 * after generalising by meaning class they find about 86%. These floors keep that from sliding back; they are not
 * the 90% target, which rules and model together are measured against (tests/unit/redline-model).
 */
describe.each(['../round4/redline-c.jsonl', '../round4/redline-d.jsonl'])(
  'accuracy on %s (tuned on in round 4)',
  (file) => {
    const rows = readLabelled(new URL(file, FIXTURES).pathname);
    const figures = measure(rows);
    console.log(report(file, figures));

    it('keeps what round 4 gained', () => {
      expect(figures.recall).toBeGreaterThanOrEqual(0.85);
      expect(figures.falseRate).toBeLessThanOrEqual(0.05);
    });
  }
);
