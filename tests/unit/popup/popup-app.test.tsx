// @vitest-environment happy-dom
import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { PopupApp } from '@/components/popup/PopupApp';
import { KefuDb, type PromiseRow } from '@/lib/db/database';
import { REMINDERS_REFRESH, type ChatTabsApi, type TabLike } from '@/lib/reminders';
import { HOUR, MIN, promiseRow, T0 } from '../reminders/fixtures';
import { localeTranslate } from '../reminders/locale-messages';

let db: KefuDb;
let root: HTMLElement;
let clock = T0;
const now = () => clock;
let tabs: TabLike[] = [];
let api: ChatTabsApi & { updated: [number, object][]; created: string[]; focused: number[] };
const sendMessage = vi.fn(async (_m: unknown) => true);
const closeWindow = vi.fn();

beforeAll(() => {
  // liveQuery emits nothing unless Dexie saw an indexedDB global when it loaded (Node has none).
  Dexie.dependencies.indexedDB = indexedDB;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
});

beforeEach(() => {
  fakeBrowser.reset();
  const t = localeTranslate('zh_CN');
  // The popup's words come through browser.i18n, which the fake browser leaves unimplemented.
  fakeBrowser.i18n.getMessage = ((key: string, subs?: string | string[]) =>
    t(key, typeof subs === 'string' ? [subs] : subs)) as typeof fakeBrowser.i18n.getMessage;
  db = new KefuDb({ indexedDB, IDBKeyRange }, `popup-${Math.random()}`);
  clock = T0;
  tabs = [];
  const updated: [number, object][] = [];
  const created: string[] = [];
  const focused: number[] = [];
  api = {
    updated,
    created,
    focused,
    tabs: {
      query: async () => tabs,
      update: async (id, props) => void updated.push([id, props]),
      create: async ({ url }) => void created.push(url),
    },
    windows: { update: async (id) => void focused.push(id) },
  };
  sendMessage.mockClear();
  closeWindow.mockClear();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  root.remove();
  db.close();
});

async function mount(): Promise<void> {
  await act(async () => {
    render(<PopupApp db={db} now={now} tabs={api} sendMessage={sendMessage} closeWindow={closeWindow} />, root);
  });
  await vi.waitFor(() => expect(root.querySelector('.pop-loading')).toBeNull());
}

const items = () => [...root.querySelectorAll<HTMLElement>('[data-testid="kefu-promise"]')];
const item = (id: string) => root.querySelector<HTMLElement>(`[data-testid="kefu-promise"][data-id="${id}"]`)!;
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function click(el: Element | null): Promise<void> {
  expect(el).not.toBeNull();
  await act(async () => {
    (el as HTMLElement).click();
  });
}

async function seed(...rows: PromiseRow[]): Promise<void> {
  await db.promises.bulkAdd(rows);
}

