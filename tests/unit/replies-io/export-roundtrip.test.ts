import { describe, expect, it } from 'vitest';
import type { Reply } from '@/lib/replies';
import { STARTER_LIBRARY } from '@/lib/replies';
import {
  CSV_COLUMNS,
  exportLibraryCsv,
  exportLibraryJson,
  joinKeywords,
  planImport,
  readLibraryFile,
  type ParsedRows,
} from '@/lib/replies/io';
import { utf8, xlsx } from './helpers';

/** Replies as shops write them, with what breaks naive CSV: commas, quotes, line breaks, formula-like starts, odd columns. */
const LIBRARY: Reply[] = [
  {
    id: 'zd',
    group: '售前',
    code: 'zd',
    title: '在吗',
    content: '亲，在的呢~请问有什么可以帮您？',
    keywords: ['在吗', '有人吗'],
  },
  {
    id: 'fh',
    group: '售前/发货',
    code: 'fh',
    content: '亲,下午4点前付款当天发货,4点后次日发出哦',
    登记日期: '2024/10/08',
  },
  {
    id: 'q',
    group: '售后',
    content: '亲，您说的"少件"我们马上核实\n请拍一张外包装照片发我哦',
    是否加入团队: '是',
  },
  {
    id: 'minus',
    group: '售后/物流',
    content: '- 顺丰包邮\n- 偏远地区除外',
    keywords: ['包邮'],
  },
  { id: 'eq', group: '', content: '=亲，这条以等号开头' },
  { id: 'at', group: '杂项', content: '@所有人 今晚八点开抢', title: '+提醒' },
  {
    id: 'fill',
    group: '售后/物流',
    code: 'dh',
    content: '亲，单号是{单号}，预计{日期+2}到，{买家}请留意',
    keywords: ['单号', '物流'],
  },
];

const replies = (parsed: ParsedRows) => parsed.rows.map((r) => r.reply);

describe('export → import round trips', () => {
  it('JSON keeps every field, unknown ones of any type included, and drops storage bookkeeping', async () => {
    const stored = [
      ...LIBRARY,
      {
        id: 'x',
        group: 'a',
        content: 'b',
        teamShared: true,
        meta: { level: 2, tags: ['vip'] },
        score: 3.5,
      },
    ].map((r) => ({ ...r, createdAt: 1, updatedAt: 2, source: 'user' }));
    const text = exportLibraryJson(stored);
    expect(text).not.toContain('createdAt');
    const parsed = await readLibraryFile(utf8(text), 'lib.json');
    expect(replies(parsed)).toEqual([
      ...LIBRARY,
      {
        id: 'x',
        group: 'a',
        content: 'b',
        teamShared: true,
        meta: { level: 2, tags: ['vip'] },
        score: 3.5,
      },
    ]);
  });

  it('CSV reads back to the same library (text unknown fields as their own columns)', async () => {
    const text = exportLibraryCsv(LIBRARY);
    const parsed = await readLibraryFile(utf8(text), 'lib.csv');
    expect(replies(parsed)).toEqual(LIBRARY);
    expect(planImport(LIBRARY, parsed).rows.every((r) => r.status === 'unchanged')).toBe(true);
  });

  it('CSV of the whole starter library reads back unchanged', async () => {
    const parsed = await readLibraryFile(utf8(exportLibraryCsv(STARTER_LIBRARY)), 'starter.csv');
    expect(planImport(STARTER_LIBRARY, parsed).counts.unchanged).toBe(STARTER_LIBRARY.length);
  });

  it('CSV → JSON → CSV is stable', async () => {
    const csv = exportLibraryCsv(LIBRARY);
    const viaJson = replies(
      await readLibraryFile(utf8(exportLibraryJson(replies(await readLibraryFile(utf8(csv), 'a.csv')))), 'a.json')
    );
    expect(exportLibraryCsv(viaJson)).toBe(csv);
  });

  it('an XLSX with the CSV export columns reads back to the same library', async () => {
    const extra = ['登记日期', '是否加入团队'];
    const bytes = await xlsx([
      {
        name: '话术库',
        rows: [
          [...CSV_COLUMNS, ...extra],
          ...LIBRARY.map((r) => [
            r.group,
            r.code ?? null,
            r.title ?? null,
            r.content,
            joinKeywords(r.keywords) || null,
            r.id,
            ...extra.map((k) => (r[k] as string | undefined) ?? null),
          ]),
        ],
      },
    ]);
    expect(replies(await readLibraryFile(bytes, 'lib.xlsx'))).toEqual(LIBRARY);
  });
});

describe('exportLibraryCsv', () => {
  const text = exportLibraryCsv(LIBRARY);

  it('starts with a BOM and the header in 千牛 words, unknown columns after the known ones', () => {
    expect(text.startsWith('\uFEFF分组,快捷编码,标题,快捷短语,关键词,id,登记日期,是否加入团队\r\n')).toBe(true);
  });

  it('quotes cells with commas, quotes and line breaks, and guards formula-like cells', () => {
    expect(text).toContain('"亲,下午4点前付款当天发货,4点后次日发出哦"');
    expect(text).toContain('"亲，您说的""少件""我们马上核实\n请拍一张外包装照片发我哦"');
    expect(text).toContain(`"'- 顺丰包邮\n- 偏远地区除外"`);
    expect(text).toContain("'=亲，这条以等号开头");
    expect(text).toContain("'@所有人");
    expect(text).toContain(",'+提醒,");
  });

  it('writes keywords with a full-width comma and non-text unknown fields as JSON', () => {
    expect(text).toContain(',在吗，有人吗,');
    const withObject = exportLibraryCsv([{ id: 'a', group: '', content: 'x', meta: { v: 1 } }]);
    expect(withObject).toContain('"{""v"":1}"');
  });
});
