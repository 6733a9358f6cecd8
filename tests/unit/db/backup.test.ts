import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  applyRestore,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  backupFileName,
  exportBackup,
  mergeBackup,
  mergeBuyer,
  mergeNotes,
  parseBackup,
  planRestore,
  serializeBackup,
  type BackupData,
  type BackupFile,
  type LocalSnapshot,
} from '@/lib/db/backup';
import { KefuDb, type BuyerRow, type MetaRow, type PromiseRow, type StoredReply } from '@/lib/db/database';
import type { ReplyUsage } from '@/lib/replies/usage';

const T0 = new Date(2026, 10, 20, 10, 0).getTime();
const T1 = T0 + 60_000;
const T2 = T0 + 120_000;

const reply = (id: string, over: Partial<StoredReply> = {}): StoredReply => ({
  id,
  group: '售前/发货',
  code: id,
  content: `亲，下午4点前付款当天发货哦（${id}）`,
  createdAt: T0,
  updatedAt: T0,
  source: 'user',
  ...over,
});

const usage = (replyId: string, over: Partial<ReplyUsage> = {}): ReplyUsage => ({
  replyId,
  picks: 3,
  lastPickedAt: T0,
  assoc: { 'c:ship': 2 },
  ...over,
});

const buyer = (uid: string, over: Partial<BuyerRow> = {}): BuyerRow => ({
  platform: 'pinduoduo',
  uid,
  name: 'S*******n',
  tags: ['老顾客'],
  note: '怕压，用纸箱',
  createdAt: T0,
  updatedAt: T0,
  lastSeenAt: T0,
  ...over,
});

const promise = (id: string, over: Partial<PromiseRow> = {}): PromiseRow => ({
  id,
  platform: 'pinduoduo',
  uid: 'u1',
  buyerName: 'S*******n',
  text: '明天给您发顺丰',
  kind: 'ship',
  due: T0 + 86_400_000,
  vague: false,
  status: 'open',
  sourceKey: `pinduoduo|u1|m-${id}|0`,
  url: 'https://mms.pinduoduo.com/chat-merchant/index.html#/',
  createdAt: T0,
  updatedAt: T0,
  ...over,
});

const meta = (key: string, value: unknown): MetaRow => ({ key, value });

function data(over: Partial<BackupData> = {}): BackupData {
  return { replies: [], usage: [], buyers: [], promises: [], meta: [], storage: {}, ...over };
}

function snapshot(over: Partial<LocalSnapshot> = {}): LocalSnapshot {
  return { replies: [], usage: [], buyers: [], promises: [], meta: [], storage: {}, ...over };
}

function file(d: BackupData, over: Partial<BackupFile> = {}): BackupFile {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-11-20T10:00:00+08:00', data: d, ...over };
}

// ---------------------------------------------------------------------------------------------------------- parsing

