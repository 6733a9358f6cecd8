import Papa from 'papaparse';
// The universal build takes an ArrayBuffer, so the same code runs in the options page and in the Node CLI.
import readXlsxFile from 'read-excel-file/universal';
import { UserError, type Bilingual } from '../../errors';
import type { Reply } from '../types';
import { decodeText, type TextEncodingName } from './decode-text';
import { normalizeGroupPath } from './group-path';
import {
  fieldForHeader,
  mapHeaderRow,
  RESERVED_KEYS,
  unknownFieldKey,
  type ColumnMapping,
  type HeaderLayout,
  type ReplyField,
} from './header-map';
import { splitKeywords } from './keywords';
import { generatedReplyId } from './stable-id';

export type LibraryFileFormat = 'csv' | 'xlsx' | 'json';

export interface ParsedRow {
  /** The row number the spreadsheet shows (header = row 1 when it is the first row); for JSON, the item's 1-based position. */
  rowNumber: number;
  /** Worksheet name, for workbooks with more than one sheet of replies. */
  sheet?: string;
  reply: Reply;
  /** The file gave no id; `reply.id` is a hash of group + code + content (stable across re-imports). */
  idGenerated: boolean;
  /** What is wrong with the row as read (the reply cannot be imported). Field rules come later, in planImport. */
  problems: Bilingual[];
  warnings: Bilingual[];
}

export interface SheetLayout {
  sheet?: string;
  /** row number of the header */
  headerRow: number;
  columns: ColumnMapping[];
}

export interface ParsedRows {
  fileName: string;
  format: LibraryFileFormat;
  encoding?: TextEncodingName;
  /** How each sheet's columns were read (for the preview: 快捷短语 → content, 登记日期 → kept). Empty for JSON. */
  layouts: SheetLayout[];
  rows: ParsedRow[];
}

/** How far down a sheet the header may sit (templates put a title or instructions above it). */
const HEADER_SEARCH_ROWS = 10;

/**
 * Reads a reply library file: CSV (UTF-8, GBK/GB18030 or UTF-16; comma, tab or semicolon separated), Excel .xlsx, or our
 * JSON. Takes bytes and the file name so the options page (File → ArrayBuffer) and the CLI (fs.readFile) share it.
 * Throws a bilingual UserError when the file is empty, is not a table, or has no header naming a content column.
 */
export async function readLibraryFile(input: Uint8Array | ArrayBuffer, fileName: string): Promise<ParsedRows> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (!bytes.length) throw emptyFile();
  const format = detectFormat(bytes, fileName);
  if (format === 'xlsx') return parseXlsxBytes(bytes, fileName);
  const { text, encoding } = decodeText(bytes);
  if (!text.trim()) throw emptyFile();
  const parsed = format === 'json' ? parseJsonText(text, fileName) : parseCsvText(text, fileName);
  return { ...parsed, encoding };
}

function detectFormat(bytes: Uint8Array, fileName: string): LibraryFileFormat {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  // A zip is an .xlsx whatever it is called (Chinese office suites and mail clients rename freely).
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0) || ext === 'xls' || ext === 'et') {
    throw new UserError({
      zh: '不支持旧版 Excel(.xls)文件,请在 Excel 或 WPS 里“另存为” .xlsx 或 CSV(UTF-8)后再导入',
      en: 'Old Excel (.xls) files are not supported; save the sheet as .xlsx or CSV (UTF-8) and import that',
    });
  }
  if (ext === 'xlsx') throw notXlsx();
  if (ext === 'json') return 'json';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  // Unknown extension: a JSON library starts with [ or { (after a BOM or whitespace); anything else is tried as CSV.
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf) continue;
    return b === 0x5b || b === 0x7b ? 'json' : 'csv';
  }
  return 'csv';
}

// ---------------------------------------------------------------------------------------------------------------- CSV

