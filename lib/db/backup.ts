import type { Bilingual } from '../errors';
import { PROMISE_KINDS } from '../promises/types';
import { PLATFORM_IDS } from '../redline/types';
import { checkCustomRule } from '../redline';
import type { ReplyUsage } from '../replies/usage';
import { formatIsoWithOffset } from '../time';
import type { BuyerRow, KefuDb, MetaRow, PromiseRow, StoredReply } from './database';

/**
 * Backup of everything the extension keeps — IndexedDB tables and the two settings objects in `browser.storage.local` —
 * as one JSON file, and a restore that MERGES into what is here:
 *
 * - Nothing present is deleted. A row only in the backup is added; a row only here stays. (There are no tombstones: a
 *   reply deleted here after the backup was made comes back.)
 * - A row on both sides: the newer by `updatedAt` wins (usage: by `lastPickedAt`; equal times keep this computer's).
 * - Buyers: the newer row wins for name and note, tags are the union of both sides, and when both sides hold a different
 *   note the older one is not dropped: it is appended to the newer under a marked line with its edit time, and the row's
 *   `updatedAt` moves 1 ms past both, so the merged note wins wherever this database is later restored and a repeated
 *   import adds nothing.
 * - Promises match by id, then by `sourceKey` (the same chat message captured on two computers): one promise, the
 *   newer wins, this computer's id is kept. `notifiedDue` (reminder bookkeeping) does not make rows differ.
 * - meta (no timestamps): keys missing here are added, existing ones stay.
 * - settings (no timestamps): this computer's values stay; fields empty here are filled from the backup.
 * - red-line settings: this computer's stay; custom rules whose id is not here are added (invalid ones skipped);
 *   the list of switched-off built-in rules stays this computer's, so a restore never silently turns a check off.
 *
 * A file is checked completely before anything is written — marker, version, every row's shape, duplicate keys — and a
 * restore is one read-write transaction over all tables: a bad, truncated or foreign file changes nothing.
 */

export const BACKUP_FORMAT = 'kefu-sidekick-backup';
export const BACKUP_VERSION = 1;

export const BACKUP_TABLES = ['replies', 'usage', 'buyers', 'promises', 'meta'] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];
export const STORAGE_SECTIONS = ['settings', 'redline'] as const;
export type StorageSection = (typeof STORAGE_SECTIONS)[number];
export type BackupSection = BackupTable | StorageSection;
export const BACKUP_SECTIONS: readonly BackupSection[] = [...BACKUP_TABLES, ...STORAGE_SECTIONS];

type JsonObject = Record<string, unknown>;

/** Raw values of the `settings` and `redline` keys of `browser.storage.local` (absent when never saved). */
export type StorageValues = Partial<Record<StorageSection, JsonObject>>;

export interface BackupData {
  replies: StoredReply[];
  usage: ReplyUsage[];
  buyers: BuyerRow[];
  promises: PromiseRow[];
  meta: MetaRow[];
  storage: StorageValues;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: number;
  /** ISO 8601 with the local offset. */
  exportedAt: string;
  appVersion?: string;
  data: BackupData;
}

// ---------------------------------------------------------------------------------------------------------- export

export async function exportBackup(
  db: KefuDb,
  storage: Partial<Record<StorageSection, unknown>>,
  now: Date,
  appVersion?: string,
): Promise<BackupFile> {
  const tables = await db.transaction('r', [db.replies, db.usage, db.buyers, db.promises, db.meta], async () => ({
    replies: await db.replies.toArray(),
    usage: await db.usage.toArray(),
    buyers: await db.buyers.toArray(),
    promises: await db.promises.toArray(),
    meta: await db.meta.toArray(),
  }));
  const kept: StorageValues = {};
  for (const key of STORAGE_SECTIONS) {
    const value = storage[key];
    if (isObject(value)) kept[key] = value;
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: formatIsoWithOffset(now),
    ...(appVersion ? { appVersion } : {}),
    data: { ...tables, storage: kept },
  };
}

