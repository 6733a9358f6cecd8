import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { UserError } from '@/lib/errors';
import { generatedReplyId, readLibraryFile, type ParsedRows } from '@/lib/replies/io';
import { fixtureBytes, gbk, utf8, xlsx } from './helpers';

async function userError(p: Promise<unknown>): Promise<UserError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return e as UserError;
  }
  throw new Error('expected a UserError');
}

const contents = (parsed: ParsedRows) => parsed.rows.map((r) => r.reply.content);

describe('readLibraryFile: CSV', () => {
  it('reads the GBK 千牛 sheet: header synonyms, nested groups, unknown columns kept, spreadsheet row numbers', async () => {
    const parsed = await readLibraryFile(fixtureBytes('qianniu-gbk.csv'), '快捷短语.csv');
    expect(parsed.format).toBe('csv');
    expect(parsed.encoding).toBe('gb18030');
    expect(parsed.layouts[0]!.columns.map((c) => [c.header, c.field])).toEqual([
      ['登记日期', null],
      ['分组', 'group'],
      ['快捷编码', 'code'],
      ['快捷短语', 'content'],
      ['是否加入团队', null],
    ]);
    expect(parsed.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4, 5, 6]);
    expect(parsed.rows.map((r) => r.reply.group)).toEqual(['售前', '售前/发货', '售后/物流', '售后', '发票']);
    const kd = parsed.rows[2]!.reply;
    expect(kd).toEqual({
      id: generatedReplyId('售后/物流', 'kd', kd.content),
      group: '售后/物流',
      code: 'kd',
      content: '亲，帮您查了一下，包裹现在到{城市|中转站}了，预计{日期+2}前送到，请您耐心等一下哦',
      登记日期: '2024/10/09',
      是否加入团队: '否',
    });
    expect(parsed.rows.every((r) => r.idGenerated && r.problems.length === 0)).toBe(true);
  });

  it('reads a hand-made team sheet: marked headers, multi-line cells, keyword separators, an empty row kept as a row', async () => {
    const parsed = await readLibraryFile(fixtureBytes('team-sheet.csv'), 'team.csv');
    expect(parsed.encoding).toBe('utf-8');
    const fields = Object.fromEntries(parsed.layouts[0]!.columns.map((c) => [c.header, c.field ?? c.key]));
    expect(fields).toEqual({
      序号: '序号',
      '*话术分组': 'group',
      标题: 'title',
      '话术内容（必填）': 'content',
      关键字: 'keywords',
      备注: '备注',
    });
    const [first, second, , empty, fifth] = parsed.rows;
    expect(first!.reply.content).toBe('亲，麻烦告诉我您的身高体重，我帮您推荐合适的尺码哦~\n平时穿M的亲选M就可以');
    expect(first!.reply.keywords).toEqual(['尺码', '大小', '偏大', '偏小']);
    expect(first!.reply.序号).toBe('1');
    expect(first!.reply.group).toBe('售前/尺码');
    expect(second!.reply.group).toBe('售前/尺码');
    expect(second!.reply.keywords).toEqual(['码数', '标准码']);
    expect(second!.reply).not.toHaveProperty('title');
    expect(second!.reply).not.toHaveProperty('备注');
    // The two-line cell of row 2 is one spreadsheet row, so the empty one is row 5, as Excel shows it.
    expect(empty!.rowNumber).toBe(5);
    expect(empty!.reply.content).toBe('');
    expect(fifth!.reply.keywords).toEqual(['漏发', '少件']);
  });

  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('分组,快捷短语\r\n售前,亲在的\r\n')]), 'utf-8'],
    ['UTF-8 without BOM', utf8('分组,快捷短语\n售前,亲在的\n'), 'utf-8'],
    ['GBK', gbk('分组,快捷短语\r\n售前,亲在的\r\n'), 'gb18030'],
    ['UTF-16LE tab-separated (Excel "Unicode text")', utf16le('\uFEFF分组\t快捷短语\r\n售前\t亲在的\r\n'), 'utf-16le'],
    ['semicolon-separated', utf8('分组;快捷短语\n售前;亲在的\n'), 'utf-8'],
  ])('decodes %s', async (_name, bytes, encoding) => {
    const parsed = await readLibraryFile(bytes, 'x.csv');
    expect(parsed.encoding).toBe(encoding);
    expect(parsed.layouts[0]!.columns[0]!.header).toBe('分组');
    expect(parsed.rows.map((r) => [r.reply.group, r.reply.content])).toEqual([['售前', '亲在的']]);
  });

  it('finds the header under a title row and numbers rows as the sheet shows them', async () => {
    const text = '千牛快捷短语导出 2024-11-01\n\n编码,内容\nzd,亲在的\n\nfh,今天发货\n';
    const parsed = await readLibraryFile(utf8(text), 'x.csv');
    expect(parsed.layouts[0]!.headerRow).toBe(3);
    expect(parsed.rows.map((r) => [r.rowNumber, r.reply.code])).toEqual([
      [4, 'zd'],
      [6, 'fh'],
    ]);
  });

  it('flags a row with more cells than the header and an unclosed quote', async () => {
    const text = '分组,快捷短语\n售前,亲，在的,多出来的\n售后,"亲这个引号没有关\n售后,下一行\n';
    const parsed = await readLibraryFile(utf8(text), 'x.csv');
    expect(parsed.rows[0]!.problems[0]!.zh).toContain('多出 1 列');
    expect(parsed.rows[0]!.problems[0]!.en).toContain('more cell');
    expect(parsed.rows[1]!.problems.some((p) => p.zh.includes('引号'))).toBe(true);
  });

  it("removes the formula guard (') our CSV export adds, and only that", async () => {
    const text = "快捷短语,备注\n'=1+1,'- 顺丰包邮\n'亲在的,普通\n";
    const parsed = await readLibraryFile(utf8(text), 'x.csv');
    expect(contents(parsed)).toEqual(['=1+1', "'亲在的"]);
    expect(parsed.rows[0]!.reply.备注).toBe('- 顺丰包邮');
  });

  it('keeps oddly named columns as unknown fields without touching storage fields or prototypes', async () => {
    const text = '快捷短语,source,__proto__,备注,备注,内容\n亲在的,千牛,x,a,b,第二个内容列\n';
    const { rows } = await readLibraryFile(utf8(text), 'x.csv');
    const reply = rows[0]!.reply;
    expect(reply.content).toBe('亲在的');
    expect(Object.getPrototypeOf(reply)).toBe(Object.prototype);
    expect(Object.keys(reply)).toEqual([
      'id',
      'group',
      'content',
      'source_2',
      '__proto___2',
      '备注',
      '备注_2',
      '内容_2',
    ]);
  });
});

