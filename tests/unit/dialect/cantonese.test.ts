import { describe, expect, it } from 'vitest';
import { foldCantonese } from '@/lib/dialect/cantonese';
import { detectPromises } from '@/lib/promises';
import { createRedlineEngine } from '@/lib/redline';
import { normalizeText } from '@/lib/replies/normalize';

describe('foldCantonese', () => {
  it.each([
    ['听日先发，冇货就退返俾你', '明天先发，没货就退回给你'],
    ['唔好意思，系咪要size M？', '不好意思，是否要size M？'],
    ['我哋迟啲check下', '我们晚点check下'],
    ['下昼三点前寄咗', '下午三点前寄了'],
    ['呢个嘅质量冇问题', '这个的质量没问题'],
  ])('reads %s as Mandarin', (cantonese, mandarin) => {
    expect(foldCantonese(cantonese)).toBe(mandarin);
  });

  it.each(['一点样品', '天真系列', '唔，好的', '返工返修', '今天下午发货'])('leaves Mandarin alone: %s', (text) => {
    expect(foldCantonese(text)).toBe(text);
  });

  it.each(['听日俾你寄返', '唔该晒，佢哋嚟咗未'])('keeps the length, so offsets still point at what was typed: %s', (text) => {
    expect(foldCantonese(text)).toHaveLength(text.length);
  });
});

describe('the engines read written Cantonese', () => {
  it('a promise said in Cantonese is due when it says, and quoted as typed', () => {
    const now = new Date('2026-11-23T10:15:00+08:00');
    const [p] = detectPromises('收到，听日下昼三点前发货俾你', { now });
    expect(p?.kind).toBe('ship');
    expect(p?.due.toISOString()).toBe('2026-11-24T07:00:00.000Z');
    expect(p?.text).toContain('听日');
  });

  it('a red line typed in Cantonese is flagged on the typed words', () => {
    const text = '冇发票，你唔好问啦';
    const flags = createRedlineEngine().check(text);
    expect(flags.map((f) => f.category)).toContain('invoice_refusal');
    const f = flags.find((x) => x.category === 'invoice_refusal')!;
    expect(text.slice(f.start, f.end)).toMatch(/冇|发票/);
  });

  it('reply search hears a buyer who writes Cantonese', () => {
    expect(normalizeText('冇收到赠品')).toBe('没收到赠品');
  });
});