describe('pending promises', () => {
  it('groups open promises into 已超时 / 今天 / 以后, each in due order, closed ones left out', async () => {
    await seed(
      promiseRow({ id: 'later', due: new Date(2026, 10, 25, 10).getTime() }),
      promiseRow({ id: 'today', due: T0 + 2 * HOUR }),
      promiseRow({ id: 'late2', due: T0 - 10 * MIN }),
      promiseRow({ id: 'late1', due: T0 - 3 * HOUR }),
      promiseRow({ id: 'closed', due: T0 - HOUR, status: 'done', closedAt: T0 - MIN }),
    );
    await mount();
    const groups = [...root.querySelectorAll<HTMLElement>('.pop-group')];
    expect(groups.map((g) => [g.dataset.group, [...g.querySelectorAll<HTMLElement>('[data-testid="kefu-promise"]')].map((i) => i.dataset.id)])).toEqual([
      ['overdue', ['late1', 'late2']],
      ['today', ['today']],
      ['later', ['later']],
    ]);
    expect(groups.map((g) => text(g.querySelector('h2')))).toEqual(['已超时 2', '今天 1', '以后 1']);
    expect(items().every((i) => i.dataset.status === 'open')).toBe(true);
    expect(text(root.querySelector('[data-testid="kefu-popup-tab-pending"]'))).toBe('待办（4）2');
  });

  it('shows buyer, platform, kind, text and due time (relative and absolute) of each', async () => {
    await seed(
      promiseRow({ id: 'a', buyerName: 'S*******n', platform: 'douyin', kind: 'resend', text: '缺的配件明天给您补发', due: T0 - 25 * MIN }),
      promiseRow({ id: 'b', kind: 'reply', text: '问好仓库第一时间回复您', due: T0 + 3 * HOUR, vague: true }),
    );
    await mount();
    expect(text(item('a').querySelector('.pr-buyer'))).toBe('S*******n');
    expect(text(item('a').querySelector('.pr-platform'))).toBe('抖店飞鸽');
    expect(text(item('a').querySelector('.pr-kind'))).toBe('补发');
    expect(text(item('a').querySelector('.pr-text'))).toBe('缺的配件明天给您补发');
    expect(text(item('a').querySelector('.pr-rel'))).toBe('超时 25 分钟');
    expect(text(item('a').querySelector('.pr-abs'))).toBe('今天 13:35');
    expect(item('a').querySelector('.pr-vague')).toBeNull();
    expect(item('a').querySelector('time')?.getAttribute('datetime')).toBe('2026-11-23T13:35:00+08:00');
    expect(text(item('b').querySelector('.pr-rel'))).toBe('3 小时后');
    expect(text(item('b').querySelector('.pr-abs'))).toBe('今天 17:00');
    expect(text(item('b').querySelector('.pr-vague'))).toBe('默认时间');
  });

  it('renders a buyer name and promise text from the page as text, never as HTML', async () => {
    await seed(promiseRow({ id: 'x', buyerName: '<img src=x onerror="window.pwned=1">', text: '<b>明天</b>发货', due: T0 - MIN }));
    await mount();
    expect(item('x').querySelector('img, b')).toBeNull();
    expect(text(item('x').querySelector('.pr-buyer'))).toBe('<img src=x onerror="window.pwned=1">');
    expect(text(item('x').querySelector('.pr-text'))).toBe('<b>明天</b>发货');
  });

  it('says plainly when nothing is pending', async () => {
    await seed(promiseRow({ status: 'done', closedAt: T0 }));
    await mount();
    expect(items()).toEqual([]);
    expect(text(root.querySelector('[data-testid="kefu-popup-empty"] .pop-empty-title'))).toBe('没有待办的承诺。');
    expect(text(root.querySelector('[data-testid="kefu-popup-empty"] .pop-empty-hint'))).toBe(
      '在聊天里答应买家的事（如“明天给您发顺丰”）会自动记到这里，到点提醒您。',
    );
  });

  it('draws a long backlog a page at a time', async () => {
    await seed(...Array.from({ length: 35 }, (_, i) => promiseRow({ id: `late${String(i).padStart(2, '0')}`, due: T0 - (i + 1) * MIN })));
    await mount();
    expect(items()).toHaveLength(30);
    // the longest-waiting first
    expect(items()[0]!.dataset.id).toBe('late34');
    expect(text(root.querySelector('[data-testid="kefu-popup-more"]'))).toBe('再显示 5 条（共 35 条）');
    await click(root.querySelector('[data-testid="kefu-popup-more"]'));
    expect(items()).toHaveLength(35);
    expect(root.querySelector('[data-testid="kefu-popup-more"]')).toBeNull();
  });

  it('follows writes made elsewhere while open', async () => {
    await mount();
    const panelDb = new KefuDb({ indexedDB, IDBKeyRange }, db.name);
    await panelDb.promises.add(promiseRow({ id: 'new', due: T0 + HOUR }));
    panelDb.close();
    await vi.waitFor(() => expect(items().map((i) => i.dataset.id)).toEqual(['new']));
  });
});

