import type { Bilingual } from '../../errors';
import type { Reply } from '../types';
import type { LibraryFileFormat, ParsedRow, ParsedRows } from './read-library-file';
import { codeKey, contentKey, replyDifferences, replyFingerprint, type ReplyDifference } from './reply-equality';
import { checkReplyFields } from './validate-reply';

export type ImportStatus = 'add' | 'unchanged' | 'conflict' | 'duplicate' | 'invalid';
export type ImportResolution = 'keep-both' | 'overwrite' | 'skip';

export interface ImportTarget {
  /** id of the reply the row meets */
  id: string;
  /** set when that reply is not in the library yet but comes from an earlier row of the same file */
  fileRow?: number;
}

export interface PlannedRow {
  rowNumber: number;
  sheet?: string;
  /** 第 5 行 / Row 5 (or 第 5 项 for JSON, with the sheet name for workbooks) */
  label: Bilingual;
  status: ImportStatus;
  /** the incoming reply, normalised */
  reply: Reply;
  /** the reply it is unchanged from, conflicts with or duplicates */
  target?: ImportTarget;
  /** a conflict over the same id (different reply) or over the same code on another reply */
  conflict?: 'id' | 'code';
  /** id the incoming reply gets when an id conflict is resolved with "keep both" */
  keepBothId?: string;
  /** for id conflicts: what differs from the reply already there */
  differences?: ReplyDifference[];
  /** why the row has its status: the problems of an invalid row, what a conflict or duplicate is about */
  reasons: Bilingual[];
  warnings: Bilingual[];
}

export interface ImportPlan {
  fileName: string;
  format: LibraryFileFormat;
  rows: PlannedRow[];
  counts: Record<ImportStatus, number>;
}

/** What the agent chose. A row's own choice wins over the choice for all conflicts / all duplicates, which wins over the default. */
export interface ImportChoices {
  conflict?: ImportResolution;
  duplicate?: ImportResolution;
  /** by index in `plan.rows` */
  rows?: Record<number, ImportResolution>;
}

/**
 * Nothing is lost by default: a conflicting row is added beside the reply it meets ("keep both"); a duplicate of a reply
 * already in the library is not added again (its content is there) but stays listed so the agent can add it anyway.
 */
export const DEFAULT_RESOLUTIONS: Readonly<Record<'conflict' | 'duplicate', ImportResolution>> = {
  conflict: 'keep-both',
  duplicate: 'skip',
};

interface Known {
  reply: Reply;
  fileRow?: number;
}

/**
 * The preview of an import: what each row of the file would do to the library, before anything is written. Rows are
 * compared with the library and with the rows above them in the same file (a file can repeat itself).
 */