describe('readLibraryFile: XLSX', () => {
  it('reads the first sheet with a header; numbers, dates and booleans become text as in a saved CSV', async () => {
    const bytes = await xlsx([
      {
        name: '快捷短语',
        rows: [
          ['分组', '快捷编码', '快捷短语', '登记日期', '是否加入团队', '编号'],
          ['售前', 'zd', '亲，在的呢~', new Date(Date.UTC(2024, 9, 8)), true, 1],
          ['售后>物流', 12, '亲，已经帮您催过快递了\n今天内会有更新', null, false, 2],
        ],
      },
    ]);
    const parsed = await readLibraryFile(bytes, 'lib.xlsx');
    expect(parsed.format).toBe('xlsx');
    expect(parsed.rows.map((r) => r.reply)).toEqual([
      {
        id: '1',
        group: '售前',
        code: 'zd',
        content: '亲，在的呢~',
        登记日期: '2024-10-08',
        是否加入团队: 'TRUE',
      },
      {
        id: '2',
        group: '售后/物流',
        code: '12',
        content: '亲，已经帮您催过快递了\n今天内会有更新',
        是否加入团队: 'FALSE',
      },
    ]);
  });

  it('reads a Node Buffer that is a view into a larger pool', async () => {
    const buffer = await writeXlsxFile([[{ value: '内容' }], [{ value: '亲在的' }]]).toBuffer();
    expect(buffer.byteLength).toBeLessThan(buffer.buffer.byteLength);
    expect(contents(await readLibraryFile(buffer, 'x.xlsx'))).toEqual(['亲在的']);
  });

  it('reads a workbook with one sheet per group: the sheet name is the group when there is no group column', async () => {
    const bytes = await xlsx([
      {
        name: '说明',
        rows: [['本表用于导入快捷短语'], ['每个工作表是一个分组']],
      },
      {
        name: '售前',
        rows: [
          ['编码', '内容'],
          ['zd', '亲在的'],
        ],
      },
      {
        name: '售后',
        rows: [
          ['编码', '内容'],
          ['tk', '退款已处理'],
        ],
      },
    ]);
    const parsed = await readLibraryFile(bytes, 'x.xlsx');
    expect(parsed.rows.map((r) => [r.sheet, r.rowNumber, r.reply.group, r.reply.code])).toEqual([
      ['售前', 2, '售前', 'zd'],
      ['售后', 2, '售后', 'tk'],
    ]);
  });

  it('is found by its bytes even with a .csv name', async () => {
    const bytes = await xlsx([{ name: 'Sheet1', rows: [['内容'], ['亲在的']] }]);
    expect((await readLibraryFile(bytes, '话术.csv')).format).toBe('xlsx');
  });
});

