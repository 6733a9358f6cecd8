import { createRedlineEngine } from '@/lib/redline';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  bundledModel,
  createFullChecker,
  loadModel,
  scoreCategories,
  trainRedlineModel,
  type LabelledReply,
} from '@/lib/redline-model';

describe('the red-line model', () => {
  it('learns what a category sounds like, deterministically', () => {
    const rows: LabelledReply[] = [];
    for (let i = 0; i < 30; i++) {
      rows.push({ text: `这个第${i}款是高仿的哦`, expect: ['counterfeit'] });
      rows.push({ text: `这个第${i}款是正品哦`, expect: [] });
    }
    const a = trainRedlineModel(rows, { epochs: 20 });
    const b = trainRedlineModel(rows, { epochs: 20 });
    expect(a).toEqual(b);
    const m = loadModel(a);
    expect(scoreCategories(m, '我们家是高仿的').counterfeit).toBeGreaterThan(0.9);
    expect(scoreCategories(m, '我们家是正品').counterfeit).toBeLessThan(0.2);
  });
});

describe('rules and model together', () => {
  const checker = createFullChecker({ platform: 'pinduoduo' }, bundledModel());

  it('keeps the rules’ blocking flags', () => {
    const flags = checker.check('亲,我们店不开发票的哦');
    expect(flags[0]).toMatchObject({ category: 'invoice_refusal', severity: 'block', rule: 'invoice.refuse' });
  });

  it('adds a warning where only the model hears the red line (a sentence in no training set)', () => {
    const text = '喝了这个茶,高血压慢慢就下来了';
    expect(createRedlineEngine({ platform: 'pinduoduo' }).check(text)).toEqual([]);
    const [flag] = checker.check(text);
    expect(flag).toMatchObject({ category: 'medical_claims', severity: 'warn', rule: 'model.medical_claims' });
    expect(flag!.end).toBeGreaterThan(flag!.start);
    expect(flag!.message).toContain('模型判断');
  });

  it('drops a rule’s flag the model is sure is not that red line (a product feature naming apps)', () => {
    const text = '蓝牙耳机连上以后微信语音、QQ通话都能用，麦克风在左耳';
    expect(checker.check(text)).toEqual([]);
  });

  it('keeps a rule’s flag on a disguised spelling the model barely knows (V信), judged as the rules read it', () => {
    const text = '全网最低价,不满意加我V信退款';
    // As typed, the model is sure this is no off-platform red line; with V信 read as 微信 it is not.
    expect(scoreCategories(bundledModel(), text).off_platform).toBeLessThan(0.1);
    const rules = checker.check(text).map((f) => f.category);
    expect(rules).toContain('off_platform');
    expect(rules).toContain('absolute_claims');
  });

  it('does not bring back a red line the shop switched the rule off for', () => {
    const text = '这款是全网最低价';
    const on = createFullChecker({ platform: 'pinduoduo' }, bundledModel()).check(text);
    expect(on.map((f) => f.category)).toContain('absolute_claims');
    const rule = on.find((f) => f.category === 'absolute_claims')!.rule;
    const off = createFullChecker({ platform: 'pinduoduo', disabled: [rule] }, bundledModel()).check(text);
    expect(off.filter((f) => f.category === 'absolute_claims')).toEqual([]);
  });

  it('never drops a shop’s own rule, whatever the model thinks', () => {
    const custom = createFullChecker(
      { platform: 'generic', custom: [{ id: 'own', pattern: '小蓝书', category: 'off_platform', severity: 'block', enabled: true }] },
      bundledModel(),
    );
    expect(custom.check('这款包在小蓝书上很火').map((f) => f.rule)).toContain('custom:own');
  });

  it('stays quiet on ordinary replies', () => {
    for (const text of ['亲,可以开具电子发票的', '这款耳机连上后微信语音也能用', '好的亲,明天给您发顺丰']) {
      expect(checker.check(text).filter((f) => f.severity === 'block')).toEqual([]);
    }
  });
});

/**
 * How rules + model do on text of a new author: every set in `newAuthors` is by a different author, and each is measured
 * with a model trained on every other labelled set (leave one author out). The stored weights are trained on everything.
 * The rule packs were tuned on nine of them after each had been measured once (figures in the commit history and closing
 * notes); holdout/redline and the round-9, round-10 and round-11 sets are ones no rule was ever tuned on.
 * tests/fixtures/round5 and round8 are the team's blind sets: in no list here.
 */
describe('held-out accuracy of rules + model, one author left out at a time', () => {
  const load = (f: string) =>
    readFileSync(`tests/fixtures/${f}.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as LabelledReply & { platform?: 'pinduoduo' });
  const newAuthors = [
    'holdout/redline',
    'redline/blind-2',
    'round3/redline-b',
    'round4/redline-c',
    'round4/redline-d',
    'round6/redline-k',
    'round6/redline-l',
    'round7/redline-p',
    'round7/redline-q',
    'round7/redline-r',
    'round9/redline-y',
    'round9/redline-z',
    'round9/redline-aa',
    'round9/redline-ab',
    'round9/redline-ac',
    'round10/redline-ae',
    'round10/redline-af',
    'round10/redline-ag',
    'round10/redline-ah',
    'round11/redline-am',
    'round11/redline-al',
    'round11/redline-au',
    'round11/redline-as',
    'round11/redline-an',
    'round11/redline-ak',
  ];
  const tuned = [
    'redline/labelled',
    'redline/tune-2',
    'redline/holdout-self',
    'redline/holdout-self-2',
    'redline/holdout-self-3',
    'redline/holdout-self-4',
    'redline/holdout-self-5',
    'round3/redline-a',
  ];

  it('finds most violations of new authors with few false flags', () => {
    let violations = 0;
    let found = 0;
    let clean = 0;
    let falseFlags = 0;
    for (const file of newAuthors) {
      const others = [...tuned, ...newAuthors.filter((f) => f !== file)].flatMap(load);
      const model = loadModel(trainRedlineModel(others));
      const checkers = new Map<string, ReturnType<typeof createFullChecker>>();
      let v = 0;
      let hit = 0;
      let c = 0;
      let ff = 0;
      for (const row of load(file)) {
        const key = row.platform ?? 'generic';
        if (!checkers.has(key)) checkers.set(key, createFullChecker({ platform: row.platform }, model));
        const got = new Set(checkers.get(key)!.check(row.text).map((f) => f.category));
        if (row.expect.length) {
          v++;
          if (row.expect.every((e) => got.has(e as never))) hit++;
        } else {
          c++;
          if (got.size) ff++;
        }
      }
      console.log(`${file}: recall ${((100 * hit) / v).toFixed(1)}%, false flags ${((100 * ff) / c).toFixed(1)}% (held out)`);
      violations += v;
      found += hit;
      clean += c;
      falseFlags += ff;
    }
    console.log(`all ${newAuthors.length} authors: recall ${((100 * found) / violations).toFixed(1)}%, false ${((100 * falseFlags) / clean).toFixed(1)}%`);
    // Floors against regressions, a little below where the authors stand now (88.7 % / 4.6 % over twenty-five).
    expect(found / violations).toBeGreaterThanOrEqual(0.875);
    expect(falseFlags / clean).toBeLessThanOrEqual(0.05);
  }, 600_000);
});
