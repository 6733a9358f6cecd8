import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '@/lib/cli/main';

const library = [
  { id: 'invoice', group: '售前/发票', code: 'fp', content: '亲,可以开具电子发票的哦', keywords: ['发票'] },
  { id: 'courier', group: '售前/物流', code: 'kd', content: '默认发中通快递,需要顺丰可以补差价' },
];
const dir = mkdtempSync(join(tmpdir(), 'kefu-cli-'));
const libraryPath = join(dir, 'library.json');
writeFileSync(libraryPath, JSON.stringify(library));

async function run(argv: string[], stdin: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  async function* lines() {
    yield* stdin;
  }
  const code = await main(argv, { root: process.cwd(), io: { lines: lines(), out: (l) => out.push(l), err: (l) => err.push(l) } });
  return { code, out, err };
}

describe('kefu suggest', () => {
  it('answers one JSON line per input line, in order, skipping blank lines', async () => {
    const r = await run(['suggest', '--library', libraryPath, '--jsonl'], [
      '{"text":"能开发票吗"}',
      '',
      '{"text":"发什么快递"}',
      '{"text":"fp"}',
    ]);
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    const parsed = r.out.map((l) => JSON.parse(l));
    expect(parsed).toHaveLength(3);
    expect(parsed.map((p) => p.suggestions[0].id)).toEqual(['invoice', 'courier', 'invoice']);
    expect(parsed[0].suggestions[0]).toEqual({ id: 'invoice', score: expect.any(Number) });
  });

  it('keeps lines aligned on a bad line, reports it on stderr and exits non-zero', async () => {
    const r = await run(['suggest', '--library', libraryPath, '--jsonl'], ['{"text":"发票"}', 'oops', '{"nope":1}', '{"text":"快递"}']);
    expect(r.code).toBe(1);
    expect(r.out).toHaveLength(4);
    expect(JSON.parse(r.out[1]!).error.en).toContain('not valid JSON');
    expect(JSON.parse(r.out[2]!).error.en).toContain('"text"');
    expect(JSON.parse(r.out[3]!).suggestions[0].id).toBe('courier');
    expect(r.err.join('\n')).toMatch(/第 2 行.*line 2/);
  });

  it.each([
    [['suggest', '--jsonl'], '--library'],
    [['suggest', '--library', libraryPath], '--jsonl'],
    [['suggest', '--library', join(dir, 'missing.json'), '--jsonl'], 'Cannot read'],
    [['suggest', '--library', libraryPath, '--limit', '0', '--jsonl'], '--limit'],
    [['suggest', '--library', libraryPath, '--jsonl', '--bogus'], 'Unknown option'],
    [['frobnicate'], 'No command'],
  ])('rejects %j with a bilingual message and exit 2', async (argv, en) => {
    const r = await run(argv as string[], []);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain(en);
    expect(r.err.join('\n')).toMatch(/[\u4e00-\u9fff]/);
  });

  it('honours --limit', async () => {
    const r = await run(['suggest', '--library', libraryPath, '--limit', '1', '--jsonl'], ['{"text":"发票 快递"}']);
    expect(JSON.parse(r.out[0]!).suggestions).toHaveLength(1);
  });
});

describe('the installed bin', () => {
  it('runs through npx-style invocation of bin/kefu.mjs', () => {
    const r = spawnSync(process.execPath, ['bin/kefu.mjs', 'suggest', '--library', libraryPath, '--jsonl'], {
      input: '{"text":"能开发票吗"}\n',
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout.trim()).suggestions[0].id).toBe('invoice');
  });
});

describe('kefu check', () => {
  it('flags a red line with the contract fields and leaves a clean reply alone', async () => {
    const r = await run(['check', '--jsonl'], ['{"text":"亲,我们店不开发票的哦"}', '{"text":"亲,可以开具电子发票的"}']);
    expect(r.code).toBe(0);
    const [bad, good] = r.out.map((l) => JSON.parse(l));
    expect(bad.flags[0]).toMatchObject({ category: 'invoice_refusal', severity: 'block', rule: expect.any(String) });
    expect('亲,我们店不开发票的哦'.slice(bad.flags[0].start, bad.flags[0].end)).toContain('不开发票');
    expect(typeof bad.flags[0].message).toBe('string');
    expect(good.flags).toEqual([]);
  });

  it('uses the platform of the line over --platform', async () => {
    const line = '{"text":"有问题加我微信聊","platform":"douyin"}';
    const r = await run(['check', '--platform', 'taobao', '--jsonl'], [line]);
    expect(JSON.parse(r.out[0]!).flags[0]).toMatchObject({ category: 'off_platform', severity: 'block' });
  });

  it.each([
    [['check', '--platform', 'amazon', '--jsonl'], [], 2],
    [['check', '--jsonl'], ['{"text":"x","platform":"ebay"}'], 1],
  ])('rejects an unknown platform (%j)', async (argv, lines, code) => {
    const r = await run(argv as string[], lines as string[]);
    expect(r.code).toBe(code);
    expect(r.err.join('\n')).toMatch(/platform/);
  });
});

describe('kefu promises', () => {
  it('reads a promise with its due time in the environment time zone', async () => {
    const r = await run(['promises', '--now', '2026-11-23T10:00:00+08:00', '--jsonl'], ['{"text":"好的亲,明天下午三点前给您发顺丰"}', '{"text":"已经给您发出了"}']);
    expect(r.code).toBe(0);
    const [yes, no] = r.out.map((l) => JSON.parse(l));
    expect(yes.promises).toEqual([{ kind: 'ship', due: '2026-11-24T15:00:00+08:00', text: expect.stringContaining('发顺丰') }]);
    expect(no.promises).toEqual([]);
  });

  it('takes a line\'s own "now" over --now', async () => {
    const r = await run(['promises', '--now', '2026-11-23T10:00:00+08:00', '--jsonl'], ['{"text":"明天给您回复","now":"2026-12-31T10:00:00+08:00"}']);
    expect(JSON.parse(r.out[0]!).promises[0].due).toMatch(/^2027-01-01T/);
  });

  it('rejects a bad --now', async () => {
    const r = await run(['promises', '--now', 'tomorrow', '--jsonl'], []);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('ISO 8601');
  });
});

describe('kefu audit', () => {
  it('reports blocking replies and exits 1', async () => {
    const path = join(dir, 'risky.json');
    writeFileSync(path, JSON.stringify([...library, { id: 'bad', group: '售前', content: '亲,特价商品不退不换哦,加微信给您便宜' }]));
    const r = await run(['audit', path], []);
    expect(r.code).toBe(1);
    const report = r.out.join('\n');
    expect(report).toContain('id=bad');
    expect(report).toMatch(/return_refusal/);
    expect(report).toMatch(/off_platform/);
    expect(report).toMatch(/1 replies with blocking problems/);
  });

  it('passes a clean library with exit 0, and reads CSV with 千牛 headers', async () => {
    const path = join(dir, 'clean.csv');
    writeFileSync(path, '分组,快捷编码,快捷短语\n售前,fp,亲,可以开具电子发票的\n售前,kd,默认发中通快递哦\n');
    const r = await run(['audit', path], []);
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toMatch(/2 (条话术|replies)/);
  });

  it('rejects a missing file and a missing argument', async () => {
    expect((await run(['audit', join(dir, 'nope.csv')], [])).code).toBe(2);
    expect((await run(['audit'], [])).code).toBe(2);
  });
});
