import type { Bilingual } from '../../errors';
import type { Reply } from '../types';
import { rowLabel } from './import-plan';
import { readLibraryFile, type LibraryFileFormat, type ParsedRows } from './read-library-file';
import type { TextEncodingName } from './decode-text';
import { checkReplyFields } from './validate-reply';

export interface LibraryFileProblem {
  rowNumber: number;
  sheet?: string;
  label: Bilingual;
  severity: 'error' | 'warning';
  messages: Bilingual[];
}

export interface LibraryFileReplies {
  format: LibraryFileFormat;
  encoding?: TextEncodingName;
  replies: Reply[];
  problems: LibraryFileProblem[];
}

/**
 * A library file as a list of replies, for readers that take a file as it is rather than merging it into a library (the
 * `kefu` command: `audit`, `--library`). Every row with content is kept, even one that breaks a rule (an audit must see
 * a 1,200-character reply to check it); its problems are listed. Rows without content are left out and listed. A
 * repeated id is renamed `id-2`, `id-3`… so each reply stays addressable.
 */
export async function readLibraryReplies(
  input: Uint8Array | ArrayBuffer,
  fileName: string
): Promise<LibraryFileReplies> {
  return repliesFromRows(await readLibraryFile(input, fileName));
}

export function repliesFromRows(parsed: ParsedRows): LibraryFileReplies {
  const replies: Reply[] = [];
  const problems: LibraryFileProblem[] = [];
  const ids = new Set<string>();
  for (const row of parsed.rows) {
    const where = {
      rowNumber: row.rowNumber,
      ...(row.sheet !== undefined && { sheet: row.sheet }),
      label: rowLabel(row, parsed.format),
    };
    const check = checkReplyFields(row.reply);
    const errors = [...row.problems, ...check.errors];
    const warnings = [...row.warnings, ...check.warnings];
    if (!row.reply.content.trim()) {
      problems.push({ ...where, severity: 'error', messages: errors });
      continue;
    }
    let reply = row.reply;
    if (ids.has(reply.id)) {
      let n = 2;
      while (ids.has(`${reply.id}-${n}`)) n++;
      const renamed = `${reply.id}-${n}`;
      warnings.push({
        zh: `id「${reply.id}」和前面的行重复,改为「${renamed}」`,
        en: `Id "${reply.id}" repeats an earlier row; read as "${renamed}"`,
      });
      reply = { ...reply, id: renamed };
    }
    ids.add(reply.id);
    replies.push(reply);
    if (errors.length) problems.push({ ...where, severity: 'error', messages: errors });
    if (warnings.length) problems.push({ ...where, severity: 'warning', messages: warnings });
  }
  const out: LibraryFileReplies = { format: parsed.format, replies, problems };
  if (parsed.encoding) out.encoding = parsed.encoding;
  return out;
}
