/**
 * Header row → reply fields. Sheets come from 千牛 exports, third-party templates and hand-made tables, so each field has the
 * names people actually write (domain.md); anything else is kept as an unknown field under its own header text.
 */
export type ReplyField = 'id' | 'group' | 'code' | 'title' | 'content' | 'keywords';

export const HEADER_SYNONYMS: Readonly<Record<ReplyField, readonly string[]>> = {
  group: ['分组', '分类', '组名', 'group', '分组名称', '分组名', '话术分组', '类别', 'category'],
  code: ['快捷编码', '编码', '快捷键', 'code', '快捷码', '短语编码', 'shortcut'],
  content: ['快捷短语', '短语', '内容', '话术', '回复内容', 'content', '话术内容', '短语内容', '快捷回复', '回复'],
  title: ['标题', 'title', '话术标题', '短语标题', '名称'],
  keywords: ['关键词', '关键字', 'keywords', 'keyword', '触发词'],
  id: ['id', '编号'],
};

const BY_NAME = new Map<string, ReplyField>();
for (const [field, names] of Object.entries(HEADER_SYNONYMS) as [ReplyField, readonly string[]][]) {
  for (const name of names) BY_NAME.set(name, field);
}

/**
 * `*快捷短语（必填）` → `快捷短语`: templates mark required columns with `*` and add hints in brackets; case, width and
 * spaces do not matter.
 */
export function normalizeHeaderCell(cell: string): string {
  return cell
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(\[【].*?[)\]】]/g, '')
    .replace(/[\s*:]+/g, '');
}

export function fieldForHeader(cell: string): ReplyField | undefined {
  return BY_NAME.get(normalizeHeaderCell(cell));
}

export interface ColumnMapping {
  /** 0-based column index */
  index: number;
  /** the header text as written */
  header: string;
  /** the reply field it fills, or the unknown-field key it is kept under */
  field: ReplyField | null;
  key: string;
}

export interface HeaderLayout {
  columns: ColumnMapping[];
  fields: Partial<Record<ReplyField, number>>;
  /** number of columns the header spans (cells beyond it in a row are a layout problem) */
  width: number;
}

/** Fields our own metadata uses in the database; an imported column of that name is kept under another key. */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['createdAt', 'updatedAt', 'source', '__proto__']);

/** Reads a header row. Returns null when it has no content column: without one there is nothing to import. */
export function mapHeaderRow(cells: readonly string[]): HeaderLayout | null {
  let width = cells.length;
  while (width > 0 && !cells[width - 1]!.trim()) width--;
  const fields: Partial<Record<ReplyField, number>> = {};
  const columns: ColumnMapping[] = [];
  const usedKeys = new Set<string>();
  for (let index = 0; index < width; index++) {
    const header = cells[index]!.trim();
    const field = header ? fieldForHeader(header) : undefined;
    // The first column of a field wins; a second 内容 column is kept as an unknown field rather than merged.
    if (field && fields[field] === undefined) {
      fields[field] = index;
      columns.push({ index, header, field, key: field });
      continue;
    }
    const key = unknownFieldKey(header || `列${columnLetter(index)}`, usedKeys);
    usedKeys.add(key);
    columns.push({ index, header, field: null, key });
  }
  if (fields.content === undefined) return null;
  return { columns, fields, width };
}

/**
 * The key an unknown column is kept under. A second 内容 column, a repeated 备注 or a column named like our own metadata gets
 * a `_2` suffix (not brackets: those are stripped when the header is read again, so the key would not survive a round trip).
 */
export function unknownFieldKey(name: string, taken: ReadonlySet<string>): string {
  const clash = (k: string) => taken.has(k) || RESERVED_KEYS.has(k) || fieldForHeader(k) !== undefined;
  if (!clash(name)) return name;
  let n = 2;
  while (clash(`${name}_${n}`)) n++;
  return `${name}_${n}`;
}

/** 0 → A, 25 → Z, 26 → AA: how Excel names columns. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
