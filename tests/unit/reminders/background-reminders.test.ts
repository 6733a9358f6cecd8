import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { startReminders, type Reminders } from '@/lib/background/reminders';
import { KefuDb, type PromiseRow } from '@/lib/db/database';
import { closePromise, setPromiseDue } from '@/lib/db/promises-repo';
import {
  DUE_ALARM,
  noticeIdOf,
  REMINDERS_REFRESH,
  reminderWords,
  SUMMARY_NOTICE_ID,
  TICK_ALARM,
  TICK_MINUTES,
} from '@/lib/reminders';
import { HOUR, MIN, promiseRow, T0 } from './fixtures';
import { localeTranslate } from './locale-messages';

type Notice = { title: string; message: string; contextMessage?: string; buttons?: { title: string }[]; iconUrl: string };

let dbName = '';
let db: KefuDb;
let clock = T0;
let reminders: Reminders | null = null;
const words = reminderWords(localeTranslate('zh_CN'));

function openDb(): KefuDb {
  return new KefuDb({ indexedDB, IDBKeyRange }, dbName);
}

function start(): Reminders {
  reminders = startReminders(db, { now: () => clock, words });
  return reminders;
}

async function notices(): Promise<Record<string, Notice>> {
  return (await fakeBrowser.notifications.getAll()) as unknown as Record<string, Notice>;
}

async function badge(): Promise<string> {
  return fakeBrowser.action.getBadgeText({});
}

/** Lets the live query deliver a change and the checks it queues run. */
async function settle(): Promise<void> {
  for (let i = 0; i < 3; i += 1) {
    await new Promise((r) => setTimeout(r, 10));
    await reminders!.settled();
  }
}

async function seed(...rows: PromiseRow[]): Promise<void> {
  await db.promises.bulkAdd(rows);
}

beforeAll(() => {
  // liveQuery silently never emits unless Dexie found an indexedDB global when it loaded (Node has none): giving the
  // database its own indexedDB is not enough.
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
});

beforeEach(() => {
  fakeBrowser.reset();
  dbName = `reminders-${Math.random()}`;
  db = openDb();
  clock = T0;
});

afterEach(async () => {
  reminders?.stop();
  reminders = null;
  db.close();
  vi.restoreAllMocks();
});

describe('start-up', () => {
  it('reminds of what fell due, badges it, and sets the next alarm and the tick', async () => {
    const late = promiseRow({ buyerName: 'S*******n', text: '今天下午给您补发配件', due: T0 - 30 * MIN });
    const ahead = promiseRow({ due: T0 + 2 * HOUR });
    await seed(late, ahead, promiseRow({ due: T0 - HOUR, status: 'done' }));
    start();
    await settle();

    const shown = await notices();
    expect(Object.keys(shown)).toEqual([noticeIdOf(late.id)]);
    expect(shown[noticeIdOf(late.id)]).toMatchObject({
      title: '承诺到期 · S*******n（拼多多）',
      message: '今天下午给您补发配件',
      contextMessage: '约定时间：今天 13:30',
      buttons: [{ title: '已完成' }, { title: '推迟 1 小时' }],
    });
    expect(shown[noticeIdOf(late.id)]!.iconUrl).toMatch(/^data:image\/png;base64,/);
    expect(await badge()).toBe('1');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xf5, 0x3f, 0x3f, 255]);
    expect(await fakeBrowser.action.getTitle({})).toBe('客服助手 · 1 条承诺已超时');
    expect((await fakeBrowser.alarms.get(DUE_ALARM))?.scheduledTime).toBe(ahead.due);
    expect((await fakeBrowser.alarms.get(TICK_ALARM))?.periodInMinutes).toBe(TICK_MINUTES);
    expect((await db.promises.get(late.id))?.notifiedDue).toBe(late.due);
  });

  it('says when a due time was a default for a vague promise', async () => {
    const vague = promiseRow({ due: T0 - MIN, vague: true });
    await seed(vague);
    start();
    await settle();
    expect((await notices())[noticeIdOf(vague.id)]?.contextMessage).toBe('约定时间（默认，可修改）：今天 13:59');
  });

  it('shows an empty badge and no due alarm when nothing is open', async () => {
    await fakeBrowser.action.setBadgeText({ text: '7' });
    await fakeBrowser.alarms.create(DUE_ALARM, { when: T0 + MIN });
    await seed(promiseRow({ due: T0 - HOUR, status: 'dismissed' }));
    start();
    await settle();
    expect(await badge()).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('客服助手');
    expect(await fakeBrowser.alarms.get(DUE_ALARM)).toBeUndefined();
    expect(Object.keys(await notices())).toEqual([]);
  });

  it('does not remind twice for one due time, across a service-worker restart', async () => {
    const late = promiseRow({ due: T0 - MIN });
    await seed(late);
    start();
    await settle();
    await fakeBrowser.notifications.clear(noticeIdOf(late.id));

    await reminders!.refresh();
    await settle();
    reminders!.stop();
    // A new worker: alarms may be gone after a browser restart, listeners are registered again.
    await fakeBrowser.alarms.clearAll();
    db.close();
    db = openDb();
    start();
    await settle();

    expect(Object.keys(await notices())).toEqual([]);
    expect(await badge()).toBe('1');
    expect((await fakeBrowser.alarms.get(TICK_ALARM))?.periodInMinutes).toBe(TICK_MINUTES);
  });

  it('turns many reminders at once into a few and a summary', async () => {
    const rows = [1, 2, 3, 4, 5].map((h) => promiseRow({ buyerName: `买家${h}`, due: T0 - h * HOUR }));
    await seed(...rows);
    start();
    await settle();
    const shown = await notices();
    // The two longest-waiting get their own; the other three one summary.
    expect(Object.keys(shown).sort()).toEqual([noticeIdOf(rows[4]!.id), noticeIdOf(rows[3]!.id), SUMMARY_NOTICE_ID].sort());
    expect(shown[SUMMARY_NOTICE_ID]).toMatchObject({
      title: '另有 3 条承诺已到期',
      message: '买家3、买家2、买家1 等买家在等，点这里查看全部待办',
    });
    expect(await badge()).toBe('5');
    expect((await db.promises.where('status').equals('open').toArray()).every((p) => p.notifiedDue === p.due)).toBe(true);

    // Dealt with, one after another: the summary stays while any is due, then goes.
    for (const p of rows.slice(0, 4)) await closePromise(db, p.id, 'done', T0);
    await settle();
    expect(Object.keys(await notices()).sort()).toEqual([noticeIdOf(rows[4]!.id), SUMMARY_NOTICE_ID].sort());
    await closePromise(db, rows[4]!.id, 'dismissed', T0);
    await settle();
    expect(Object.keys(await notices())).toEqual([]);
  });
});

