import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KefuDb, type StoredReply } from '@/lib/db/database';
import {
  applyImportPlan,
  deleteRepliesWithUsage,
  joinUsage,
  moveToGroup,
  restoreDeleted,
  saveEditedReply,
  undoImport,
  usageStats,
} from '@/lib/db/library-ops';
import type { Reply, ReplyUsage } from '@/lib/replies';
import { parseCsvText, parseJsonText, planImport } from '@/lib/replies/io';

const T0 = Date.UTC(2026, 10, 1, 2, 0);
const T1 = T0 + 60_000;
const T2 = T0 + 120_000;

const LIBRARY: StoredReply[] = [
  {
    id: 'zd',
    group: '售前',
    code: 'zd',
    content: '亲，在的呢~请问有什么可以帮您？',
    createdAt: T0,
    updatedAt: T0,
    source: 'starter',
  },
  {
    id: 'fh',
    group: '售前/发货',
    code: 'fh',
    content: '亲，下午4点前付款当天发货哦',
    createdAt: T0,
    updatedAt: T0,
    source: 'user',
  },
  {
    id: 'tk',
    group: '售后',
    code: 'tk',
    content: '亲，退款已经处理，1-3个工作日原路退回',
    createdAt: T0,
    updatedAt: T0,
    source: 'user',
  },
];

const USAGE: ReplyUsage[] = [
  {
    replyId: 'zd',
    picks: 40,
    lastPickedAt: T0 - 3_600_000,
    assoc: { 'b:在吗': 30 },
    editedAfterInsert: 2,
  },
  {
    replyId: 'tk',
    picks: 4,
    lastPickedAt: T0 - 86_400_000 * 40,
    assoc: {},
    editedAfterInsert: 3,
  },
  { replyId: 'gone', picks: 9, lastPickedAt: T0, assoc: {} },
];

let db: KefuDb;
let n = 0;

beforeEach(async () => {
  db = new KefuDb({ indexedDB, IDBKeyRange }, `library-ops-${++n}`);
  await db.replies.bulkPut(LIBRARY);
  await db.usage.bulkPut(USAGE);
});

afterEach(async () => {
  await db.delete();
});

const json = (items: unknown[]) => parseJsonText(JSON.stringify(items), 'x.json');
const byId = async () => new Map((await db.replies.toArray()).map((r) => [r.id, r]));

describe('applyImportPlan / undoImport', () => {
  const file = json([
    { id: 'new', group: '售后', content: '亲，补发的配件今天寄出' },
    {
      id: 'fh',
      group: '售前/发货',
      code: 'fh',
      content: '亲，下午5点前付款当天发货',
    },
    { id: 'dup', content: '亲,退款已经处理,1-3个工作日原路退回' },
    { id: 'bad', content: '' },
  ]);

  it('adds and keeps both by default, marks what it wrote as imported, in one go', async () => {
    const plan = planImport(await db.replies.toArray(), file);
    const outcome = await applyImportPlan(db, plan, {}, T1);
    expect(outcome.added).toEqual(['new', 'fh-2']);
    expect(outcome.replaced).toEqual([]);
    expect(outcome.untouched).toBe(2);
    const rows = await byId();
    expect(rows.size).toBe(5);
    expect(rows.get('new')).toEqual({
      id: 'new',
      group: '售后',
      content: '亲，补发的配件今天寄出',
      createdAt: T1,
      updatedAt: T1,
      source: 'import',
    });
    expect(rows.get('fh')!.content).toBe('亲，下午4点前付款当天发货哦');
    expect(rows.get('fh-2')!.content).toBe('亲，下午5点前付款当天发货');
  });

  it('overwrites when told to, keeping the creation time and usage, and undo puts the old reply back', async () => {
    const plan = planImport(await db.replies.toArray(), file);
    const outcome = await applyImportPlan(db, plan, { conflict: 'overwrite' }, T1);
    expect(outcome.replaced.map((r) => r.id)).toEqual(['fh']);
    const fh = (await byId()).get('fh')!;
    expect(fh).toMatchObject({
      content: '亲，下午5点前付款当天发货',
      createdAt: T0,
      updatedAt: T1,
      source: 'import',
    });
    expect(await undoImport(db, outcome)).toBe(2);
    const after = await byId();
    expect([...after.keys()].sort()).toEqual(['fh', 'tk', 'zd']);
    expect(after.get('fh')).toEqual(LIBRARY[1]);
  });

  it('undo leaves alone a reply edited after the import', async () => {
    const outcome = await applyImportPlan(db, planImport(await db.replies.toArray(), file), {}, T1);
    await db.replies.update('new', {
      content: '亲，补发的配件明天寄出',
      updatedAt: T2,
    });
    expect(await undoImport(db, outcome)).toBe(1);
    expect((await byId()).has('new')).toBe(true);
    expect((await byId()).has('fh-2')).toBe(false);
  });

  it('re-importing the same CSV writes nothing', async () => {
    const csv = '分组,快捷编码,快捷短语\n售后,bf,亲，补发的配件今天寄出\n售后,tk,亲，退款会尽快处理\n';
    const first = await applyImportPlan(db, planImport(await db.replies.toArray(), parseCsvText(csv)), {}, T1);
    expect(first.added).toHaveLength(2);
    const plan = planImport(await db.replies.toArray(), parseCsvText(csv));
    expect(plan.rows.map((r) => r.status)).toEqual(['unchanged', 'unchanged']);
    const second = await applyImportPlan(db, plan, {}, T2);
    expect(second.added).toEqual([]);
    expect(await db.replies.where('updatedAt').equals(T2).count()).toBe(0);
  });
});

