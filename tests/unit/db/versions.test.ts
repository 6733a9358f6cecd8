import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { KefuDb } from '@/lib/db/database';
import { addCapturedPromises, closePromise, countOverdue, listOpenPromises } from '@/lib/db/promises-repo';
import { saveBuyerNote, setBuyerTags, touchBuyer } from '@/lib/db/buyers-repo';
import { recordPick } from '@/lib/db/replies-repo';

/**
 * Every released schema version, frozen as database.ts declared it. A database written by an older version must open
 * under the current KefuDb with every row intact. To add version N: append it here exactly as database.ts declares it,
 * add the rows version N-1 could write to ROWS_WRITTEN_AT[N - 1], and add a `describe` for what N's new tables or
 * upgrade must do with old data. The loops below then test every older version against the current one.
 */
const HISTORY: { version: number; stores: Record<string, string | null> }[] = [
  {
    version: 1,
    stores: { replies: 'id, group, code, updatedAt', usage: 'replyId, picks, lastPickedAt', meta: 'key' },
  },
  {
    version: 2,
    stores: {
      buyers: '[platform+uid], updatedAt, lastSeenAt, *tags',
      promises: 'id, [platform+uid], status, due, [status+due], &sourceKey, createdAt',
    },
  },
];
const LATEST = HISTORY[HISTORY.length - 1]!.version;

const T0 = new Date(2026, 10, 20, 10, 0).getTime();

/** Rows as each version wrote them, table by table (only tables that version had). */
const ROWS_WRITTEN_AT: Record<number, Record<string, object[]>> = {
  1: {
    replies: [
      {
        id: 'fh',
        group: '售前/发货',
        code: 'fh',
        title: '发货时间',
        content: '亲，下午4点前付款当天发货，{快递}一般2-3天到哦',
        keywords: ['什么时候发货', '几天到'],
        createdAt: T0,
        updatedAt: T0,
        source: 'starter',
      },
      {
        id: 'user-1',
        group: '',
        content: '亲，已经帮您备注优先发出啦',
        createdAt: T0,
        updatedAt: T0 + 1,
        source: 'user',
        // a field an older export carried: kept, not dropped
        legacyColor: 'orange',
      },
    ],
    usage: [{ replyId: 'fh', picks: 12, lastPickedAt: T0, assoc: { 'c:ship_time': 9, 'b:发货': 4 }, editedAfterInsert: 2 }],
    meta: [
      { key: 'starterSeeded', value: T0 },
      { key: 'nested', value: { list: [1, 2, 3], flag: true } },
    ],
  },
};

/** A Dexie that declares the schema only up to `version`, the way that release of the extension did. */
class DbAtVersion extends Dexie {
  constructor(name: string, version: number) {
    super(name, { indexedDB, IDBKeyRange });
    for (const h of HISTORY.filter((h) => h.version <= version)) this.version(h.version).stores(h.stores);
  }
}

/** Each table as `name: primary key, indexes…`, sorted: comparable across two databases. */
function schemaOf(db: Dexie): string[] {
  return db.tables
    .map((t) => `${t.name}: ${[t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()].join(', ')}`)
    .sort();
}

const opened: Dexie[] = [];
function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const freshName = (label: string) => `versions-${label}-${Math.random()}`;

describe('schema history', () => {
  it('ends at the version KefuDb declares, with the same stores', async () => {
    const current = track(new KefuDb({ indexedDB, IDBKeyRange }, freshName('current')));
    const replayed = track(new DbAtVersion(freshName('replayed'), LATEST));
    await current.open();
    await replayed.open();
    expect(current.verno).toBe(LATEST);
    const [now, then] = [schemaOf(current as unknown as Dexie), schemaOf(replayed as unknown as Dexie)];
    expect(now).toEqual(then);
    expect(then).toContain('promises: id, &sourceKey, [platform+uid], [status+due], createdAt, due, status');
  });
});

const OLDER = HISTORY.filter((h) => h.version < LATEST).map((h) => h.version);