describe('reading a backup file', () => {
  const good = serializeBackup(
    file(
      data({
        replies: [reply('fh', { extraField: { kept: true } })],
        usage: [usage('fh')],
        buyers: [buyer('u1')],
        promises: [promise('p1'), promise('p2', { sourceKey: undefined, status: 'done', closedAt: T1 })],
        meta: [meta('starterSeeded', T0)],
        storage: { settings: { shopName: '青禾家居', agentName: '小禾', collapsed: false }, redline: { custom: [], disabled: [] } },
      }),
    ),
  );

  it('accepts a good file, with or without a byte-order mark, and keeps unknown fields', () => {
    for (const text of [good, `\uFEFF${good}`]) {
      const parsed = parseBackup(text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parsed.backup.data.replies[0]!.extraField).toEqual({ kept: true });
    }
  });

  const mutate = (f: (raw: Record<string, any>) => void) => {
    // any: the test edits the parsed file freely to build broken ones.
    const raw = JSON.parse(good) as Record<string, any>;
    f(raw);
    return JSON.stringify(raw);
  };

  it.each([
    ['an empty file', '', /不完整或不是 JSON/, /incomplete or not JSON/],
    ['a truncated file', good.slice(0, Math.floor(good.length / 2)), /不完整或不是 JSON/, /incomplete/],
    ['a reply library', '[{"id":"a","group":"","content":"亲"}]', /话术库文件/, /reply library/],
    ['some other JSON', '{"name":"something else"}', /不是客服助手的备份文件/, /not a Kefu Sidekick backup/],
    ['a wrong marker', mutate((r) => (r.format = 'kefu-sidekick-library')), /不是客服助手的备份文件/, /format marker/],
    ['a newer version', mutate((r) => (r.version = BACKUP_VERSION + 1)), /更新版本.*请先升级/, /newer Kefu Sidekick/],
    ['version 0', mutate((r) => (r.version = 0)), /版本号不对/, /version is not valid/],
    ['a string version', mutate((r) => (r.version = '1')), /版本号不对/, /version/],
    ['no data', mutate((r) => delete r.data), /缺少内容/, /no data section/],
    ['a missing table', mutate((r) => delete r.data.promises), /缺少“承诺”部分/, /no promises section/],
    ['a table that is not a list', mutate((r) => (r.data.buyers = {})), /缺少“买家备注”部分/, /buyers/],
    ['a reply without content', mutate((r) => delete r.data.replies[0].content), /第 1 条话术的“content”/, /Row 1 of replies: "content"/],
    ['a reply with an unknown source', mutate((r) => (r.data.replies[0].source = 'robot')), /“source”/, /"source"/],
    ['usage with text picks', mutate((r) => (r.data.usage[0].picks = '3')), /第 1 条使用记录的“picks”/, /usage records/],
    ['a buyer on an unknown platform', mutate((r) => (r.data.buyers[0].platform = 'weibo')), /买家备注的“platform”/, /"platform"/],
    ['a buyer with tags as text', mutate((r) => (r.data.buyers[0].tags = '老顾客')), /“tags”/, /"tags"/],
    ['a promise with a date string due', mutate((r) => (r.data.promises[1].due = '2026-11-21')), /第 2 条承诺的“due”/, /Row 2 of promises/],
    ['a promise of an unknown kind', mutate((r) => (r.data.promises[0].kind = 'teleport')), /“kind”/, /"kind"/],
    ['a promise with null closedAt', mutate((r) => (r.data.promises[0].closedAt = null)), /“closedAt”/, /"closedAt"/],
    ['a row that is not an object', mutate((r) => r.data.meta.push('x')), /第 2 条其他记录/, /Row 2 of meta/],
    ['a meta row without value', mutate((r) => r.data.meta.push({ key: 'k' })), /“value”/, /"value"/],
    ['a repeated reply id', mutate((r) => r.data.replies.push(r.data.replies[0])), /重复的话术/, /repeats/],
    [
      'a repeated promise source',
      mutate((r) => r.data.promises.push({ ...r.data.promises[0], id: 'p9' })),
      /重复的承诺/,
      /repeats/,
    ],
    ['settings as text', mutate((r) => (r.data.storage.settings = '青禾')), /基本设置/, /settings/],
    ['a numeric shop name', mutate((r) => (r.data.storage.settings.shopName = 5)), /“shopName”/, /"shopName"/],
    ['red-line rules not in a list', mutate((r) => (r.data.storage.redline.custom = {})), /高压线设置“custom”/, /"custom"/],
  ])('refuses %s, saying why in Chinese and English', (_name, text, zh, en) => {
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.zh).toMatch(zh);
      expect(parsed.error.en).toMatch(en);
    }
  });

  it('names the file by date and minute', () => {
    expect(backupFileName(new Date(2026, 10, 3, 9, 5))).toBe('kefu-sidekick-backup-20261103-0905.json');
  });
});

// ------------------------------------------------------------------------------------------------------------ merge

describe('merging notes', () => {
  it.each([
    ['older empty', '只收顺丰', '', '只收顺丰'],
    ['older only spaces', '只收顺丰', '  \n', '只收顺丰'],
    ['newer already holds it', '怕压，用纸箱。只收顺丰', '只收顺丰', '怕压，用纸箱。只收顺丰'],
    ['same text', '怕压', '怕压', '怕压'],
    [
      'both different',
      '只收顺丰',
      '怕压，用纸箱',
      '只收顺丰\n\n——以下是合并备份时保留的另一版备注（2026-11-20 10:00 修改）——\n怕压，用纸箱',
    ],
    [
      'newer cleared, older kept under the mark',
      '',
      '怕压，用纸箱',
      '——以下是合并备份时保留的另一版备注（2026-11-20 10:00 修改）——\n怕压，用纸箱',
    ],
  ])('%s', (_name, newer, older, merged) => {
    expect(mergeNotes(newer, older, T0)).toBe(merged);
  });
});

