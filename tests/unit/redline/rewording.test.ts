import { describe, expect, it } from 'vitest';
import { applyRewording, createRedlineEngine } from '@/lib/redline';

describe('applyRewording', () => {
  it.each([
    ['亲,我们店不开发票的哦', 5, 9, '可以开具电子发票', '亲,可以开具电子发票'],
    ['我们不开发票', 2, 6, '可以开具电子发票', '可以开具电子发票'],
    ['好的。我们不开发票,别的都可以!', 5, 9, 'X', '好的。X,别的都可以!'],
    ['第一行\n不开发票\n第三行', 4, 8, 'Y', '第一行\nY\n第三行'],
  ])('%s [%i,%i) → %s', (draft, start, end, suggestion, expected) => {
    expect(applyRewording(draft, { start, end, suggestion })).toBe(expected);
  });

  it('leaves the draft alone when there is no rewording', () => {
    expect(applyRewording('你有病吧', { start: 0, end: 4 })).toBe('你有病吧');
  });

  it('turns a flagged draft into one the engine accepts', () => {
    const engine = createRedlineEngine({ platform: 'pinduoduo' });
    const draft = '亲,我们店不开发票的哦';
    const [flag] = engine.check(draft);
    const fixed = applyRewording(draft, flag!);
    expect(engine.check(fixed)).toEqual([]);
  });
});