describe('as time passes', () => {
  it('the due alarm reminds of the next promise and moves on to the one after', async () => {
    const first = promiseRow({ due: T0 + 10 * MIN });
    const second = promiseRow({ due: T0 + 40 * MIN });
    await seed(first, second);
    start();
    await settle();
    expect(Object.keys(await notices())).toEqual([]);
    expect(await badge()).toBe('');

    clock = first.due + 5_000;
    await fakeBrowser.alarms.onAlarm.trigger({ name: DUE_ALARM, scheduledTime: first.due });
    await settle();
    expect(Object.keys(await notices())).toEqual([noticeIdOf(first.id)]);
    expect(await badge()).toBe('1');
    expect((await fakeBrowser.alarms.get(DUE_ALARM))?.scheduledTime).toBe(second.due);
  });

  it('the minute tick catches a due time the alarm missed and keeps the badge true', async () => {
    const p = promiseRow({ due: T0 + 3 * MIN });
    await seed(p);
    start();
    await settle();
    clock = T0 + 4 * MIN;
    await fakeBrowser.alarms.onAlarm.trigger({ name: TICK_ALARM, scheduledTime: clock, periodInMinutes: 1 });
    await settle();
    expect(Object.keys(await notices())).toEqual([noticeIdOf(p.id)]);
    expect(await badge()).toBe('1');
    expect(await fakeBrowser.alarms.get(DUE_ALARM)).toBeUndefined();
  });

  it('ignores alarms that are not its own', async () => {
    await seed(promiseRow({ due: T0 + MIN }));
    start();
    await settle();
    clock = T0 + 2 * MIN;
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-else', scheduledTime: clock });
    await settle();
    expect(Object.keys(await notices())).toEqual([]);
  });
});

describe('following writes made anywhere', () => {
  it('a promise captured later (panel, through the background) gets its alarm', async () => {
    start();
    await settle();
    const p = promiseRow({ due: T0 + 25 * MIN });
    await seed(p);
    await settle();
    expect((await fakeBrowser.alarms.get(DUE_ALARM))?.scheduledTime).toBe(p.due);
  });

  it('done in another page (popup, options) clears the badge; the live query carries it across connections', async () => {
    const p = promiseRow({ due: T0 - 10 * MIN });
    await seed(p);
    start();
    await settle();
    expect(await badge()).toBe('1');

    expect(Object.keys(await notices())).toEqual([noticeIdOf(p.id)]);

    const popupDb = openDb();
    await closePromise(popupDb, p.id, 'done', T0);
    popupDb.close();
    await vi.waitFor(async () => expect(await badge()).toBe(''));
    // Its reminder leaves the screen too.
    expect(Object.keys(await notices())).toEqual([]);
  });

  it('a snoozed promise reminds again at its new time', async () => {
    const p = promiseRow({ due: T0 - 10 * MIN });
    await seed(p);
    start();
    await settle();
    expect(Object.keys(await notices())).toEqual([noticeIdOf(p.id)]);

    await setPromiseDue(db, p.id, T0 + HOUR, T0);
    await settle();
    expect(await badge()).toBe('');
    expect(Object.keys(await notices())).toEqual([]);
    expect((await fakeBrowser.alarms.get(DUE_ALARM))?.scheduledTime).toBe(T0 + HOUR);

    clock = T0 + HOUR;
    await fakeBrowser.alarms.onAlarm.trigger({ name: DUE_ALARM, scheduledTime: clock });
    await settle();
    expect(Object.keys(await notices())).toEqual([noticeIdOf(p.id)]);
  });

  it('answers the refresh message the popup sends, and only that one', async () => {
    start();
    await settle();
    const answers = await fakeBrowser.runtime.onMessage.trigger({ type: REMINDERS_REFRESH }, {});
    expect(answers).toContain(true);
    const others = await fakeBrowser.runtime.onMessage.trigger({ type: 'library.snapshot' }, {});
    expect(others.filter((a) => a !== undefined)).toEqual([]);
  });
});