export function serializeBackup(file: BackupFile): string {
  return JSON.stringify(file, null, 1);
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * kefu-sidekick-backup-20261123-1530.json. ASCII on purpose: Chromium on a machine whose file-system locale cannot
 * write the name (seen on Linux here) saves a Chinese-named download as plain "download", without the .json.
 */
export function backupFileName(now: Date): string {
  const day = `${now.getFullYear()}${pad2(now.getMonth() + 1)}${pad2(now.getDate())}`;
  return `kefu-sidekick-backup-${day}-${pad2(now.getHours())}${pad2(now.getMinutes())}.json`;
}

// ------------------------------------------------------------------------------------------------------- validation

export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; error: Bilingual };

type Check = (v: unknown) => boolean;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const str: Check = (v) => typeof v === 'string';
const key: Check = (v) => typeof v === 'string' && v.length > 0;
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const bool: Check = (v) => typeof v === 'boolean';
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);
const strings: Check = (v) => Array.isArray(v) && v.every((s) => typeof s === 'string');
const counts: Check = (v) => isObject(v) && Object.values(v).every(num);
const anyJson: Check = () => true;
const opt =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);

/** Fields every row must have, per table. Unknown fields are allowed and kept (replies carry them by design). */
const SHAPES: Record<BackupTable, Record<string, Check>> = {
  replies: {
    id: key,
    group: str,
    content: str,
    code: opt(str),
    title: opt(str),
    keywords: opt(strings),
    createdAt: num,
    updatedAt: num,
    source: oneOf(['starter', 'user', 'import', 'sent']),
  },
  usage: {
    replyId: key,
    picks: num,
    lastPickedAt: num,
    assoc: counts,
    editedAfterInsert: opt(num),
  },
  buyers: {
    platform: oneOf(PLATFORM_IDS),
    uid: key,
    name: str,
    tags: strings,
    note: str,
    createdAt: num,
    updatedAt: num,
    lastSeenAt: num,
  },
  promises: {
    id: key,
    platform: oneOf(PLATFORM_IDS),
    uid: key,
    buyerName: str,
    text: str,
    kind: oneOf(PROMISE_KINDS),
    due: num,
    vague: bool,
    status: oneOf(['open', 'done', 'dismissed']),
    sourceKey: opt(key),
    url: opt(str),
    createdAt: num,
    updatedAt: num,
    closedAt: opt(num),
    notifiedDue: opt(num),
  },
  meta: { key, value: anyJson },
};

const TABLE_NAMES: Record<BackupSection, Bilingual> = {
  replies: { zh: '话术', en: 'replies' },
  usage: { zh: '使用记录', en: 'usage records' },
  buyers: { zh: '买家备注', en: 'buyers' },
  promises: { zh: '承诺', en: 'promises' },
  meta: { zh: '其他记录', en: 'meta records' },
  settings: { zh: '基本设置', en: 'settings' },
  redline: { zh: '高压线设置', en: 'red-line settings' },
};

const rowKey: Record<BackupTable, (row: JsonObject) => string> = {
  replies: (r) => String(r.id),
  usage: (r) => String(r.replyId),
  buyers: (r) => `${String(r.platform)}|${String(r.uid)}`,
  promises: (r) => String(r.id),
  meta: (r) => String(r.key),
};

const fail = (zh: string, en: string): ParsedBackup => ({ ok: false, error: { zh, en } });