describe('actions', () => {
  it('完成 closes the promise, offers undo, and wakes the background', async () => {
    await seed(promiseRow({ id: 'a', text: '今天发顺丰', due: T0 - MIN }));
    await mount();
    await click(item('a').querySelector('[data-testid="kefu-promise-done"]'));
    await vi.waitFor(() => expect(items()).toEqual([]));
    expect(await db.promises.get('a')).toMatchObject({ status: 'done', closedAt: T0 });
    expect(sendMessage).toHaveBeenCalledWith({ type: REMINDERS_REFRESH });
    expect(text(root.querySelector('[data-testid="kefu-popup-toast"] .pop-toast-text'))).toBe('已完成：今天发顺丰');

    await click(root.querySelector('[data-testid="kefu-popup-undo"]'));
    await vi.waitFor(() => expect(items().map((i) => i.dataset.id)).toEqual(['a']));
    expect((await db.promises.get('a'))?.status).toBe('open');
  });

  it.each([
    ['推迟 1 小时 on a late promise: an hour from now', 'kefu-promise-snooze-hour', T0 - 3 * HOUR, T0 + HOUR, '已推迟到 今天 15:00'],
    ['推迟 1 小时 on one still ahead: an hour later', 'kefu-promise-snooze-hour', T0 + 30 * MIN, T0 + 90 * MIN, '已推迟到 今天 15:30'],
    ['明天 9:00', 'kefu-promise-snooze-tomorrow', T0 - MIN, new Date(2026, 10, 24, 9).getTime(), '已推迟到 明天 09:00'],
  ])('%s', async (_name, testid, due, expected, toast) => {
    await seed(promiseRow({ id: 'a', due, vague: true, notifiedDue: due }));
    await mount();
    await click(item('a').querySelector(`[data-testid="${testid}"]`));
    await vi.waitFor(async () => expect((await db.promises.get('a'))?.due).toBe(expected));
    const row = await db.promises.get('a');
    // A new due time is a fresh reminder, and no longer a guess.
    expect(row?.notifiedDue).toBeUndefined();
    expect(row?.vague).toBe(false);
    expect(sendMessage).toHaveBeenCalledWith({ type: REMINDERS_REFRESH });
    await vi.waitFor(() => expect(text(root.querySelector('[data-testid="kefu-popup-toast"]'))).toBe(toast));
  });

  it('打开聊天 brings the chat tab forward and closes the popup, changing nothing', async () => {
    tabs = [
      { id: 3, windowId: 1, url: 'https://example.com/' },
      { id: 7, windowId: 2, url: 'https://mms.pinduoduo.com/chat-merchant/index.html?r=0.3#/' },
    ];
    await seed(promiseRow({ id: 'a', due: T0 - MIN, url: 'https://mms.pinduoduo.com/chat-merchant/index.html#/' }));
    await mount();
    await click(item('a').querySelector('[data-testid="kefu-promise-open"]'));
    await vi.waitFor(() => expect(closeWindow).toHaveBeenCalled());
    expect(api.updated).toEqual([[7, { active: true }]]);
    expect(api.focused).toEqual([2]);
    expect(api.created).toEqual([]);
    expect((await db.promises.get('a'))?.status).toBe('open');
  });

  it('打开聊天 opens the page when no tab shows it, and says so when there is none to open', async () => {
    await seed(
      promiseRow({ id: 'jd', platform: 'jd', due: T0 - MIN }),
      promiseRow({ id: 'gen', platform: 'generic', due: T0 - 2 * MIN }),
    );
    await mount();
    await click(item('jd').querySelector('[data-testid="kefu-promise-open"]'));
    await vi.waitFor(() => expect(api.created).toEqual(['https://dongdong.jd.com/']));

    closeWindow.mockClear();
    await click(item('gen').querySelector('[data-testid="kefu-promise-open"]'));
    await vi.waitFor(() =>
      expect(text(root.querySelector('[data-testid="kefu-popup-toast"]'))).toBe('这个平台没有可以打开的聊天页面'),
    );
    expect(closeWindow).not.toHaveBeenCalled();
  });
});

