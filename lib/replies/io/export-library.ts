import Papa from 'papaparse';
import type { Reply } from '../types';
import { joinKeywords } from './keywords';
import { STORAGE_FIELDS, toContractReply } from './reply-equality';

/** The JSON contract (shared/design.md): storage bookkeeping dropped, unknown fields kept as they are. */
export function exportLibraryJson(replies: readonly Reply[]): string {
  return `${JSON.stringify(replies.map(toContractReply), null, 2)}\n`;
}

/** Column headers of the CSV export, in 千牛's words so the file reads naturally in Excel and re-imports through the synonyms. */
export const CSV_COLUMNS = ['分组', '快捷编码', '标题', '快捷短语', '关键词', 'id'] as const;

const KNOWN_KEYS = new Set(['id', 'group', 'code', 'title', 'content', 'keywords']);

/**
 * CSV for Excel: UTF-8 with a BOM (without it Excel on Chinese Windows reads UTF-8 as GBK and shows mojibake), CRLF line
 * ends, unknown fields as their own columns after the known ones. Cells Excel would run as a formula (= + - @) get a
 * leading `'`, which the importer removes again. Unknown fields that are not text are written as JSON.
 */
export function exportLibraryCsv(replies: readonly Reply[]): string {
  const extraKeys: string[] = [];
  const seen = new Set<string>();
  for (const reply of replies) {
    for (const key of Object.keys(reply)) {
      if (KNOWN_KEYS.has(key) || STORAGE_FIELDS.has(key) || seen.has(key)) continue;
      seen.add(key);
      extraKeys.push(key);
    }
  }
  const fields = [...CSV_COLUMNS, ...extraKeys];
  const data = replies.map((r) =>
    [
      r.group ?? '',
      r.code ?? '',
      r.title ?? '',
      r.content,
      joinKeywords(r.keywords),
      r.id,
      ...extraKeys.map((k) => cellText(r[k])),
    ].map(guardFormula)
  );
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n' })}\r\n`;
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

function guardFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