/** Reads a backup file's text; any doubt about it is an error, so a restore never starts from a file it half-read. */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(
      '文件不完整或不是 JSON，无法读取（可能下载中断了，或文件被改动过）。本机数据没有任何改动。',
      'The file is incomplete or not JSON (the download may have been cut short, or the file edited). Nothing was changed.',
    );
  }
  if (Array.isArray(raw)) {
    return fail(
      '这是话术库文件，不是客服助手的备份。话术库请在“话术库”页导入。',
      'This is a reply library, not a Kefu Sidekick backup. Import libraries on the Library tab.',
    );
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) {
    return fail(
      '这不是客服助手的备份文件（缺少备份标记）。请选择“导出全部数据”得到的 .json 文件。',
      'This is not a Kefu Sidekick backup (the format marker is missing). Choose a file made by "Export all data".',
    );
  }
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('备份文件的版本号不对，文件可能被改动过。', 'The backup version is not valid; the file may have been edited.');
  }
  if (version > BACKUP_VERSION) {
    return fail(
      `这个备份来自更新版本的客服助手（备份格式 ${version}，本机只认识到 ${BACKUP_VERSION}）。请先升级客服助手再导入。`,
      `This backup was made by a newer Kefu Sidekick (format ${version}; this one reads up to ${BACKUP_VERSION}). Update first.`,
    );
  }
  if (typeof raw.exportedAt !== 'string' || !isObject(raw.data)) {
    return fail('备份文件缺少内容，可能不完整。', 'The backup has no data section; it may be incomplete.');
  }
  const data = raw.data;
  for (const table of BACKUP_TABLES) {
    const rows = data[table];
    const name = TABLE_NAMES[table];
    if (!Array.isArray(rows)) {
      return fail(`备份文件缺少“${name.zh}”部分，可能不完整。`, `The backup has no ${name.en} section; it may be incomplete.`);
    }
    const seen = new Set<string>();
    const seenSource = new Set<string>();
    for (const [i, row] of rows.entries()) {
      const problem = rowProblem(table, row);
      if (problem) {
        return fail(
          `备份文件里第 ${i + 1} 条${name.zh}的“${problem}”缺失或格式不对，文件可能被改动过。本机数据没有任何改动。`,
          `Row ${i + 1} of ${name.en}: "${problem}" is missing or malformed; the file may have been edited. Nothing was changed.`,
        );
      }
      const k = rowKey[table](row as JsonObject);
      const source = table === 'promises' ? (row as JsonObject).sourceKey : undefined;
      if (seen.has(k) || (typeof source === 'string' && seenSource.has(source))) {
        return fail(
          `备份文件里有重复的${name.zh}（第 ${i + 1} 条），文件可能被改动过。`,
          `Row ${i + 1} of ${name.en} repeats an earlier one; the file may have been edited.`,
        );
      }
      seen.add(k);
      if (typeof source === 'string') seenSource.add(source);
    }
  }
  const storage = data.storage;
  if (storage !== undefined && !isObject(storage)) {
    return fail('备份文件里的设置格式不对。', 'The settings section of the backup is malformed.');
  }
  for (const section of STORAGE_SECTIONS) {
    const problem = storageProblem(section, storage?.[section]);
    if (problem) {
      const name = TABLE_NAMES[section];
      return fail(
        `备份文件里的${name.zh}“${problem}”格式不对，文件可能被改动过。`,
        `The ${name.en} in the backup are malformed at "${problem}"; the file may have been edited.`,
      );
    }
  }
  // Checked field by field above; the rest of each row is kept as it is.
  return { ok: true, backup: raw as unknown as BackupFile };
}

function rowProblem(table: BackupTable, row: unknown): string | null {
  if (!isObject(row)) return '(整行)';
  for (const [field, check] of Object.entries(SHAPES[table])) {
    if (table === 'meta' && field === 'value') {
      if (!('value' in row)) return field;
      continue;
    }
    if (!check(row[field])) return field;
  }
  return null;
}

function storageProblem(section: StorageSection, value: unknown): string | null {
  if (value === undefined) return null;
  if (!isObject(value)) return section;
  if (section === 'settings') {
    for (const field of ['shopName', 'agentName'] as const) if (!opt(str)(value[field])) return field;
    if (!opt(bool)(value.collapsed)) return 'collapsed';
    return null;
  }
  if (value.custom !== undefined && !Array.isArray(value.custom)) return 'custom';
  if (!opt(strings)(value.disabled)) return 'disabled';
  return null;
}

// ------------------------------------------------------------------------------------------------------------ merge

export interface MergeCounts {
  /** Only in the backup: will be added. */
  added: number;
  /** The backup's copy is newer (or brings a note or tags this computer lacks): this computer's row changes. */
  updated: number;
  /** The same on both sides. */
  unchanged: number;
  /** Differs, but this computer's copy is newer: kept as it is. */
  keptLocal: number;
}

