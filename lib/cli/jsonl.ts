import { UserError, isUserError } from '../errors';

export interface LineIo {
  lines: AsyncIterable<string>;
  out: (line: string) => void;
  err: (line: string) => void;
}

/**
 * JSON lines in, exactly one JSON line out per non-blank input line, in order. A bad line still gets its output line
 * (`{"error":{zh,en}}`) so the caller's lines stay aligned; the message also goes to stderr and the exit code is 1.
 */
export async function runJsonLines(io: LineIo, handle: (input: Record<string, unknown>) => unknown): Promise<number> {
  let lineNo = 0;
  let failed = false;
  for await (const raw of io.lines) {
    lineNo++;
    if (!raw.trim()) continue;
    try {
      let input: unknown;
      try {
        input = JSON.parse(raw);
      } catch {
        throw new UserError({ zh: '这一行不是有效的 JSON', en: 'this line is not valid JSON' });
      }
      if (!input || typeof input !== 'object' || Array.isArray(input)) {
        throw new UserError({ zh: '每一行应是一个 JSON 对象', en: 'each line must be a JSON object' });
      }
      io.out(JSON.stringify(handle(input as Record<string, unknown>)));
    } catch (e) {
      if (!isUserError(e)) throw e;
      failed = true;
      io.out(JSON.stringify({ error: { zh: e.zh, en: e.en } }));
      io.err(`kefu: 第 ${lineNo} 行 / line ${lineNo}: ${e.zh} / ${e.en}`);
    }
  }
  return failed ? 1 : 0;
}

export function requireText(input: Record<string, unknown>): string {
  if (typeof input.text !== 'string') {
    throw new UserError({ zh: '缺少字符串字段 "text"', en: 'missing string field "text"' });
  }
  return input.text;
}
