import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { UserError, isUserError } from '../errors';
import { flagString, parseArgs, rejectUnknownFlags, type ParsedArgs } from './args';
import { runJsonLines, type LineIo } from './jsonl';
import { suggestCommand } from './suggest';

const USAGE = `kefu — 客服助手的命令行 / the command-line face of Kefu Sidekick

  kefu suggest --library FILE [--limit N] --jsonl   {"text"} → {"suggestions":[{"id","score"}]}

每行一个 JSON 输入,每行一个 JSON 输出;错误写到 stderr 并以非零状态退出。
One JSON object per input line, one JSON line out per input line; errors go to stderr with a non-zero exit.`;

export interface MainEnv {
  root: string;
  io?: LineIo;
}

export async function main(argv: string[], env: MainEnv): Promise<number> {
  const io = env.io ?? nodeIo();
  try {
    const args = parseArgs(argv, new Set(['library', 'limit', 'platform', 'now']));
    switch (args.command) {
      case 'suggest':
        return await runSuggest(args, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return args.command === undefined ? 2 : 0;
      default:
        throw new UserError({
          zh: `没有「${args.command}」这个命令,可用:suggest`,
          en: `No command "${args.command}"; available: suggest`,
        });
    }
  } catch (e) {
    if (!isUserError(e)) throw e;
    io.err(`kefu: ${e.zh}\nkefu: ${e.en}`);
    return 2;
  }
}

function requireJsonl(args: ParsedArgs): void {
  if (args.flags.get('jsonl') !== true) {
    throw new UserError({
      zh: '请加上 --jsonl:从标准输入按行读取 JSON',
      en: 'Add --jsonl: the command reads JSON lines from standard input',
    });
  }
}

async function runSuggest(args: ParsedArgs, io: LineIo): Promise<number> {
  rejectUnknownFlags(args, ['library', 'limit', 'jsonl']);
  requireJsonl(args);
  const libraryPath = flagString(args, 'library');
  if (!libraryPath) {
    throw new UserError({ zh: 'suggest 需要 --library 话术库文件', en: 'suggest needs --library FILE' });
  }
  const handle = suggestCommand(readTextFile(libraryPath), parseLimit(flagString(args, 'limit')));
  return runJsonLines(io, handle);
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return 9;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new UserError({ zh: `--limit 应是 1 到 100 的整数,收到「${raw}」`, en: `--limit must be an integer 1–100, got "${raw}"` });
  }
  return n;
}

export function readTextFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new UserError({
      zh: `读不到文件「${path}」:${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      en: `Cannot read "${path}": ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    });
  }
}

function nodeIo(): LineIo {
  return {
    lines: createInterface({ input: process.stdin, crlfDelay: Infinity }),
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  };
}