describe('日清', () => {
  const at = (d: number, h: number, mi = 0) => new Date(2026, 10, d, h, mi).getTime();

  it('shows today’s promises with their outcome and counts, and what is carried over', async () => {
    clock = at(23, 19);
    await seed(
      promiseRow({ id: 'done', due: at(23, 10), status: 'done', closedAt: at(23, 9, 30) }),
      promiseRow({ id: 'open', due: at(23, 15) }),
      promiseRow({ id: 'gone', due: at(23, 16), status: 'dismissed', closedAt: at(23, 16) }),
      promiseRow({ id: 'early', due: at(24, 10), status: 'done', closedAt: at(23, 17) }),
      promiseRow({ id: 'tomorrow', due: at(24, 10) }),
      promiseRow({ id: 'old', due: at(21, 10) }),
    );
    await mount();
    await click(root.querySelector('[data-testid="kefu-popup-tab-daily"]'));
    const daily = root.querySelector('[data-testid="kefu-popup-daily"]')!;
    expect(text(daily.querySelector('.daily-heading'))).toBe('11月23日 的承诺共 4 条');
    expect(text(daily.querySelector('.daily-total'))).toBe('共 4 条');
    expect(text(daily.querySelector('[data-testid="kefu-daily-done"]'))).toBe('已完成 2');
    expect(text(daily.querySelector('[data-testid="kefu-daily-open"]'))).toBe('未完成 1');
    expect(text(daily.querySelector('[data-testid="kefu-daily-dismissed"]'))).toBe('已忽略 1');
    expect(text(daily.querySelector('.daily-verdict'))).toBe('还有 1 条没完成，下班前记得处理或改个时间。');
    const today = [...daily.querySelectorAll<HTMLElement>(':scope > .pr-list > [data-testid="kefu-promise"]')];
    expect(today.map((i) => [i.dataset.id, i.dataset.status])).toEqual([
      ['done', 'done'],
      ['open', 'open'],
      ['gone', 'dismissed'],
      ['early', 'done'],
    ]);
    expect(text(item('done').querySelector('.pr-outcome'))).toBe('已完成');
    expect(text(item('done').querySelector('.pr-abs'))).toBe('约定 今天 10:00');
    expect(text(item('done').querySelector('.pr-closed'))).toBe('今天 09:30 处理');
    expect(item('done').querySelector('[data-testid="kefu-promise-done"]')).toBeNull();
    expect(item('open').querySelector('[data-testid="kefu-promise-done"]')).not.toBeNull();
    expect(text(daily.querySelector('.daily-carried summary'))).toBe('另有 1 条更早的承诺还没完成');
    expect(daily.querySelector('.daily-carried [data-id="old"]')).not.toBeNull();
  });

  it('says when the day is clear, and when nothing was due', async () => {
    clock = at(23, 19);
    await seed(promiseRow({ id: 'done', due: at(23, 10), status: 'done', closedAt: at(23, 11) }));
    await mount();
    await click(root.querySelector('[data-testid="kefu-popup-tab-daily"]'));
    expect(text(root.querySelector('.daily-verdict'))).toBe('今天的承诺都处理完了，可以安心下班啦。');

    await act(async () => {
      await db.promises.clear();
    });
    await vi.waitFor(() => expect(text(root.querySelector('.daily-empty'))).toBe('今天没有到期的承诺。'));
  });

  it('closing a promise from the review moves it to done', async () => {
    clock = at(23, 19);
    await seed(promiseRow({ id: 'open', due: at(23, 15) }));
    await mount();
    await click(root.querySelector('[data-testid="kefu-popup-tab-daily"]'));
    await click(item('open').querySelector('[data-testid="kefu-promise-done"]'));
    await vi.waitFor(() => expect(item('open').dataset.status).toBe('done'));
    expect(text(root.querySelector('[data-testid="kefu-daily-done"]'))).toBe('已完成 1');
  });
});