describe('merging a buyer', () => {
  it.each([
    ['only in the backup', undefined, buyer('u1'), 'added', buyer('u1'), false],
    ['identical', buyer('u1'), buyer('u1'), 'unchanged', buyer('u1'), false],
    [
      'backup newer, same note: its name wins, tags unite',
      buyer('u1', { tags: ['老顾客', 'VIP3'] }),
      buyer('u1', { name: 'Su***n', tags: ['只收顺丰'], updatedAt: T1, lastSeenAt: T1 }),
      'updated',
      buyer('u1', { name: 'Su***n', tags: ['只收顺丰', '老顾客', 'VIP3'], updatedAt: T1, lastSeenAt: T1 }),
      false,
    ],
    [
      'here newer and holding all the backup has',
      buyer('u1', { note: '怕压，用纸箱；生日 5 月', updatedAt: T2, tags: ['老顾客'] }),
      buyer('u1', { note: '怕压，用纸箱', updatedAt: T1 }),
      'keptLocal',
      buyer('u1', { note: '怕压，用纸箱；生日 5 月', updatedAt: T2, tags: ['老顾客'] }),
      false,
    ],
    [
      'notes edited on both sides: newer kept, older appended, time moves past both',
      buyer('u1', { note: '只收顺丰', updatedAt: T2 }),
      buyer('u1', { note: '怕压，用纸箱', updatedAt: T1 }),
      'updated',
      buyer('u1', {
        note: '只收顺丰\n\n——以下是合并备份时保留的另一版备注（2026-11-20 10:01 修改）——\n怕压，用纸箱',
        updatedAt: T2 + 1,
      }),
      true,
    ],
  ] as const)('%s', (_name, local, incoming, outcome, row, noteMerged) => {
    expect(mergeBuyer(local, incoming)).toEqual([outcome, row, noteMerged]);
  });
});