export function planImport(existing: readonly Reply[], incoming: ParsedRows): ImportPlan {
  const byId = new Map<string, Known>();
  const byContent = new Map<string, string>();
  const byCode = new Map<string, string>();
  const byPrint = new Map<string, string>();
  const usedIds = new Set<string>();
  const register = (known: Known) => {
    const { reply } = known;
    byId.set(reply.id, known);
    usedIds.add(reply.id);
    const content = contentKey(reply.content);
    if (!byContent.has(content)) byContent.set(content, reply.id);
    const code = codeKey(reply.code);
    if (code && !byCode.has(code)) byCode.set(code, reply.id);
    const print = replyFingerprint(reply);
    if (!byPrint.has(print)) byPrint.set(print, reply.id);
  };
  for (const reply of existing) register({ reply });
  for (const row of incoming.rows) if (row.reply.id) usedIds.add(row.reply.id);

  const rows = incoming.rows.map((row): PlannedRow => {
    const label = rowLabel(row, incoming.format);
    const check = checkReplyFields(row.reply);
    const base = {
      rowNumber: row.rowNumber,
      label,
      reply: row.reply,
      warnings: [...row.warnings, ...check.warnings],
    };
    const withSheet = row.sheet === undefined ? base : { ...base, sheet: row.sheet };
    const problems = [...row.problems, ...check.errors];
    if (problems.length) return { ...withSheet, status: 'invalid', reasons: problems };

    const reply = row.reply;
    const targetOf = (id: string): ImportTarget => {
      const fileRow = byId.get(id)?.fileRow;
      return fileRow === undefined ? { id } : { id, fileRow };
    };
    const print = replyFingerprint(reply);
    const sameId = byId.get(reply.id);
    if (sameId) {
      if (replyFingerprint(sameId.reply) === print) {
        return {
          ...withSheet,
          status: 'unchanged',
          target: targetOf(reply.id),
          reasons: [unchangedReason(sameId)],
        };
      }
      // A reply identical in every field under another id: an earlier "keep both" of this very row, most often.
      const twin = byPrint.get(print);
      if (twin !== undefined) {
        return {
          ...withSheet,
          status: 'unchanged',
          target: targetOf(twin),
          reasons: [unchangedReason(byId.get(twin)!)],
        };
      }
      const keepBothId = allocateId(reply.id, usedIds);
      const differences = replyDifferences(sameId.reply, reply);
      register({ reply: { ...reply, id: keepBothId }, fileRow: row.rowNumber });
      return {
        ...withSheet,
        status: 'conflict',
        conflict: 'id',
        target: targetOf(reply.id),
        keepBothId,
        differences,
        reasons: [idConflictReason(reply.id, sameId, differences)],
      };
    }
    const duplicateOf = byContent.get(contentKey(reply.content));
    if (duplicateOf !== undefined) {
      return {
        ...withSheet,
        status: 'duplicate',
        target: targetOf(duplicateOf),
        reasons: [duplicateReason(byId.get(duplicateOf)!)],
      };
    }
    const codeOwner = reply.code ? byCode.get(codeKey(reply.code)) : undefined;
    register({ reply, fileRow: row.rowNumber });
    if (codeOwner !== undefined) {
      return {
        ...withSheet,
        status: 'conflict',
        conflict: 'code',
        target: targetOf(codeOwner),
        reasons: [codeConflictReason(reply.code!, byId.get(codeOwner)!)],
      };
    }
    return { ...withSheet, status: 'add', reasons: [] };
  });

  const counts: Record<ImportStatus, number> = {
    add: 0,
    unchanged: 0,
    conflict: 0,
    duplicate: 0,
    invalid: 0,
  };
  for (const row of rows) counts[row.status]++;
  return { fileName: incoming.fileName, format: incoming.format, rows, counts };
}

export function resolutionOf(
  plan: ImportPlan,
  index: number,
  choices: ImportChoices = {}
): ImportResolution | undefined {
  const row = plan.rows[index];
  if (!row || (row.status !== 'conflict' && row.status !== 'duplicate')) return undefined;
  return choices.rows?.[index] ?? choices[row.status] ?? DEFAULT_RESOLUTIONS[row.status];
}

export interface ImportWrite {
  /** index in plan.rows */
  index: number;
  /** the reply to store (for an overwrite: the incoming fields under the target's id) */
  reply: Reply;
  /** the id replaced, when the write overwrites a reply of the library */
  replaces?: string;
}

export interface ResolvedImport {
  writes: ImportWrite[];
  /** indices of rows that write nothing: unchanged, invalid or skipped */
  untouched: number[];
}

/**
 * Turns a plan and the agent's choices into writes. Later rows of the file win over earlier rows that write the same id
 * (the file's own "overwrite"); the library's replies are only replaced by an explicit overwrite.
 */