describe('moveToGroup', () => {
  it.each([
    ['售后/物流', ['zd', 'fh'], '售后/物流', 2],
    ['售后 > 物流', ['zd'], '售后/物流', 1],
    ['', ['zd', 'fh', 'tk'], '', 3],
    ['售前', ['zd', 'missing'], '售前', 0],
  ])('to %j moves %j', async (group, ids, path, moved) => {
    expect(await moveToGroup(db, ids, group, T1)).toBe(moved);
    const rows = await byId();
    for (const id of ids) if (rows.has(id)) expect(rows.get(id)!.group).toBe(path);
    expect([...rows.values()].filter((r) => r.updatedAt === T1)).toHaveLength(moved);
  });
});

describe('delete with undo', () => {
  it('returns what it removed, usage included, and restores it exactly', async () => {
    const batch = await deleteRepliesWithUsage(db, ['zd', 'tk', 'missing']);
    expect(batch.replies.map((r) => r.id)).toEqual(['zd', 'tk']);
    expect(batch.usage.map((u) => u.replyId)).toEqual(['zd', 'tk']);
    expect(await db.replies.count()).toBe(1);
    expect(await db.usage.get('zd')).toBeUndefined();
    expect(await restoreDeleted(db, batch)).toBe(2);
    expect(await db.replies.get('zd')).toEqual(LIBRARY[0]);
    expect(await db.usage.get('tk')).toEqual(USAGE[1]);
  });

  it('does not clobber a reply that took the id again before the undo', async () => {
    const batch = await deleteRepliesWithUsage(db, ['zd']);
    const newer: StoredReply = {
      id: 'zd',
      group: '售前',
      content: '新写的',
      createdAt: T2,
      updatedAt: T2,
      source: 'user',
    };
    await db.replies.put(newer);
    expect(await restoreDeleted(db, batch)).toBe(0);
    expect(await db.replies.get('zd')).toEqual(newer);
  });
});

describe('usage statistics', () => {
  it('joins usage with replies: zeros for never picked, deleted replies left out, edit rate', async () => {
    const stats = await usageStats(db);
    expect([...stats.keys()].sort()).toEqual(['fh', 'tk', 'zd']);
    expect(stats.get('zd')).toEqual({
      replyId: 'zd',
      picks: 40,
      lastPickedAt: USAGE[0]!.lastPickedAt,
      editedAfterInsert: 2,
      editRate: 0.05,
    });
    expect(stats.get('fh')).toEqual({
      replyId: 'fh',
      picks: 0,
      editedAfterInsert: 0,
      editRate: 0,
    });
    expect(stats.get('tk')!.editRate).toBe(0.75);
  });

  it.each<[string, Reply[], ReplyUsage[], number[]]>([
    ['no usage at all', LIBRARY, [], [0, 0, 0]],
    [
      'usage without editedAfterInsert',
      LIBRARY.slice(0, 1),
      [{ replyId: 'zd', picks: 3, lastPickedAt: 1, assoc: {} }],
      [3],
    ],
  ])('joinUsage: %s', (_name, replies, usage, picks) => {
    expect([...joinUsage(replies, usage).values()].map((s) => s.picks)).toEqual(picks);
  });

  it('caps the edit rate at 1 when counters disagree', () => {
    const usage = [{ replyId: 'zd', picks: 2, lastPickedAt: 1, assoc: {}, editedAfterInsert: 5 }];
    expect(joinUsage(LIBRARY.slice(0, 1), usage).get('zd')!.editRate).toBe(1);
  });
});

describe('saveEditedReply', () => {
  it('replaces the reply as a whole (cleared fields are gone) and keeps creation time and source', async () => {
    await db.replies.put({ ...LIBRARY[1]!, title: '发货时间', keywords: ['发货'], 备注: '旺季' });
    const saved = await saveEditedReply(
      db,
      { id: 'fh', group: '售前/发货', content: '亲，下午5点前付款当天发', 备注: '旺季' },
      T1
    );
    expect(saved).toEqual({
      id: 'fh',
      group: '售前/发货',
      content: '亲，下午5点前付款当天发',
      备注: '旺季',
      createdAt: T0,
      updatedAt: T1,
      source: 'user',
    });
    expect(await db.replies.get('fh')).toEqual(saved);
  });

  it('creates a new reply as the agent’s own', async () => {
    const saved = await saveEditedReply(db, { id: 'u-1', group: '', content: '亲，稍等我查一下' }, T2);
    expect(saved).toMatchObject({ createdAt: T2, updatedAt: T2, source: 'user' });
  });
});