export interface RestorePlan {
  counts: Record<BackupSection, MergeCounts>;
  /** Buyers whose two different notes were combined. */
  notesMerged: number;
  /** Custom red-line rules in the backup that no longer validate and are left out. */
  skippedRules: number;
  /** Rows and settings that would change; 0 means the import has nothing to do. */
  changes: number;
}

export interface LocalSnapshot {
  replies: StoredReply[];
  usage: ReplyUsage[];
  buyers: BuyerRow[];
  promises: PromiseRow[];
  meta: MetaRow[];
  storage: Partial<Record<StorageSection, unknown>>;
}

export interface MergeResult {
  plan: RestorePlan;
  /** Rows to put (each replaces the row with its key). */
  writes: { replies: StoredReply[]; usage: ReplyUsage[]; buyers: BuyerRow[]; promises: PromiseRow[]; meta: MetaRow[] };
  /** Storage keys to set, only those that change. */
  storage: StorageValues;
}

type Outcome = keyof MergeCounts;

const zero = (): MergeCounts => ({ added: 0, updated: 0, unchanged: 0, keptLocal: 0 });

/** JSON of a row with keys sorted, so two rows compare by content whatever order their fields were written in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) =>
    isObject(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v,
  );
}

function same(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** The generic rule: newer version wins, equal versions keep this computer's. */
function newerWins<T>(
  local: T | undefined,
  incoming: T,
  version: (row: T) => number,
  equal: (a: T, b: T) => boolean = same,
): [Outcome, T] {
  if (!local) return ['added', incoming];
  if (equal(local, incoming)) return ['unchanged', local];
  return version(incoming) > version(local) ? ['updated', incoming] : ['keptLocal', local];
}

const NOTE_MARK = '——以下是合并备份时保留的另一版备注';

