import { describe, expect, it } from 'vitest';
import { readLibraryReplies } from '@/lib/replies/io';
import { fixtureBytes, utf8, xlsx } from './helpers';

describe('readLibraryReplies (the kefu command reads CSV / XLSX / JSON libraries through it)', () => {
  it('reads the GBK 千牛 sheet into replies', async () => {
    const { replies, problems, format, encoding } = await readLibraryReplies(fixtureBytes('qianniu-gbk.csv'), 'a.csv');
    expect([format, encoding]).toEqual(['csv', 'gb18030']);
    expect(replies.map((r) => r.code)).toEqual(['zd', 'fh', 'kd', 'tk', 'fp']);
    expect(problems).toEqual([]);
  });

  it('keeps rule-breaking rows with their problems, leaves out empty ones, renames repeated ids', async () => {
    const text = [
      'id,编码,快捷短语',
      `a,fp,亲，可以开发票`,
      `b,f p,${'亲'.repeat(1001)}`,
      'c,,',
      'a,kd,亲，默认中通快递',
      'd,,亲，单号{单号',
    ].join('\n');
    const { replies, problems } = await readLibraryReplies(utf8(text), 'x.csv');
    expect(replies.map((r) => r.id)).toEqual(['a', 'b', 'a-2', 'd']);
    expect(problems.map((p) => [p.label.zh, p.severity, p.messages.map((m) => m.zh).join(' / ')])).toEqual([
      ['第 3 行', 'error', expect.stringContaining('超过 1000 字')],
      ['第 4 行', 'error', '内容不能为空'],
      ['第 5 行', 'warning', 'id「a」和前面的行重复,改为「a-2」'],
      ['第 6 行', 'warning', '有「{」没有配对的「}」'],
    ]);
    expect(problems[0]!.messages.map((m) => m.zh).join(' ')).toContain('空格');
  });

  it('reads a workbook and names rows by sheet', async () => {
    const bytes = await xlsx([
      { name: '售前', rows: [['内容'], ['亲在的'], ['']] },
      { name: '售后', rows: [['内容'], [''], ['退款已处理']] },
    ]);
    const { replies, problems } = await readLibraryReplies(bytes, 'x.xlsx');
    expect(replies.map((r) => [r.group, r.content])).toEqual([
      ['售前', '亲在的'],
      ['售后', '退款已处理'],
    ]);
    expect(problems).toEqual([]);
  });

  it('reads our JSON', async () => {
    const { replies } = await readLibraryReplies(
      utf8('[{"id":"x","group":"售前","content":"亲在的","v":1}]'),
      'lib.json'
    );
    expect(replies).toEqual([{ id: 'x', group: '售前', content: '亲在的', v: 1 }]);
  });
});
