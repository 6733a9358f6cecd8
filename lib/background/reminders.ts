import { i18n } from '#i18n';
import { liveQuery } from 'dexie';
import { browser } from 'wxt/browser';
import type { KefuDb, PromiseRow } from '../db/database';
import { claimDueReminders } from '../db/promise-queries';
import { closePromise, listOpenPromises, setPromiseDue } from '../db/promises-repo';
import {
  absoluteDue,
  BADGE_COLOR,
  BADGE_TEXT_COLOR,
  countOverdue,
  DUE_ALARM,
  isOverdue,
  isRemindersRefresh,
  MAX_SINGLE_NOTICES,
  nextAlarmAt,
  noticeIdOf,
  NOTICE_ICON_URL,
  openChat,
  planNotices,
  promiseIdOfNotice,
  reminderWords,
  snoozeOneHour,
  SUMMARY_NOTICE_ID,
  TICK_ALARM,
  TICK_MINUTES,
  badgeText,
  type ChatTabsApi,
  type ReminderWords,
  type Translate,
} from '../reminders';

export interface RemindersOptions {
  now?: () => number;
  /** What notifications and the badge say; defaults to the extension's locale. */
  words?: ReminderWords;
  iconUrl?: string;
  maxSingleNotices?: number;
  /**
   * Chrome keeps a reminder on screen until the agent acts and shows 完成 / 推迟 1 小时 buttons on it; Firefox supports
   * neither option, so it gets a plain notification.
   */
  richNotices?: boolean;
}

export interface Reminders {
  /** Checks now: shows reminders that fell due, sets the badge and the next alarm. Resolves when that check is done. */
  refresh(): Promise<void>;
  /** Resolves once every check queued so far has run. */
  settled(): Promise<void>;
  stop(): void;
}

// WXT types `i18n.t` per key; the reminder words look keys up by name (checked against both locale files in a test).
const translate: Translate = (key, substitutions) =>
  (i18n.t as unknown as (key: string, substitutions?: string[]) => string)(key, substitutions);

/** Button order on a rich reminder. */
const BUTTON_DONE = 0;
const BUTTON_SNOOZE = 1;

/**
 * Promise reminders in the background (日清): follows open promises with a live query, so writes from the panel (through
 * the background), the popup and the options page are all seen; shows a notification once per due time; keeps the
 * toolbar badge at the number overdue; and keeps one alarm for the next due time plus a one-minute tick. Call it once at
 * service-worker start: the listeners are registered synchronously, as MV3 requires for events that wake the worker.
 */