describe('acting on a reminder', () => {
  it('a click brings the chat tab forward and never opens another', async () => {
    const win = await fakeBrowser.windows.create({});
    const chat = await fakeBrowser.tabs.create({
      windowId: win.id,
      url: 'https://mms.pinduoduo.com/chat-merchant/index.html?r=0.7#/',
    });
    const p = promiseRow({ due: T0 - MIN, url: 'https://mms.pinduoduo.com/chat-merchant/index.html#/' });
    await seed(p);
    start();
    await settle();
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    const create = vi.spyOn(fakeBrowser.tabs, 'create');

    await fakeBrowser.notifications.onClicked.trigger(noticeIdOf(p.id));
    await vi.waitFor(() => expect(update).toHaveBeenCalledWith(chat.id, { active: true }));
    expect(create).not.toHaveBeenCalled();
    expect(Object.keys(await notices())).toEqual([]);
    expect((await db.promises.get(p.id))?.status).toBe('open');
  });

  it('a click opens the chat page when no tab shows it', async () => {
    const p = promiseRow({ platform: 'jd', due: T0 - MIN, url: 'https://dongdong.jd.com/' });
    await seed(p);
    start();
    await settle();
    await fakeBrowser.notifications.onClicked.trigger(noticeIdOf(p.id));
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain('https://dongdong.jd.com/'),
    );
  });

  it('the summary leads to the pending list', async () => {
    await seed(...[1, 2, 3, 4].map((h) => promiseRow({ due: T0 - h * HOUR })));
    start();
    await settle();
    await fakeBrowser.notifications.onClicked.trigger(SUMMARY_NOTICE_ID);
    await vi.waitFor(async () =>
      expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContain(fakeBrowser.runtime.getURL('/popup.html')),
    );
  });

  it.each([
    [0, { status: 'done', due: T0 - MIN }],
    [1, { status: 'open', due: T0 + HOUR }],
  ] as const)('button %i on the notification', async (button, expected) => {
    const p = promiseRow({ due: T0 - MIN });
    await seed(p);
    start();
    await settle();
    await fakeBrowser.notifications.onButtonClicked.trigger(noticeIdOf(p.id), button);
    await vi.waitFor(async () => expect(await db.promises.get(p.id)).toMatchObject(expected));
    await settle();
    expect(await badge()).toBe('');
    expect(Object.keys(await notices())).toEqual([]);
  });

  it('leaves notifications that are not its own alone', async () => {
    start();
    await settle();
    await fakeBrowser.notifications.create('other-extension-thing', { type: 'basic', title: 'x', message: 'y', iconUrl: '' });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('other-extension-thing');
    await settle();
    expect(create).not.toHaveBeenCalled();
    expect(Object.keys(await notices())).toEqual(['other-extension-thing']);
  });
});

describe('stopping', () => {
  it('stops following writes and alarms', async () => {
    start();
    await settle();
    reminders!.stop();
    await seed(promiseRow({ due: T0 - MIN }));
    await fakeBrowser.alarms.onAlarm.trigger({ name: TICK_ALARM, scheduledTime: T0 });
    await new Promise((r) => setTimeout(r, 30));
    expect(Object.keys(await notices())).toEqual([]);
  });
});

describe('two checks racing', () => {
  it('notify each due time once', async () => {
    const p = promiseRow({ due: T0 - MIN });
    await seed(p);
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    start();
    await Promise.all([
      reminders!.refresh(),
      fakeBrowser.alarms.onAlarm.trigger({ name: TICK_ALARM, scheduledTime: T0 }),
      fakeBrowser.runtime.onMessage.trigger({ type: REMINDERS_REFRESH }, {}),
    ]);
    await settle();
    expect(create.mock.calls.filter((call) => String(call[0]) === noticeIdOf(p.id))).toHaveLength(1);
  });

  it('two service workers (or pages) claiming at once still notify once', async () => {
    const p = promiseRow({ due: T0 - MIN });
    await seed(p);
    const other = openDb();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    start();
    const second = startReminders(other, { now: () => clock, words });
    await settle();
    await second.settled();
    second.stop();
    other.close();
    expect(create.mock.calls.filter((call) => String(call[0]) === noticeIdOf(p.id))).toHaveLength(1);
  });
});
