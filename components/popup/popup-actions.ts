import type { KefuDb, PromiseRow } from '@/lib/db/database';
import { closePromise, reopenPromise, setPromiseDue } from '@/lib/db/promises-repo';
import {
  openChat,
  REMINDERS_REFRESH,
  snoozeOneHour,
  tomorrowMorning,
  type ChatTabsApi,
  type OpenChatResult,
} from '@/lib/reminders';

export interface PopupDeps {
  db: KefuDb;
  now: () => number;
  tabs: ChatTabsApi;
  /** Wakes the background so the badge and alarms follow a change made here (see lib/reminders/messages.ts). */
  sendMessage: (message: unknown) => Promise<unknown>;
}

/** What the popup's buttons do. Each write goes straight to Dexie (the popup is an extension page) and then nudges the background. */
export function popupActions(deps: PopupDeps) {
  const nudge = () => void deps.sendMessage({ type: REMINDERS_REFRESH }).catch(() => undefined);
  return {
    async done(p: PromiseRow): Promise<void> {
      await closePromise(deps.db, p.id, 'done', deps.now());
      nudge();
    },
    async undoDone(p: PromiseRow): Promise<void> {
      await reopenPromise(deps.db, p.id, deps.now());
      nudge();
    },
    /** Returns the new due time. */
    async snoozeHour(p: PromiseRow): Promise<number> {
      const t = deps.now();
      const due = snoozeOneHour(p.due, t);
      await setPromiseDue(deps.db, p.id, due, t);
      nudge();
      return due;
    },
    async snoozeTomorrow(p: PromiseRow): Promise<number> {
      const t = deps.now();
      const due = tomorrowMorning(t);
      await setPromiseDue(deps.db, p.id, due, t);
      nudge();
      return due;
    },
    open(p: PromiseRow): Promise<OpenChatResult> {
      return openChat(deps.tabs, p);
    },
  };
}

export type PopupActions = ReturnType<typeof popupActions>;