export function startReminders(db: KefuDb, options: RemindersOptions = {}): Reminders {
  const now = options.now ?? (() => Date.now());
  const words = options.words ?? reminderWords(translate);
  const iconUrl = options.iconUrl ?? NOTICE_ICON_URL;
  const maxSingle = options.maxSingleNotices ?? MAX_SINGLE_NOTICES;
  const rich = options.richNotices ?? !import.meta.env.FIREFOX;
  // Firefox MV2 builds expose the toolbar button as browserAction.
  const action = browser.action ?? browser.browserAction;

  let chain: Promise<void> = Promise.resolve();
  let queued: Promise<void> | null = null;
  let alarmAt: number | null | undefined;
  let stopped = false;

  /** Checks run one at a time; calls made while one waits to start share it. */
  function schedule(): Promise<void> {
    if (stopped) return chain;
    if (queued) return queued;
    const run = chain
      .then(() => {
        queued = null;
        return check();
      })
      .catch((e: unknown) => console.error('[kefu] reminder check failed', e));
    queued = run;
    chain = run;
    return run;
  }

  async function check(): Promise<void> {
    const t = now();
    const claimed = await claimDueReminders(db, t);
    const open = await listOpenPromises(db);
    await clearStaleNotices(open, t);
    await showNotices(claimed, t);
    await showBadge(countOverdue(open, t));
    await setDueAlarm(nextAlarmAt(open, t));
  }

  /** A reminder stays on screen only while its promise is open and due: done, dismissed or moved, it goes away. */
  async function clearStaleNotices(open: PromiseRow[], t: number): Promise<void> {
    const due = new Set(open.filter((p) => isOverdue(p, t)).map((p) => noticeIdOf(p.id)));
    for (const id of Object.keys(await browser.notifications.getAll())) {
      const stale = id === SUMMARY_NOTICE_ID ? due.size === 0 : promiseIdOfNotice(id) !== null && !due.has(id);
      if (stale) await browser.notifications.clear(id);
    }
  }

  async function showNotices(claimed: PromiseRow[], t: number): Promise<void> {
    const { single, summarised } = planNotices(claimed, maxSingle);
    for (const p of single) {
      await notify(noticeIdOf(p.id), {
        title: words.noticeTitle(p.buyerName || p.uid, p.platform),
        message: p.text,
        contextMessage: words.noticeDue(words.absolute(absoluteDue(p.due, t)), p.vague),
        buttons: rich ? [{ title: words.noticeDone() }, { title: words.noticeSnooze() }] : undefined,
      });
    }
    if (summarised.length) {
      await notify(SUMMARY_NOTICE_ID, {
        title: words.summaryTitle(summarised.length),
        message: words.summaryMessage(summarised.map((p) => p.buyerName || p.uid)),
      });
    }
  }

  async function notify(
    id: string,
    content: { title: string; message: string; contextMessage?: string; buttons?: { title: string }[] },
  ): Promise<void> {
    try {
      await browser.notifications.create(id, {
        type: 'basic',
        iconUrl,
        priority: 2,
        ...(rich ? { requireInteraction: true } : {}),
        ...content,
      });
    } catch (e) {
      // The badge still counts it; one failed notification must not stop the others.
      console.error('[kefu] reminder notification failed', e);
    }
  }

  async function showBadge(overdue: number): Promise<void> {
    if (!action) return;
    await action.setBadgeText({ text: badgeText(overdue) });
    await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
    // setBadgeTextColor arrived in Chrome 110 and is missing from Firefox's browserAction.
    if ('setBadgeTextColor' in action) await action.setBadgeTextColor({ color: BADGE_TEXT_COLOR });
    await action.setTitle({ title: words.badgeTitle(overdue) });
  }

  async function setDueAlarm(at: number | null): Promise<void> {
    if (at === alarmAt) return;
    alarmAt = at;
    if (at === null) await browser.alarms.clear(DUE_ALARM);
    else await browser.alarms.create(DUE_ALARM, { when: at });
  }

  async function ensureTick(): Promise<void> {
    const tick = await browser.alarms.get(TICK_ALARM);
    if (tick?.periodInMinutes === TICK_MINUTES) return;
    await browser.alarms.create(TICK_ALARM, { delayInMinutes: TICK_MINUTES, periodInMinutes: TICK_MINUTES });
  }

  async function onNoticeClicked(noticeId: string): Promise<void> {
    if (noticeId === SUMMARY_NOTICE_ID) {
      await browser.notifications.clear(noticeId);
      await showPendingList();
      return;
    }
    const id = promiseIdOfNotice(noticeId);
    if (!id) return;
    await browser.notifications.clear(noticeId);
    const row = await db.promises.get(id);
    if (row) await openChat(browser as unknown as ChatTabsApi, row);
  }

  async function onNoticeButton(noticeId: string, button: number): Promise<void> {
    const id = promiseIdOfNotice(noticeId);
    if (!id) return;
    await browser.notifications.clear(noticeId);
    const row = await db.promises.get(id);
    if (!row || row.status !== 'open') return;
    const t = now();
    if (button === BUTTON_DONE) await closePromise(db, id, 'done', t);
    else if (button === BUTTON_SNOOZE) await setPromiseDue(db, id, snoozeOneHour(row.due, t), t);
    await schedule();
  }

  /** The summary leads to the popup's list; where the browser cannot open the popup from here, to the list in a tab. */
  async function showPendingList(): Promise<void> {
    try {
      if (!action || !('openPopup' in action)) throw new Error('no openPopup');
      await action.openPopup();
    } catch {
      await browser.tabs.create({ url: browser.runtime.getURL('/popup.html'), active: true });
    }
  }

  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === DUE_ALARM || alarm.name === TICK_ALARM) {
      if (alarm.name === DUE_ALARM) alarmAt = undefined;
      void schedule();
    }
  };
  const onClicked = (noticeId: string) => {
    void onNoticeClicked(noticeId).catch((e: unknown) => console.error('[kefu] opening the chat failed', e));
  };
  const onButtonClicked = (noticeId: string, button: number) => {
    void onNoticeButton(noticeId, button).catch((e: unknown) => console.error('[kefu] reminder button failed', e));
  };
  const onMessage = (message: unknown): Promise<boolean> | undefined =>
    isRemindersRefresh(message) ? schedule().then(() => true) : undefined;
  const onStartup = () => {
    // Alarms are not guaranteed to survive a browser restart.
    alarmAt = undefined;
    void ensureTick().then(schedule);
  };

  browser.alarms.onAlarm.addListener(onAlarm);
  browser.notifications.onClicked.addListener(onClicked);
  browser.notifications.onButtonClicked?.addListener(onButtonClicked);
  browser.runtime.onMessage.addListener(onMessage);
  browser.runtime.onStartup.addListener(onStartup);

  // The first value arrives at once, so this also runs the start-up check; later values follow every promise write.
  const watch = liveQuery(() => db.promises.where('status').equals('open').toArray()).subscribe({
    next: () => void schedule(),
    error: (e: unknown) => console.error('[kefu] promise watch failed', e),
  });
  void ensureTick().catch((e: unknown) => console.error('[kefu] tick alarm failed', e));

  return {
    refresh: schedule,
    settled: async () => {
      // A check can queue another (its own write wakes the live query); wait until the chain stops growing.
      let seen: Promise<void> | undefined;
      while (seen !== chain) {
        seen = chain;
        await seen;
        await new Promise((r) => setTimeout(r, 0));
      }
    },
    stop: () => {
      stopped = true;
      watch.unsubscribe();
      browser.alarms.onAlarm.removeListener(onAlarm);
      browser.notifications.onClicked.removeListener(onClicked);
      browser.notifications.onButtonClicked?.removeListener(onButtonClicked);
      browser.runtime.onMessage.removeListener(onMessage);
      browser.runtime.onStartup.removeListener(onStartup);
    },
  };
}
