import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { gramsOf, loadModel, scoreLabels, strongestClause, trainTextModel } from '@/lib/text-model';

const LABELS = ['fake', 'late'] as const;
const rows: Array<{ text: string; labels: string[] }> = [];
for (let i = 0; i < 30; i++) {
  rows.push({ text: `这个第${i}款是高仿的哦`, labels: ['fake'] });
  rows.push({ text: `第${i}单明天才到货`, labels: ['late'] });
  rows.push({ text: `这个第${i}款是正品哦`, labels: [] });
}

describe('the text model', () => {
  it('reads character 1–3-grams with width, case and spaces folded, and how the text opens and ends', () => {
    expect([...gramsOf('Ａb c')].sort()).toEqual(['a', 'ab', 'abc', 'b', 'bc', 'c', '^ab', 'bc$'].sort());
    expect([...gramsOf('好')].sort()).toEqual(['好', '^好', '好$'].sort());
    expect(gramsOf(' ').size).toBe(0);
  });

  it('learns each label on its own, the same weights every time', () => {
    const a = trainTextModel(rows, LABELS, { epochs: 20 });
    expect(trainTextModel(rows, LABELS, { epochs: 20 })).toEqual(a);
    const m = loadModel(a, LABELS);
    expect(scoreLabels(m, '我们家是高仿的')).toMatchObject({ fake: expect.any(Number), late: expect.any(Number) });
    expect(scoreLabels(m, '我们家是高仿的').fake).toBeGreaterThan(0.9);
    expect(scoreLabels(m, '我们家是高仿的').late).toBeLessThan(0.2);
    expect(scoreLabels(m, '我们家是正品').fake).toBeLessThan(0.2);
  });

  it('points at the clause a reading rests on, or at the whole text when no clause carries it alone', () => {
    const m = loadModel(trainTextModel(rows, LABELS, { epochs: 20 }), LABELS);
    const text = '您好呀，这个款是高仿的，放心买';
    const { start, end } = strongestClause(m, text, 'fake');
    expect(text.slice(start, end)).toBe('这个款是高仿的');
    expect(strongestClause(m, '高仿的', 'fake')).toEqual({ start: 0, end: 3 });
  });
});

describe('stored weights', () => {
  it('are what training on the labelled files gives (red lines and promises)', () => {
    const r = spawnSync(process.execPath, ['scripts/train-models.mjs', '--check'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/redline-model\/weights\.json is current/);
    expect(r.stdout).toMatch(/promise-model\/weights\.json is current/);
  }, 60_000);
});
