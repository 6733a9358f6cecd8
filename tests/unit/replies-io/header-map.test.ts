import { describe, expect, it } from 'vitest';
import { columnLetter, fieldForHeader, HEADER_SYNONYMS, mapHeaderRow } from '@/lib/replies/io';

describe('header synonyms', () => {
  it.each<[string, string]>([
    ...[
      '分组',
      '分类',
      '组名',
      'group',
      'Group',
      ' 分组 ',
      '*分组',
      '分组（必填）',
      '分组(选填)',
      '分组【一级/二级】',
    ].map((h): [string, string] => [h, 'group']),
    ['快捷编码', 'code'],
    ['编码', 'code'],
    ['快捷键', 'code'],
    ['CODE', 'code'],
    ['ｃｏｄｅ', 'code'],
    ['快捷短语', 'content'],
    ['短语', 'content'],
    ['内容', 'content'],
    ['话术', 'content'],
    ['回复内容', 'content'],
    ['content', 'content'],
    ['*快捷短语：', 'content'],
    ['标题', 'title'],
    ['Title', 'title'],
    ['关键词', 'keywords'],
    ['关键字', 'keywords'],
    ['keywords', 'keywords'],
    ['id', 'id'],
    ['ID', 'id'],
    ['编号', 'id'],
  ])('%s → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it.each(['序号', '登记日期', '是否加入团队', '备注', '图片', ''])('%s is not a reply field', (header) => {
    expect(fieldForHeader(header)).toBeUndefined();
  });

  it('covers every synonym domain.md names', () => {
    const named = {
      group: ['分组', '分类', '组名'],
      code: ['快捷编码', '编码', '快捷键', 'code'],
      content: ['快捷短语', '短语', '内容', '话术', 'content'],
      title: ['标题', 'title'],
    } as const;
    for (const [field, names] of Object.entries(named)) {
      for (const name of names) expect(HEADER_SYNONYMS[field as keyof typeof named]).toContain(name);
    }
  });
});

describe('mapHeaderRow', () => {
  it('maps fields, keeps the rest as unknown columns, ignores trailing empty header cells', () => {
    const layout = mapHeaderRow(['登记日期', '分组', '快捷编码', '快捷短语', '是否加入团队', '', ''])!;
    expect(layout.width).toBe(5);
    expect(layout.fields).toEqual({ group: 1, code: 2, content: 3 });
    expect(layout.columns.filter((c) => !c.field).map((c) => c.key)).toEqual(['登记日期', '是否加入团队']);
  });

  it('names an untitled column after its letter', () => {
    const layout = mapHeaderRow(['内容', '', '备注'])!;
    expect(layout.columns.map((c) => c.key)).toEqual(['content', '列B', '备注']);
  });

  it.each([[['编码', '备注']], [['']], [[]], [['zd', '亲在的']]])('%j has no content column: not a header', (cells) => {
    expect(mapHeaderRow(cells)).toBeNull();
  });

  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('column %i is %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});