describe('merging tables', () => {
  it.each([
    ['a reply only in the backup', [], [reply('a')], 'added', reply('a')],
    ['a reply the same on both sides', [reply('a')], [reply('a')], 'unchanged', null],
    ['a newer reply in the backup', [reply('a')], [reply('a', { content: '新版', updatedAt: T1 })], 'updated', reply('a', { content: '新版', updatedAt: T1 })],
    ['an older reply in the backup', [reply('a', { updatedAt: T1 })], [reply('a', { content: '旧版' })], 'keptLocal', null],
    ['same time, different text: this computer wins', [reply('a')], [reply('a', { content: '另一版' })], 'keptLocal', null],
  ])('replies: %s', (_name, local, incoming, outcome, written) => {
    const { plan, writes } = mergeBackup(snapshot({ replies: local }), data({ replies: incoming }));
    expect(plan.counts.replies[outcome as 'added']).toBe(1);
    expect(writes.replies).toEqual(written ? [written] : []);
  });

  it.each([
    ['picked later in the backup', usage('a'), usage('a', { picks: 9, lastPickedAt: T1 }), 'updated'],
    ['picked later here', usage('a', { picks: 9, lastPickedAt: T1 }), usage('a'), 'keptLocal'],
    ['identical', usage('a'), usage('a'), 'unchanged'],
  ])('usage: %s', (_name, local, incoming, outcome) => {
    const { plan } = mergeBackup(snapshot({ usage: [local] }), data({ usage: [incoming] }));
    expect(plan.counts.usage[outcome as 'added']).toBe(1);
  });

  it('promises: the same chat message captured on two computers is one promise, newer wins, this id stays', () => {
    const mine = promise('here', { sourceKey: 'pinduoduo|u1|m1|0' });
    const theirs = promise('there', { sourceKey: 'pinduoduo|u1|m1|0', status: 'done', closedAt: T1, updatedAt: T1 });
    const { plan, writes } = mergeBackup(snapshot({ promises: [mine] }), data({ promises: [theirs] }));
    expect(plan.counts.promises).toEqual({ added: 0, updated: 1, unchanged: 0, keptLocal: 0 });
    expect(writes.promises).toEqual([{ ...theirs, id: 'here' }]);
  });

  it('promises: a reminder shown on one side only does not make them differ', () => {
    const mine = promise('p', { notifiedDue: T0 });
    const { plan, writes } = mergeBackup(snapshot({ promises: [mine] }), data({ promises: [promise('p')] }));
    expect(plan.counts.promises.unchanged).toBe(1);
    expect(writes.promises).toEqual([]);
  });

  it('promises: a closed promise here is not reopened by an older open copy', () => {
    const mine = promise('p', { status: 'done', closedAt: T2, updatedAt: T2 });
    const { plan } = mergeBackup(snapshot({ promises: [mine] }), data({ promises: [promise('p', { updatedAt: T1 })] }));
    expect(plan.counts.promises.keptLocal).toBe(1);
  });

  it('promises: never writes a source key another row holds (the unique index would fail the whole import)', () => {
    const a = promise('a', { sourceKey: 'k1' });
    const b = promise('b', { sourceKey: 'k2' });
    // The backup's "a" is newer and now carries b's key: a hand-edited or odd file.
    const incoming = promise('a', { sourceKey: 'k2', updatedAt: T1, text: '新' });
    const { writes } = mergeBackup(snapshot({ promises: [a, b] }), data({ promises: [incoming] }));
    expect(writes.promises).toHaveLength(1);
    expect(writes.promises[0]).toMatchObject({ id: 'a', text: '新' });
    expect(writes.promises[0]!.sourceKey).toBeUndefined();
  });

  it('meta: adds missing keys, keeps existing ones', () => {
    const { plan, writes } = mergeBackup(
      snapshot({ meta: [meta('starterSeeded', T0), meta('x', 1)] }),
      data({ meta: [meta('starterSeeded', T1), meta('x', 1), meta('y', 2)] }),
    );
    expect(plan.counts.meta).toEqual({ added: 1, updated: 0, unchanged: 1, keptLocal: 1 });
    expect(writes.meta).toEqual([meta('y', 2)]);
  });

  it.each([
    ['nothing here: the backup', undefined, { shopName: '青禾', agentName: '小禾', collapsed: true }, 'added', { shopName: '青禾', agentName: '小禾', collapsed: true }],
    ['empty fields are filled', { shopName: '', collapsed: false }, { shopName: '青禾', agentName: '小禾', collapsed: true }, 'updated', { shopName: '青禾', agentName: '小禾', collapsed: false }],
    ['values here stay', { shopName: '本店', agentName: '阿梅' }, { shopName: '青禾', agentName: '小禾' }, 'keptLocal', undefined],
    ['the same', { shopName: '青禾', agentName: '小禾' }, { shopName: '青禾', agentName: '小禾' }, 'unchanged', undefined],
  ])('settings: %s', (_name, local, incoming, outcome, written) => {
    const result = mergeBackup(snapshot({ storage: { settings: local } }), data({ storage: { settings: incoming } }));
    expect(result.plan.counts.settings[outcome as 'added']).toBe(1);
    expect(result.storage.settings).toEqual(written);
  });

  it('red-line settings: adds custom rules by id, never switches a check off, skips rules that no longer validate', () => {
    const rule = (id: string, pattern: string) => ({ id, pattern, category: 'off_platform', severity: 'block', enabled: true });
    const local = { custom: [rule('r1', '私聊')], disabled: ['absolute.best'] };
    const incoming = {
      custom: [rule('r1', '别的'), rule('r2', '加我微信号'), { ...rule('r3', '(a+)+'), isRegex: true }],
      disabled: ['absolute.best', 'off_platform.wechat'],
    };
    const result = mergeBackup(snapshot({ storage: { redline: local } }), data({ storage: { redline: incoming } }));
    expect(result.plan.counts.redline.updated).toBe(1);
    expect(result.plan.skippedRules).toBe(1);
    expect(result.storage.redline).toEqual({ custom: [rule('r1', '私聊'), rule('r2', '加我微信号')], disabled: ['absolute.best'] });
  });

  it('says when there is nothing to do', () => {
    const same = data({ replies: [reply('a')], buyers: [buyer('u1')], promises: [promise('p')] });
    const result = mergeBackup(snapshot({ replies: [reply('a')], buyers: [buyer('u1')], promises: [promise('p')] }), same);
    expect(result.plan.changes).toBe(0);
  });
});

// ------------------------------------------------------------------------------------------------------ database