function stamp(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** The newer note, with the older one appended under a marked line unless the newer already holds it. */
export function mergeNotes(newer: string, older: string, olderUpdatedAt: number): string {
  const old = older.trim();
  if (!old || newer.includes(old)) return newer;
  const head = `${NOTE_MARK}（${stamp(olderUpdatedAt)} 修改）——`;
  return newer.trim() ? `${newer.trimEnd()}\n\n${head}\n${old}` : `${head}\n${old}`;
}

export function mergeBuyer(local: BuyerRow | undefined, incoming: BuyerRow): [Outcome, BuyerRow, boolean] {
  if (!local) return ['added', incoming, false];
  if (same(local, incoming)) return ['unchanged', local, false];
  const incomingNewer = incoming.updatedAt > local.updatedAt;
  const [newer, older] = incomingNewer ? [incoming, local] : [local, incoming];
  const note = mergeNotes(newer.note, older.note, older.updatedAt);
  const noteMerged = note !== newer.note;
  const merged: BuyerRow = {
    ...older,
    ...newer,
    note,
    tags: [...new Set([...newer.tags, ...older.tags])],
    createdAt: Math.min(local.createdAt, incoming.createdAt),
    lastSeenAt: Math.max(local.lastSeenAt, incoming.lastSeenAt),
    updatedAt: noteMerged ? Math.max(local.updatedAt, incoming.updatedAt) + 1 : newer.updatedAt,
  };
  if (same(merged, local)) return [incomingNewer ? 'unchanged' : 'keptLocal', local, false];
  return ['updated', merged, noteMerged];
}

const withoutBookkeeping = ({ notifiedDue: _n, ...rest }: PromiseRow) => rest;

/** Merges every table and both settings objects. Pure: the caller reads the snapshot and writes the result. */
export function mergeBackup(local: LocalSnapshot, backup: BackupData): MergeResult {
  const counts = Object.fromEntries(BACKUP_SECTIONS.map((s) => [s, zero()])) as Record<BackupSection, MergeCounts>;
  const writes: MergeResult['writes'] = { replies: [], usage: [], buyers: [], promises: [], meta: [] };
  let notesMerged = 0;

  const replies = new Map(local.replies.map((r) => [r.id, r]));
  for (const r of backup.replies) {
    const [outcome, row] = newerWins(replies.get(r.id), r, (x) => x.updatedAt);
    counts.replies[outcome] += 1;
    if (outcome === 'added' || outcome === 'updated') writes.replies.push(row);
  }

  const usage = new Map(local.usage.map((u) => [u.replyId, u]));
  for (const u of backup.usage) {
    const [outcome, row] = newerWins(usage.get(u.replyId), u, (x) => x.lastPickedAt);
    counts.usage[outcome] += 1;
    if (outcome === 'added' || outcome === 'updated') writes.usage.push(row);
  }

  const buyers = new Map(local.buyers.map((b) => [`${b.platform}|${b.uid}`, b]));
  for (const b of backup.buyers) {
    const [outcome, row, noteMerged] = mergeBuyer(buyers.get(`${b.platform}|${b.uid}`), b);
    counts.buyers[outcome] += 1;
    if (noteMerged) notesMerged += 1;
    if (outcome === 'added' || outcome === 'updated') writes.buyers.push(row);
  }

  const promisesById = new Map(local.promises.map((p) => [p.id, p]));
  const promisesBySource = new Map(local.promises.flatMap((p) => (p.sourceKey ? [[p.sourceKey, p] as const] : [])));
  const matched = new Set<string>();
  for (const p of backup.promises) {
    let mine = promisesById.get(p.id) ?? (p.sourceKey ? promisesBySource.get(p.sourceKey) : undefined);
    // Two backup rows can point at one row here (one by id, one by sourceKey): the second is its own promise.
    if (mine && matched.has(mine.id)) mine = undefined;
    if (mine) matched.add(mine.id);
    const incoming = mine && mine.id !== p.id ? { ...p, id: mine.id } : p;
    const [outcome, row] = newerWins(mine, incoming, (x) => x.updatedAt, (a, b) =>
      same(withoutBookkeeping(a), withoutBookkeeping(b)),
    );
    counts.promises[outcome] += 1;
    if (outcome === 'added' || outcome === 'updated') writes.promises.push(row);
  }
  writes.promises = keepSourceKeysUnique(local.promises, writes.promises);

  const meta = new Map(local.meta.map((m) => [m.key, m]));
  for (const m of backup.meta) {
    const mine = meta.get(m.key);
    const outcome: Outcome = !mine ? 'added' : same(mine, m) ? 'unchanged' : 'keptLocal';
    counts.meta[outcome] += 1;
    if (outcome === 'added') writes.meta.push(m);
  }

  const storage: StorageValues = {};
  const settings = mergeSettings(local.storage.settings, backup.storage?.settings);
  if (backup.storage?.settings) counts.settings[settings.outcome] += 1;
  if (settings.write) storage.settings = settings.write;
  const redline = mergeRedline(local.storage.redline, backup.storage?.redline);
  if (backup.storage?.redline) counts.redline[redline.outcome] += 1;
  if (redline.write) storage.redline = redline.write;

  const changes =
    Object.values(writes).reduce((n, rows) => n + rows.length, 0) + Object.keys(storage).length;
  return { plan: { counts, notesMerged, skippedRules: redline.skipped, changes }, writes, storage };
}

/**
 * `sourceKey` is a unique index: a written row may not take a key another row holds, or the whole transaction fails.
 * Matching by sourceKey first makes this rare (an id matched one row and the key another); such a row keeps its data
 * and loses only the key that guards against capturing its message twice.
 */
function keepSourceKeysUnique(local: readonly PromiseRow[], writes: PromiseRow[]): PromiseRow[] {
  const holder = new Map<string, string>();
  const written = new Set(writes.map((w) => w.id));
  for (const p of local) if (p.sourceKey && !written.has(p.id)) holder.set(p.sourceKey, p.id);
  return writes.map((w) => {
    if (!w.sourceKey) return w;
    const owner = holder.get(w.sourceKey);
    if (owner !== undefined && owner !== w.id) {
      const { sourceKey: _dropped, ...rest } = w;
      return rest;
    }
    holder.set(w.sourceKey, w.id);
    return w;
  });
}

function mergeSettings(local: unknown, incoming: JsonObject | undefined): { outcome: Outcome; write?: JsonObject } {
  if (!incoming) return { outcome: 'unchanged' };
  if (!isObject(local)) return { outcome: 'added', write: incoming };
  const merged: JsonObject = { ...incoming, ...local };
  for (const field of ['shopName', 'agentName']) {
    const mine = local[field];
    if ((mine === undefined || mine === '') && typeof incoming[field] === 'string') merged[field] = incoming[field];
  }
  if (same(merged, local)) return { outcome: same(local, incoming) ? 'unchanged' : 'keptLocal' };
  return { outcome: 'updated', write: merged };
}

function mergeRedline(
  local: unknown,
  incoming: JsonObject | undefined,
): { outcome: Outcome; write?: JsonObject; skipped: number } {
  if (!incoming) return { outcome: 'unchanged', skipped: 0 };
  const incomingRules = Array.isArray(incoming.custom) ? incoming.custom : [];
  const valid = incomingRules.filter((r) => checkCustomRule(r).ok) as JsonObject[];
  const skipped = incomingRules.length - valid.length;
  if (!isObject(local)) return { outcome: 'added', write: { ...incoming, custom: valid }, skipped };
  const localRules = Array.isArray(local.custom) ? (local.custom as unknown[]) : [];
  const ids = new Set(localRules.map((r) => (isObject(r) ? r.id : undefined)));
  const added = valid.filter((r) => !ids.has(r.id));
  if (!added.length) return { outcome: same(local, { ...incoming, custom: valid }) ? 'unchanged' : 'keptLocal', skipped };
  return { outcome: 'updated', write: { ...incoming, ...local, custom: [...localRules, ...added] }, skipped };
}

/** An import that failed while writing (not a bad file): the transaction rolled back, so nothing changed. */
export function restoreFailedMessage(detail: string): Bilingual {
  return {
    zh: `导入时出错，本机数据没有任何改动。（${detail}）`,
    en: `The import failed; nothing on this computer was changed. (${detail})`,
  };
}

/** The tables were merged but the settings could not be saved afterwards. */
export function settingsWriteFailedMessage(detail: string): Bilingual {
  return {
    zh: `话术、买家和承诺已经导入，但设置没能保存，请重新导入一次。（${detail}）`,
    en: `Replies, buyers and promises were imported, but the settings could not be saved; import again. (${detail})`,
  };
}

// ---------------------------------------------------------------------------------------------------- db + storage

async function readSnapshot(db: KefuDb, storage: Partial<Record<StorageSection, unknown>>): Promise<LocalSnapshot> {
  return {
    replies: await db.replies.toArray(),
    usage: await db.usage.toArray(),
    buyers: await db.buyers.toArray(),
    promises: await db.promises.toArray(),
    meta: await db.meta.toArray(),
    storage,
  };
}

/** What a restore would do, for the preview; nothing is written. */
export async function planRestore(
  db: KefuDb,
  backup: BackupFile,
  storage: Partial<Record<StorageSection, unknown>>,
): Promise<RestorePlan> {
  const local = await db.transaction('r', [db.replies, db.usage, db.buyers, db.promises, db.meta], () =>
    readSnapshot(db, storage),
  );
  return mergeBackup(local, backup.data).plan;
}

/**
 * Merges the backup into the database in one read-write transaction (the merge is computed again inside it, so an edit
 * made since the preview is respected). Returns what was done and the storage values the caller must then set —
 * `browser.storage.local` is not part of the transaction, and is written only after the tables committed.
 */
export async function applyRestore(
  db: KefuDb,
  backup: BackupFile,
  storage: Partial<Record<StorageSection, unknown>>,
): Promise<{ plan: RestorePlan; storage: StorageValues }> {
  return db.transaction('rw', [db.replies, db.usage, db.buyers, db.promises, db.meta], async () => {
    const result = mergeBackup(await readSnapshot(db, storage), backup.data);
    const { replies, usage, buyers, promises, meta } = result.writes;
    if (replies.length) await db.replies.bulkPut(replies);
    if (usage.length) await db.usage.bulkPut(usage);
    if (buyers.length) await db.buyers.bulkPut(buyers);
    if (promises.length) await db.promises.bulkPut(promises);
    if (meta.length) await db.meta.bulkPut(meta);
    return { plan: result.plan, storage: result.storage };
  });
}
