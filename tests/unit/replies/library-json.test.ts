import { describe, expect, it } from 'vitest';
import { parseLibraryJson } from '@/lib/replies';
import { UserError } from '@/lib/errors';

describe('parseLibraryJson', () => {
  it('keeps unknown fields and normalises optional ones', () => {
    const { replies, problems } = parseLibraryJson(
      JSON.stringify([
        { id: 'a', group: '售前', content: '亲在的', code: 'zd', keywords: ['在吗'], teamShared: true, x: { y: 1 } },
        { id: 7, content: '数字 id 也可以', title: '', keywords: '发票,开票、专票' },
      ]),
    );
    expect(problems).toEqual([]);
    expect(replies[0]).toEqual({ id: 'a', group: '售前', content: '亲在的', code: 'zd', keywords: ['在吗'], teamShared: true, x: { y: 1 } });
    expect(replies[1]).toEqual({ id: '7', group: '', content: '数字 id 也可以', keywords: ['发票', '开票', '专票'] });
  });

  it('reports bad items with their position and keeps the good ones', () => {
    const { replies, problems } = parseLibraryJson(
      JSON.stringify([{ id: 'a', content: 'ok' }, { content: 'no id' }, { id: 'b', content: '  ' }, { id: 'a', content: 'dup' }, 5]),
    );
    expect(replies.map((r) => r.id)).toEqual(['a']);
    expect(problems.map((p) => p.index)).toEqual([2, 3, 4, 5]);
    expect(problems[2]!.zh).toContain('重复');
    expect(problems[2]!.en).toContain('repeats');
  });

  it.each([
    ['not json', 'JSON'],
    ['{"id":"a"}', 'array'],
  ])('rejects %s with a bilingual error', (text, en) => {
    try {
      parseLibraryJson(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).en).toContain(en);
      expect((e as UserError).zh).toMatch(/话术库/);
    }
  });

  it('accepts a UTF-8 BOM (Excel and Windows tools write one)', () => {
    expect(parseLibraryJson('\uFEFF[{"id":"a","content":"x"}]').replies).toHaveLength(1);
  });
});