export function parseCsvText(text: string, fileName = 'library.csv'): ParsedRows {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw emptyFile();
  const result = Papa.parse<string[]>(body, {
    skipEmptyLines: false,
    delimiter: guessDelimiter(body),
  });
  const quoteProblems = new Map<number, { problems: Bilingual[]; warnings: Bilingual[] }>();
  for (const e of result.errors) {
    if (e.type !== 'Quotes' || e.row === undefined) continue;
    const entry = quoteProblems.get(e.row) ?? { problems: [], warnings: [] };
    if (e.code === 'MissingQuotes') {
      entry.problems.push({
        zh: '引号没有配对:这一行从引号开始把后面的内容都当成了一格,请检查内容里的英文双引号',
        en: 'Unclosed quote: everything after it was read as one cell; check the double quotes in this row',
      });
    } else {
      entry.warnings.push({
        zh: '引号用法不规范,这一行可能没有按原样读出',
        en: 'Malformed quotes; this row may not read exactly as written',
      });
    }
    quoteProblems.set(e.row, entry);
  }
  const table = result.data.map((row) => (Array.isArray(row) ? row.map(csvCell) : []));
  const parsed = rowsFromTables([{ rows: table }], fileName, 'csv');
  for (const row of parsed.rows) {
    const extra = quoteProblems.get(row.rowNumber - 1);
    if (extra) {
      row.problems.push(...extra.problems);
      row.warnings.push(...extra.warnings);
    }
  }
  return parsed;
}

const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * The delimiter that makes the top of the file read as a header we know (papaparse's own guess needs several rows of
 * equal width, and a two-row sheet or a title line above the header defeats it). Ties go to the comma.
 */
function guessDelimiter(body: string): string {
  let best: string = ',';
  let bestMapped = 0;
  for (const delimiter of DELIMITERS) {
    const top = Papa.parse<string[]>(body, {
      delimiter,
      preview: HEADER_SEARCH_ROWS,
    }).data;
    for (const row of top) {
      const layout = Array.isArray(row) ? mapHeaderRow(row.map(String)) : null;
      if (!layout) continue;
      const mapped = layout.columns.filter((c) => c.field).length;
      if (mapped > bestMapped) {
        best = delimiter;
        bestMapped = mapped;
      }
      break;
    }
  }
  return best;
}

/** Our CSV export guards cells that Excel would run as formulas with a leading `'`; reading it back removes the guard. */
function csvCell(cell: unknown): string {
  const text = typeof cell === 'string' ? cell : String(cell ?? '');
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

// --------------------------------------------------------------------------------------------------------------- XLSX

async function parseXlsxBytes(bytes: Uint8Array, fileName: string): Promise<ParsedRows> {
  // The universal reader wants an ArrayBuffer of exactly the file (a Node Buffer is often a view into a larger pool).
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let sheets: { sheet: string; data: unknown[][] }[];
  try {
    sheets = await readXlsxFile(buffer);
  } catch (e) {
    if (e instanceof Error && /InvalidInputError|InvalidSpreadsheetError/.test(e.name)) throw notXlsx();
    throw e;
  }
  const tables = sheets.map((s) => ({
    name: s.sheet,
    rows: s.data.map((row) => row.map(xlsxCell)),
  }));
  return rowsFromTables(tables, fileName, 'xlsx');
}

/** Cells become text, as they would be in a CSV saved from the same sheet, so both routes give the same replies. */
function xlsxCell(cell: unknown): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (cell instanceof Date) {
    // Excel dates carry no zone; the reader gives them as UTC.
    const iso = cell.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
  }
  return String(cell);
}

// ----------------------------------------------------------------------------------------------------- shared tables

interface Table {
  name?: string;
  /** rows[i] is spreadsheet row i + 1 */
  rows: string[][];
}