export function resolveImport(
  plan: ImportPlan,
  existingIds: ReadonlySet<string>,
  choices: ImportChoices = {}
): ResolvedImport {
  const writes = new Map<string, ImportWrite>();
  const untouched: number[] = [];
  const used = new Set(existingIds);
  for (const row of plan.rows) {
    used.add(row.reply.id);
    if (row.keepBothId) used.add(row.keepBothId);
  }
  const write = (index: number, reply: Reply, overwrite: boolean) => {
    // The library may have changed since the preview: a write that is not an overwrite never replaces a reply.
    const target = !overwrite && existingIds.has(reply.id) ? { ...reply, id: allocateId(reply.id, used) } : reply;
    const previous = writes.get(target.id);
    if (previous) untouched.push(previous.index);
    writes.set(
      target.id,
      existingIds.has(target.id) ? { index, reply: target, replaces: target.id } : { index, reply: target }
    );
  };
  plan.rows.forEach((row, index) => {
    if (row.status === 'add') return write(index, row.reply, false);
    if (row.status === 'conflict' || row.status === 'duplicate') {
      const resolution = resolutionOf(plan, index, choices);
      if (resolution === 'overwrite') return write(index, { ...row.reply, id: row.target!.id }, true);
      if (resolution === 'keep-both') {
        return write(index, row.conflict === 'id' ? { ...row.reply, id: row.keepBothId! } : row.reply, false);
      }
    }
    untouched.push(index);
  });
  return {
    writes: [...writes.values()].sort((a, b) => a.index - b.index),
    untouched: untouched.sort((a, b) => a - b),
  };
}

/** `fp` → `fp-2`, `fp-3`, … the first id no reply and no row of the file uses. */
function allocateId(id: string, used: Set<string>): string {
  let n = 2;
  while (used.has(`${id}-${n}`)) n++;
  const next = `${id}-${n}`;
  used.add(next);
  return next;
}

/** How the agent finds a row in the file: 第 5 行 / 「售前」表第 5 行 / 第 5 项 (JSON). */
export function rowLabel(row: ParsedRow, format: LibraryFileFormat): Bilingual {
  if (format === 'json') return { zh: `第 ${row.rowNumber} 项`, en: `Item ${row.rowNumber}` };
  if (row.sheet !== undefined)
    return {
      zh: `「${row.sheet}」表第 ${row.rowNumber} 行`,
      en: `Sheet "${row.sheet}", row ${row.rowNumber}`,
    };
  return { zh: `第 ${row.rowNumber} 行`, en: `Row ${row.rowNumber}` };
}

/** How a reply is named to the agent: its code, else its title, else the start of its content. */
export function describeReply(reply: Reply, opts: { withoutCode?: boolean } = {}): string {
  if (reply.code && !opts.withoutCode) return reply.code;
  if (reply.title) return reply.title;
  const chars = [...reply.content.replace(/\s+/g, ' ')];
  return chars.length > 14 ? `${chars.slice(0, 14).join('')}…` : chars.join('');
}

function where(known: Known, opts: { withoutCode?: boolean } = {}): Bilingual {
  const name = describeReply(known.reply, opts);
  return known.fileRow === undefined
    ? { zh: `库里的「${name}」`, en: `"${name}" in the library` }
    : {
        zh: `文件第 ${known.fileRow} 行`,
        en: `row ${known.fileRow} of this file`,
      };
}

function unchangedReason(known: Known): Bilingual {
  const w = where(known);
  return {
    zh: `与${w.zh}完全相同,不用再导入`,
    en: `Same as ${w.en}; nothing to import`,
  };
}

const DIFFERENCE_NAMES: Record<ReplyDifference, Bilingual> = {
  content: { zh: '内容', en: 'content' },
  group: { zh: '分组', en: 'group' },
  code: { zh: '编码', en: 'code' },
  title: { zh: '标题', en: 'title' },
  keywords: { zh: '关键词', en: 'keywords' },
  other: { zh: '其他列', en: 'other columns' },
};

function idConflictReason(id: string, known: Known, differences: ReplyDifference[]): Bilingual {
  const w = where(known);
  const zh = differences.map((d) => DIFFERENCE_NAMES[d].zh).join('、');
  const en = differences.map((d) => DIFFERENCE_NAMES[d].en).join(', ');
  return {
    zh: `id「${id}」与${w.zh}相同,但${zh}不同`,
    en: `Id "${id}" is the same as ${w.en}, but the ${en} differ`,
  };
}

function codeConflictReason(code: string, known: Known): Bilingual {
  const w = where(known, { withoutCode: true });
  return {
    zh: `编码「${code}」已被${w.zh}使用`,
    en: `Code "${code}" is already used by ${w.en}`,
  };
}

function duplicateReason(known: Known): Bilingual {
  const w = where(known);
  return { zh: `内容与${w.zh}重复`, en: `Same content as ${w.en}` };
}