describe('readLibraryFile: JSON', () => {
  it('reads the contract, keeps unknown fields, accepts synonyms and a {replies} wrapper, generates missing ids', async () => {
    const json = JSON.stringify({
      replies: [
        {
          id: 'a',
          group: '售前 > 发货',
          code: 'fh',
          content: '今天发货',
          keywords: ['发货', '几天到'],
          teamShared: true,
          meta: { v: 1 },
        },
        { 分组: '售后', 快捷短语: '亲，退款已经处理' },
        { id: 7, content: '数字 id', keywords: '发票，开票' },
        'not an object',
      ],
    });
    const parsed = await readLibraryFile(utf8(json), 'lib.json');
    expect(parsed.rows.map((r) => r.reply)).toEqual([
      {
        id: 'a',
        group: '售前/发货',
        code: 'fh',
        content: '今天发货',
        keywords: ['发货', '几天到'],
        teamShared: true,
        meta: { v: 1 },
      },
      {
        id: generatedReplyId('售后', undefined, '亲，退款已经处理'),
        group: '售后',
        content: '亲，退款已经处理',
      },
      { id: '7', group: '', content: '数字 id', keywords: ['发票', '开票'] },
      { id: '', group: '', content: '' },
    ]);
    expect(parsed.rows[3]!.problems[0]!.zh).toContain('不是对象');
  });

  it('is recognised by content when the extension says nothing', async () => {
    expect((await readLibraryFile(utf8('\uFEFF [{"id":"a","content":"x"}]'), 'backup')).format).toBe('json');
  });
});

describe('readLibraryFile: files it refuses (nothing is imported)', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'x.csv', '空'],
    ['a file of blank lines', utf8('\r\n\r\n  \r\n'), 'x.csv', '空'],
    ['a header with no rows after it and nothing else', utf8(''), 'x.json', '空'],
    ['an empty JSON array', utf8('[]'), 'x.json', '空'],
    ['a CSV without a content column', utf8('编码,备注\nzd,在的\n'), 'x.csv', '表头'],
    ['a headerless CSV', utf8('zd,亲在的\nfh,今天发货\n'), 'x.csv', '表头'],
    [
      'a PNG renamed to .csv',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'x.csv',
      '不是',
    ],
    ['bytes with NULs', new Uint8Array([0x80, 0x81, 0xff, 0x00]), 'x.csv', '不是'],
    ['bytes that are neither UTF-8 nor GB18030', new Uint8Array([0x41, 0xff, 0x41, 0x2c, 0x42]), 'x.csv', '不是'],
    ['an old .xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'x.xls', '.xls'],
    ['a broken .xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'x.xlsx', 'Excel'],
    ['a text file called .xlsx', utf8('内容\n亲在的'), 'x.xlsx', 'Excel'],
    ['invalid JSON', utf8('[{"id":'), 'x.json', 'JSON'],
    ['a JSON object', utf8('{"id":"a"}'), 'x.json', '数组'],
  ])('refuses %s with a bilingual UserError', async (_name, bytes, fileName, zh) => {
    const e = await userError(readLibraryFile(bytes, fileName));
    expect(e.zh).toContain(zh);
    expect(e.en.length).toBeGreaterThan(10);
    expect(e.en).not.toMatch(/[\u4e00-\u9fff]{6,}/);
  });

  it('refuses a workbook without any header', async () => {
    const bytes = await xlsx([{ name: 'Sheet1', rows: [['zd', '亲在的']] }]);
    expect((await userError(readLibraryFile(bytes, 'x.xlsx'))).zh).toContain('表头');
  });
});

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}