describe.each(OLDER)('a database written by version %i', (version) => {
  async function writeOld(name: string): Promise<Record<string, object[]>> {
    const old = new DbAtVersion(name, version);
    const written: Record<string, object[]> = {};
    for (let v = 1; v <= version; v += 1) {
      for (const [table, rows] of Object.entries(ROWS_WRITTEN_AT[v] ?? {})) {
        await old.table(table).bulkPut(rows);
        written[table] = [...(written[table] ?? []), ...rows];
      }
    }
    expect(old.verno).toBe(version);
    old.close();
    return written;
  }

  it('opens under the current version with every row unchanged', async () => {
    const name = freshName(`v${version}`);
    const written = await writeOld(name);
    const db = track(new KefuDb({ indexedDB, IDBKeyRange }, name));
    await db.open();
    expect(db.verno).toBe(LATEST);
    // Plain Dexie typing: the typed tables of KefuDb are too deep to index by a string name.
    const plain: Dexie = db;
    for (const [table, rows] of Object.entries(written)) {
      const pk = plain.table(table).schema.primKey.keyPath as string;
      const stored: object[] = await plain.table(table).toArray();
      const byKey = (a: object, b: object) =>
        String((a as Record<string, unknown>)[pk]).localeCompare(String((b as Record<string, unknown>)[pk]));
      expect([...stored].sort(byKey)).toEqual([...rows].sort(byKey));
    }
  });

  it('keeps old rows reachable through their indexes and usable by the repositories', async () => {
    const name = freshName(`v${version}-idx`);
    await writeOld(name);
    const db = track(new KefuDb({ indexedDB, IDBKeyRange }, name));
    expect((await db.replies.where('group').equals('售前/发货').toArray()).map((r) => r.id)).toEqual(['fh']);
    expect((await db.replies.where('code').equals('fh').first())?.title).toBe('发货时间');
    const usage = await recordPick(db, 'fh', ['c:ship_time'], T0 + 5);
    expect(usage.picks).toBe(13);
    expect(usage.assoc['c:ship_time']).toBe(10);
    expect((await db.meta.get('nested'))?.value).toEqual({ list: [1, 2, 3], flag: true });
  });

  if (version < 2) {
    it('gains working buyer and promise tables (v2)', async () => {
      const name = freshName(`v${version}-v2`);
      await writeOld(name);
      const db = track(new KefuDb({ indexedDB, IDBKeyRange }, name));
      const ref = { platform: 'pinduoduo', uid: 'u-17', name: 'S*******n' } as const;

      await touchBuyer(db, ref, T0);
      await saveBuyerNote(db, ref, '怕压，用纸箱', T0 + 1);
      await setBuyerTags(db, ref, ['老顾客', '只收顺丰', '老顾客'], T0 + 2);
      expect(await db.buyers.get(['pinduoduo', 'u-17'])).toMatchObject({ note: '怕压，用纸箱', tags: ['老顾客', '只收顺丰'] });
      expect((await db.buyers.where('tags').equals('只收顺丰').toArray()).map((b) => b.uid)).toEqual(['u-17']);

      const found = [
        { kind: 'ship', due: new Date(T0 + 3_600_000), text: '今天下午给您发顺丰', vague: false },
        { kind: 'reply', due: new Date(T0 - 60_000), text: '问好仓库第一时间回复您', vague: true },
      ] as const;
      const added = await addCapturedPromises(db, ref, 'msg-1', found, T0);
      expect(added).toHaveLength(2);
      // the unique source key: reading the same message again adds nothing
      expect(await addCapturedPromises(db, ref, 'msg-1', found, T0)).toEqual([]);
      expect((await listOpenPromises(db)).map((p) => p.text)).toEqual(['问好仓库第一时间回复您', '今天下午给您发顺丰']);
      expect(await countOverdue(db, T0)).toBe(1);
      await closePromise(db, added[1]!.id, 'done', T0 + 10);
      expect(await countOverdue(db, T0)).toBe(0);
      expect(await db.promises.where('[platform+uid]').equals(['pinduoduo', 'u-17']).count()).toBe(2);
    });
  }
});
