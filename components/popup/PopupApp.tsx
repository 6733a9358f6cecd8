import { i18n } from '#i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { KefuDb, PromiseRow } from '@/lib/db/database';
import { listOpenPromises, listPromisesOfDay } from '@/lib/db/promises-repo';
import { absoluteDue, dailyReview, dayBounds, groupPending, type ChatTabsApi } from '@/lib/reminders';
import { DailyView } from './DailyView';
import { PendingView } from './PendingView';
import { popupActions } from './popup-actions';
import type { PromiseHandlers } from './PromiseItem';
import { useClock, useLive } from './use-live';
import { words } from '../common/reminder-words';

export interface PopupAppProps {
  db: KefuDb;
  now?: () => number;
  tabs?: ChatTabsApi;
  sendMessage?: (message: unknown) => Promise<unknown>;
  /** Closes the popup once a chat tab is in front (the toolbar popup would otherwise stay over it). */
  closeWindow?: () => void;
}

type Tab = 'pending' | 'daily';
interface Toast {
  text: string;
  undo?: () => void;
}

const systemNow = () => Date.now();
const TOAST_MS = 6_000;

/** The toolbar popup: pending promises to act on, and the end-of-day 日清 review. */
export function PopupApp(props: PopupAppProps) {
  const { db } = props;
  const clock = props.now ?? systemNow;
  const now = useClock(clock);
  const [tab, setTab] = useState<Tab>('pending');
  const [toast, setToast] = useState<Toast | null>(null);
  const toastTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { from, to } = dayBounds(now);
  const lists = useLive(
    async () => ({ open: await listOpenPromises(db), day: await listPromisesOfDay(db, from, to) }),
    [db, from, to],
  );

  const actions = useMemo(
    () =>
      popupActions({
        db,
        now: clock,
        // `browser` has every member ChatTabsApi names; its overloads are wider than this slice.
        tabs: props.tabs ?? (browser as unknown as ChatTabsApi),
        sendMessage: props.sendMessage ?? ((m) => browser.runtime.sendMessage(m)),
      }),
    [db, clock, props.tabs, props.sendMessage],
  );

  useEffect(() => () => clearTimeout(toastTimer.current), []);
  const show = (t: Toast) => {
    clearTimeout(toastTimer.current);
    setToast(t);
    toastTimer.current = setTimeout(() => setToast(null), TOAST_MS);
  };
  const guard = (work: Promise<unknown>) =>
    work.catch((e: unknown) => {
      console.error('[kefu] popup action failed', e);
      show({ text: i18n.t('popupActionFailed') });
    });

  const handlers: PromiseHandlers = {
    onDone: (p: PromiseRow) =>
      void guard(
        actions.done(p).then(() =>
          show({ text: i18n.t('popupDoneToast', [p.text]), undo: () => void guard(actions.undoDone(p)) }),
        ),
      ),
    onSnoozeHour: (p) =>
      void guard(
        actions
          .snoozeHour(p)
          .then((due) => show({ text: i18n.t('popupSnoozedToast', [words.absolute(absoluteDue(due, clock()))]) })),
      ),
    onSnoozeTomorrow: (p) =>
      void guard(
        actions
          .snoozeTomorrow(p)
          .then((due) => show({ text: i18n.t('popupSnoozedToast', [words.absolute(absoluteDue(due, clock()))]) })),
      ),
    onOpen: (p) =>
      void guard(
        actions.open(p).then((result) => {
          if (result.action === 'none') show({ text: i18n.t('popupNoChatPage') });
          else (props.closeWindow ?? (() => window.close()))();
        }),
      ),
  };

  const groups = lists ? groupPending(lists.open, now) : null;
  const pendingCount = lists?.open.length ?? 0;

  return (
    <main class="pop" data-testid="kefu-popup">
      <header class="pop-head">
        <h1>{i18n.t('popupTitle')}</h1>
        <button
          type="button"
          class="pop-options"
          data-testid="kefu-popup-options"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {i18n.t('popupOptions')}
        </button>
      </header>
      <nav class="pop-tabs" role="tablist">
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'pending'}
          class={tab === 'pending' ? 'pop-tab pop-tab-active' : 'pop-tab'}
          data-testid="kefu-popup-tab-pending"
          onClick={() => setTab('pending')}
        >
          {i18n.t('popupTabPending', [String(pendingCount)])}
          {groups?.overdue.length ? <span class="pop-tab-badge">{groups.overdue.length}</span> : null}
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={tab === 'daily'}
          class={tab === 'daily' ? 'pop-tab pop-tab-active' : 'pop-tab'}
          data-testid="kefu-popup-tab-daily"
          onClick={() => setTab('daily')}
        >
          {i18n.t('popupTabDaily')}
        </button>
      </nav>
      {/* keyed by tab: a new list starts at its top, not where the other one was scrolled to */}
      <section class="pop-body" key={tab}>
        {!lists || !groups ? (
          <p class="pop-loading">{i18n.t('popupLoading')}</p>
        ) : tab === 'pending' ? (
          <PendingView groups={groups} now={now} {...handlers} />
        ) : (
          <DailyView review={dailyReview(lists.day, lists.open, now)} now={now} {...handlers} />
        )}
      </section>
      {toast ? (
        <div class="pop-toast" role="status" data-testid="kefu-popup-toast">
          <span class="pop-toast-text">{toast.text}</span>
          {toast.undo ? (
            <button
              type="button"
              data-testid="kefu-popup-undo"
              onClick={() => {
                toast.undo?.();
                setToast(null);
              }}
            >
              {i18n.t('popupUndo')}
            </button>
          ) : null}
        </div>
      ) : null}
    </main>
  );
}
