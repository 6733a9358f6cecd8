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
