import { basename } from 'node:path';
import { createInterface } from 'node:readline';
import { UserError, isUserError } from '../errors';
import { flagString, parseArgs, rejectUnknownFlags, type ParsedArgs } from './args';
import { runJsonLines, type LineIo } from './jsonl';
import { auditLibrary } from './audit';
import { checkCommand, parsePlatform } from './check';
import { readLibraryPath } from './library-file';
import { parseNow, promisesCommand } from './promises';
import { suggestCommand } from './suggest';

const USAGE = `kefu — 客服助手的命令行 / the command-line face of Kefu Sidekick

  kefu suggest --library FILE [--limit N] --jsonl   {"text"} → {"suggestions":[{"id","score"}]}
  kefu check [--platform P] --jsonl                 {"text","platform"?} → {"flags":[{"category","severity","rule","start","end","message","suggestion"?}]}
  kefu promises [--now ISO] --jsonl                 {"text","now"?} → {"promises":[{"kind","due","text"}]}
  kefu audit FILE [--platform P]                    话术库高压线报告 / a red-line report of a library (CSV/XLSX/JSON); exit 1 if anything blocks

FILE: CSV/XLSX (千牛风格表头 / 千牛-style headers) or JSON [{"id","group","code"?,"title"?,"content","keywords"?}].
P: pinduoduo, douyin, jd, kuaishou, taobao, generic.

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
      case 'check':
        rejectUnknownFlags(args, ['platform', 'jsonl']);
        requireJsonl(args);
        return await runJsonLines(io, checkCommand(parsePlatform(flagString(args, 'platform'), '参数')));
      case 'promises':
        rejectUnknownFlags(args, ['now', 'jsonl']);
        requireJsonl(args);
        return await runJsonLines(io, promisesCommand(parseNow(flagString(args, 'now'), '参数 --now')));
      case 'audit':
        return await runAudit(args, io);
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.out(USAGE);
        return args.command === undefined ? 2 : 0;
      default:
        throw new UserError({
          zh: `没有「${args.command}」这个命令,可用:suggest、check、promises、audit`,
          en: `No command "${args.command}"; available: suggest, check, promises, audit`,
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
  const limit = parseLimit(flagString(args, 'limit'));
  const handle = suggestCommand((await readLibraryPath(libraryPath)).replies, limit);
  return runJsonLines(io, handle);
}

async function runAudit(args: ParsedArgs, io: LineIo): Promise<number> {
  rejectUnknownFlags(args, ['platform']);
  const [file, ...extra] = args.positional;
  if (!file || extra.length) {
    throw new UserError({ zh: '用法:kefu audit 文件 [--platform 平台]', en: 'Usage: kefu audit FILE [--platform P]' });
  }
  const platform = parsePlatform(flagString(args, 'platform'), '参数');
  const result = auditLibrary(await readLibraryPath(file), basename(file), platform);
  io.out(result.report);
  return result.blocking ? 1 : 0;
}

function parseLimit(raw: string | undefined): number {
  if (raw === undefined) return 9;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 100) {
    throw new UserError({ zh: `--limit 应是 1 到 100 的整数,收到「${raw}」`, en: `--limit must be an integer 1–100, got "${raw}"` });
  }
  return n;
}

function nodeIo(): LineIo {
  return {
    lines: createInterface({ input: process.stdin, crlfDelay: Infinity }),
    out: (line) => process.stdout.write(line + '\n'),
    err: (line) => process.stderr.write(line + '\n'),
  };
}