function rowsFromTables(tables: Table[], fileName: string, format: 'csv' | 'xlsx'): ParsedRows {
  if (!tables.some((t) => t.rows.some((r) => r.some((c) => c.trim())))) throw emptyFile();
  const usable: { table: Table; layout: HeaderLayout; headerIndex: number }[] = [];
  for (const table of tables) {
    const limit = Math.min(table.rows.length, HEADER_SEARCH_ROWS);
    for (let i = 0; i < limit; i++) {
      const layout = mapHeaderRow(table.rows[i]!);
      if (layout) {
        usable.push({ table, layout, headerIndex: i });
        break;
      }
    }
  }
  if (!usable.length) throw noHeader();
  // A workbook with one sheet of replies per group: without a group column, the sheet name is the group.
  const sheetIsGroup = usable.length > 1;
  const rows: ParsedRow[] = [];
  const layouts: SheetLayout[] = [];
  for (const { table, layout, headerIndex } of usable) {
    const sheet = tables.length > 1 ? table.name : undefined;
    layouts.push({
      sheet,
      headerRow: headerIndex + 1,
      columns: layout.columns,
    });
    const fallbackGroup = sheetIsGroup && layout.fields.group === undefined ? table.name ?? '' : '';
    for (let i = headerIndex + 1; i < table.rows.length; i++) {
      const row = rowFromCells(table.rows[i]!, layout, i + 1, fallbackGroup);
      if (row) rows.push(sheet === undefined ? row : { ...row, sheet });
    }
  }
  return { fileName, format, layouts, rows };
}

function rowFromCells(
  cells: string[],
  layout: HeaderLayout,
  rowNumber: number,
  fallbackGroup: string
): ParsedRow | null {
  if (!cells.some((c) => c.trim())) return null;
  const fields: Partial<Record<ReplyField, string>> = {};
  const unknown: [string, string][] = [];
  for (const column of layout.columns) {
    const value = cleanCell(cells[column.index] ?? '');
    if (column.field) fields[column.field] = value;
    else if (value) unknown.push([column.key, value]);
  }
  const problems: Bilingual[] = [];
  const extra = cells.slice(layout.width).filter((c) => c.trim()).length;
  if (extra) {
    problems.push({
      zh: `这一行比表头多出 ${extra} 列,和表头对不上(常见原因:内容里的逗号没有加引号)`,
      en: `This row has ${extra} more cell(s) than the header (often an unquoted comma in the content)`,
    });
  }
  return {
    rowNumber,
    ...buildReply(
      {
        id: fields.id,
        group: fields.group || fallbackGroup,
        code: fields.code,
        title: fields.title,
        content: fields.content ?? '',
        keywords: fields.keywords === undefined ? undefined : splitKeywords(fields.keywords),
      },
      unknown
    ),
    problems,
    warnings: [],
  };
}

function cleanCell(cell: string): string {
  return cell.replace(/\r\n?/g, '\n').trim();
}

// --------------------------------------------------------------------------------------------------------------- JSON

/** Our JSON contract (an array of replies; `{ "replies": [...] }` is accepted too). Items without an id get a stable one. */
export function parseJsonText(text: string, fileName = 'library.json'): ParsedRows {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UserError({
      zh: `话术库不是有效的 JSON:${(e as Error).message}`,
      en: `The reply library is not valid JSON: ${(e as Error).message}`,
    });
  }
  if (
    data &&
    typeof data === 'object' &&
    !Array.isArray(data) &&
    Array.isArray((data as { replies?: unknown }).replies)
  ) {
    data = (data as { replies: unknown[] }).replies;
  }
  if (!Array.isArray(data)) {
    throw new UserError({
      zh: '话术库应是一个数组,每一项形如 {"id","group","content"}',
      en: 'The reply library must be an array of {"id","group","content"} objects',
    });
  }
  if (!data.length) throw emptyFile();
  const rows = data.map((item, i): ParsedRow => {
    const rowNumber = i + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      return {
        rowNumber,
        reply: { id: '', group: '', content: '' },
        idGenerated: false,
        problems: [
          {
            zh: '这一项不是对象,应形如 {"group","content"}',
            en: 'This item is not an object like {"group","content"}',
          },
        ],
        warnings: [],
      };
    }
    return {
      rowNumber,
      ...jsonItemToReply(item as Record<string, unknown>),
      problems: [],
      warnings: [],
    };
  });
  return { fileName, format: 'json', layouts: [], rows };
}