describe('backup and restore over the database', () => {
  let dbs: KefuDb[] = [];
  const open = (name: string) => {
    const db = new KefuDb({ indexedDB, IDBKeyRange }, `${name}-${Math.random()}`);
    dbs.push(db);
    return db;
  };

  beforeEach(() => {
    dbs = [];
  });
  afterEach(() => {
    for (const db of dbs) db.close();
  });

  async function fill(db: KefuDb): Promise<void> {
    await db.replies.bulkAdd([reply('fh'), reply('tk', { content: '亲，七天无理由退换，运费险已赠送', keywords: ['退货'] })]);
    await db.usage.bulkAdd([usage('fh')]);
    await db.buyers.bulkAdd([buyer('u1'), buyer('u2', { platform: 'douyin', note: '', tags: [] })]);
    await db.promises.bulkAdd([promise('p1'), promise('p2', { status: 'done', closedAt: T1, updatedAt: T1 })]);
    await db.meta.bulkAdd([meta('starterSeeded', T0)]);
  }

  const STORAGE = { settings: { shopName: '青禾家居', agentName: '小禾', collapsed: false }, redline: { custom: [], disabled: ['absolute.best'] } };

  it('exports everything and restores it into an empty database unchanged', async () => {
    const a = open('a');
    await fill(a);
    const exported = await exportBackup(a, STORAGE, new Date(T2), '0.1.0');
    expect(exported).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: '2026-11-20T10:02:00+08:00', appVersion: '0.1.0' });
    const parsed = parseBackup(serializeBackup(exported));
    if (!parsed.ok) throw new Error(parsed.error.en);

    const b = open('b');
    const plan = await planRestore(b, parsed.backup, {});
    expect(plan.counts.replies).toEqual({ added: 2, updated: 0, unchanged: 0, keptLocal: 0 });
    expect(plan.counts.settings.added).toBe(1);
    const result = await applyRestore(b, parsed.backup, {});
    expect(result.storage).toEqual(STORAGE);
    const again = await exportBackup(b, result.storage, new Date(T2), '0.1.0');
    expect(again.data).toEqual(exported.data);
  });

  it('merges without loss and a second import of the same file changes nothing', async () => {
    const here = open('here');
    await fill(here);
    // Edits here after the backup was made elsewhere:
    await here.replies.update('fh', { content: '本机改过的话术', updatedAt: T2 });
    await here.buyers.update(['pinduoduo', 'u1'], { note: '只收顺丰', updatedAt: T2 });
    await here.replies.add(reply('only-here'));

    const elsewhere = open('elsewhere');
    await fill(elsewhere);
    await elsewhere.replies.update('tk', { content: '别处改过的话术', updatedAt: T1 });
    await elsewhere.buyers.update(['pinduoduo', 'u1'], { note: '怕压，用纸箱；VIP3', updatedAt: T1 });
    await elsewhere.promises.add(promise('p3', { text: '下午帮您催仓库' }));
    const backup = await exportBackup(elsewhere, {}, new Date(T2));

    const first = await applyRestore(here, backup, {});
    expect(first.plan.counts.replies).toEqual({ added: 0, updated: 1, unchanged: 0, keptLocal: 1 });
    expect(first.plan.counts.promises.added).toBe(1);
    expect(first.plan.notesMerged).toBe(1);
    expect((await here.replies.get('fh'))?.content).toBe('本机改过的话术');
    expect((await here.replies.get('tk'))?.content).toBe('别处改过的话术');
    expect(await here.replies.get('only-here')).toBeDefined();
    const note = (await here.buyers.get(['pinduoduo', 'u1']))!.note;
    expect(note.startsWith('只收顺丰')).toBe(true);
    expect(note).toContain('怕压，用纸箱；VIP3');
    expect(await here.promises.count()).toBe(3);

    const second = await planRestore(here, backup, {});
    expect(second.changes).toBe(0);
  });

  it('leaves everything as it was when a write fails inside the restore', async () => {
    const db = open('fail');
    await fill(db);
    const before = await exportBackup(db, {}, new Date(T2));
    const backup = file(
      data({
        replies: [reply('new-1'), reply('fh', { content: '更新', updatedAt: T2 })],
        buyers: [buyer('u9')],
        promises: [promise('p9')],
      }),
    );
    // The last table written refuses: everything written before it in the transaction must roll back.
    db.promises.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(applyRestore(db, backup, {})).rejects.toThrow('disk full');
    const after = await exportBackup(db, {}, new Date(T2));
    expect(after.data).toEqual(before.data);
  });
});
