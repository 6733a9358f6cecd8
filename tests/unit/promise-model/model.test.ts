import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPromises } from '@/lib/promises';
import {
  bundledPromiseModel,
  detectPromisesWithModel,
  loadPromiseModel,
  scorePromiseKinds,
  trainPromiseModel,
  type LabelledMessage,
} from '@/lib/promise-model';

interface Labelled extends LabelledMessage {
  now: string;
  promises: Array<{ kind: string; dueFrom: string; dueTo: string }>;
}
const load = (f: string): Labelled[] =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labelled);

const NOW = new Date('2026-11-23T10:15:00+08:00');

describe('promises heard by the model', () => {
  const model = bundledPromiseModel();

  it('adds a promise the rules have no verb for, due by the defaults for its vague time (a sentence in no training set)', () => {
    const text = '单号 晚点贴给你哈';
    expect(detectPromises(text, { now: NOW })).toEqual([]);
    const [p, ...rest] = detectPromisesWithModel(text, { now: NOW }, model);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ kind: 'reply', text: '单号 晚点贴给你哈', vague: true });
    // 晚点: two hours on (default-due.ts)
    expect(p!.due.getTime()).toBe(new Date('2026-11-23T12:15:00+08:00').getTime());
  });

  it('adds nothing for someone else’s word passed on, whatever it sounds like', () => {
    for (const text of ['快递那边回复说后天能到', '安装师傅说他明天上午九点左右到']) {
      expect(detectPromisesWithModel(text, { now: NOW }, model)).toEqual([]);
    }
  });

  it('keeps every promise the rules find and adds none to plain non-promises', () => {
    for (const text of ['好的亲,明天下午三点前给您发顺丰', '我去问下仓库，下午给您答复']) {
      const rules = detectPromises(text, { now: NOW });
      const both = detectPromisesWithModel(text, { now: NOW }, model);
      expect(both.slice(0, rules.length)).toEqual(rules);
    }
    for (const text of ['您好,在的', '我们一般48小时内发货哦', '已经给您发出了,单号是SF123']) {
      expect(detectPromisesWithModel(text, { now: NOW }, model)).toEqual([]);
    }
  });

  it('reads each kind as its own probability', () => {
    const p = scorePromiseKinds(model, '发票明天给您开好发邮箱');
    expect(p.invoice).toBeGreaterThan(0.7);
    expect(p.callback).toBeLessThan(0.2);
  });
});

/**
 * How rules + model do on messages of an author the model was not trained on: each new-author set is measured with a
 * model trained on every other labelled set (leave one author out). The stored weights are trained on everything.
 * The rules were never tuned on holdout/promises; the other six were measured once before tuning (their figures are in
 * the closing notes and commit messages) and have since been tuned on, so for the rules only the first is new text.
 * tests/fixtures/round5 and round8 are the team's blind sets: they are in no list here.
 */
describe('held-out accuracy of rules + model, one author left out at a time', () => {
  const newAuthors = [
    'holdout/promises',
    'round4/promises-c',
    'promises/blind-2',
    'round3/promises-b',
    'round4/promises-d',
    'round6/promises-k',
    'round6/promises-l',
    'round7/promises-p',
    'round7/promises-q',
    'round7/promises-r',
    'round9/promises-y',
    'round9/promises-z',
    'round9/promises-aa',
    'round9/promises-ab',
    'round9/promises-ac',
    'round10/promises-ae',
    'round10/promises-af',
    'round10/promises-ag',
    'round10/promises-ah',
    'round11/promises-am',
    'round11/promises-al',
    'round11/promises-au',
    'round11/promises-as',
    'round11/promises-an',
    'round11/promises-ak',
  ];
  const tuned = [
    'promises/labelled',
    'promises/tune-2',
    'promises/holdout-self',
    'promises/holdout-self-2',
    'promises/holdout-self-3',
    'round3/promises-a',
  ];
  const rowsOf = (n: string) => load(`tests/fixtures/${n}.jsonl`);

  it('finds most promises of new authors, few extra, most due in the window', () => {
    const total = { expected: 0, found: 0, reported: 0, extra: 0, inWindow: 0 };
    const pc = (a: number, b: number) => ((100 * a) / b).toFixed(1);
    for (const file of newAuthors) {
      const model = loadPromiseModel(trainPromiseModel([...tuned, ...newAuthors.filter((f) => f !== file)].flatMap(rowsOf)));
      const t = { expected: 0, found: 0, reported: 0, extra: 0, inWindow: 0 };
      for (const row of rowsOf(file)) {
        const got = detectPromisesWithModel(row.text, { now: new Date(row.now) }, model);
        t.reported += got.length;
        for (const want of row.promises) {
          t.expected++;
          const k = got.findIndex((g) => g.kind === want.kind);
          if (k < 0) continue;
          t.found++;
          const due = got.splice(k, 1)[0]!.due.getTime();
          if (due >= Date.parse(want.dueFrom) && due <= Date.parse(want.dueTo)) t.inWindow++;
        }
        t.extra += got.length;
      }
      console.log(
        `${file}: recall ${pc(t.found, t.expected)}%, extra ${pc(t.extra, t.reported)}%, window ${pc(t.inWindow, t.found)}% (held out)`,
      );
      for (const k of Object.keys(t) as Array<keyof typeof t>) total[k] += t[k];
    }
    const { expected, found, reported, extra, inWindow } = total;
    console.log(`all ${newAuthors.length} authors: recall ${pc(found, expected)}%, extra ${pc(extra, reported)}%, window ${pc(inWindow, found)}%`);
    expect(found / expected).toBeGreaterThanOrEqual(FLOOR.recall);
    expect(extra / reported).toBeLessThanOrEqual(FLOOR.extra);
    expect(inWindow / found).toBeGreaterThanOrEqual(FLOOR.window);
  }, 600_000);
});

/**
 * Where twenty-five authors stand now (90.2 / 9.5 / 91.2), a little below: a floor against regressions. Extra sits near
 * the target's 10 %: several authors (round4 c, round7 p, round10 ag and ah, round11 au, as and an) count more of the
 * agent's steps as non-promises than the rules do.
 */
const FLOOR = { recall: 0.885, extra: 0.105, window: 0.9 };