const CONTRACT_KEYS = new Set<string>(['id', 'group', 'code', 'title', 'content', 'keywords']);

function jsonItemToReply(item: Record<string, unknown>): {
  reply: Reply;
  idGenerated: boolean;
} {
  const source: Partial<Record<ReplyField, unknown>> = {};
  for (const key of CONTRACT_KEYS) if (key in item) source[key as ReplyField] = item[key];
  const unknown: [string, unknown][] = [];
  const taken = new Set<string>();
  for (const [key, value] of Object.entries(item)) {
    if (CONTRACT_KEYS.has(key)) continue;
    // A JSON converted from a sheet may say 分组/快捷短语; the contract's own key wins when both are there.
    const field = fieldForHeader(key);
    if (field && !(field in source)) {
      source[field] = value;
      continue;
    }
    const kept = RESERVED_KEYS.has(key) ? unknownFieldKey(key, taken) : key;
    taken.add(kept);
    unknown.push([kept, value]);
  }
  const keywords = source.keywords;
  return buildReply(
    {
      id: scalarText(source.id),
      group: scalarText(source.group),
      code: scalarText(source.code),
      title: scalarText(source.title),
      content: (scalarText(source.content) ?? '').replace(/\r\n?/g, '\n').trim(),
      keywords: Array.isArray(keywords)
        ? splitKeywords(keywords.filter((k) => typeof k === 'string' || typeof k === 'number').map(String), false)
        : typeof keywords === 'string'
        ? splitKeywords(keywords)
        : undefined,
    },
    unknown
  );
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return undefined;
}

// ------------------------------------------------------------------------------------------------------------ replies

interface ReplyFields {
  id?: string;
  group?: string;
  code?: string;
  title?: string;
  content: string;
  keywords?: string[];
}

/** Builds a reply in contract key order; unknown fields follow, set as own data properties whatever their name. */
function buildReply(
  fields: ReplyFields,
  unknown: readonly (readonly [string, unknown])[]
): { reply: Reply; idGenerated: boolean } {
  const group = normalizeGroupPath(fields.group ?? '');
  const code = fields.code?.trim() || undefined;
  const title = fields.title?.trim() || undefined;
  const content = fields.content;
  const givenId = fields.id?.trim();
  // Built in contract key order so exports read id, group, code, title, content, keywords, then the rest.
  const reply: Record<string, unknown> = {
    id: givenId || generatedReplyId(group, code, content),
    group,
  };
  if (code !== undefined) reply.code = code;
  if (title !== undefined) reply.title = title;
  reply.content = content;
  if (fields.keywords?.length) reply.keywords = fields.keywords;
  for (const [key, value] of unknown) {
    // defineProperty, not assignment: a column may be called anything, including __proto__.
    Object.defineProperty(reply, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return { reply: reply as Reply, idGenerated: !givenId };
}

// ------------------------------------------------------------------------------------------------------------- errors

function emptyFile(): UserError {
  return new UserError({
    zh: '文件是空的,里面没有话术',
    en: 'The file is empty: there are no replies in it',
  });
}

function notXlsx(): UserError {
  return new UserError({
    zh: '这个文件不是有效的 Excel(.xlsx)表格,可能已损坏或只是改了扩展名',
    en: 'This is not a valid Excel (.xlsx) workbook; it may be damaged or only renamed',
  });
}

function noHeader(): UserError {
  return new UserError({
    zh: `没有找到表头:前 ${HEADER_SEARCH_ROWS} 行里没有「快捷短语」「内容」或「话术」列。第一行应是表头,例如:分组,快捷编码,快捷短语`,
    en: `No header found: none of the first ${HEADER_SEARCH_ROWS} rows names a content column (快捷短语 / 内容 / 话术 / content). The first row should be a header such as 分组,快捷编码,快捷短语`,
  });
}
