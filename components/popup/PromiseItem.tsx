import { i18n } from '#i18n';
import type { PromiseRow } from '@/lib/db/database';
import { absoluteDue, relativeDue } from '@/lib/reminders';
import { formatIsoWithOffset } from '@/lib/time';
import { words } from '../common/reminder-words';

export interface PromiseHandlers {
  onDone(p: PromiseRow): void;
  onSnoozeHour(p: PromiseRow): void;
  onSnoozeTomorrow(p: PromiseRow): void;
  onOpen(p: PromiseRow): void;
}

const STATUS_KEYS = { open: 'popupDailyOpen', done: 'popupDailyDone', dismissed: 'popupDailyDismissed' } as const;

/**
 * One promise. Buyer names and promise text come from chat pages and backups: Preact renders them as text, never as HTML.
 * Open promises carry the four actions; closed ones (in the 日清 view) show how and when they ended.
 */
export function PromiseItem(props: { promise: PromiseRow; now: number; overdue?: boolean } & PromiseHandlers) {
  const { promise: p, now } = props;
  const open = p.status === 'open';
  const cls = ['pr', `pr-${p.status}`, props.overdue ? 'pr-overdue' : ''].filter(Boolean).join(' ');
  return (
    <li class={cls} data-testid="kefu-promise" data-status={p.status} data-id={p.id}>
      <div class="pr-head">
        <span class="pr-buyer" title={p.uid}>
          {p.buyerName || p.uid}
        </span>
        <span class="pr-platform">{words.platform(p.platform)}</span>
        <span class="pr-spacer" />
        {open ? null : <span class={`pr-outcome pr-outcome-${p.status}`}>{i18n.t(STATUS_KEYS[p.status])}</span>}
        <span class="pr-kind">{words.kind(p.kind)}</span>
      </div>
      <p class="pr-text">{p.text}</p>
      <div class="pr-due">
        {open ? <span class="pr-rel">{words.relative(relativeDue(p.due, now))}</span> : null}
        <time class="pr-abs" dateTime={formatIsoWithOffset(new Date(p.due))}>
          {open ? words.absolute(absoluteDue(p.due, now)) : i18n.t('popupDueAt', [words.absolute(absoluteDue(p.due, now))])}
        </time>
        {p.vague && open ? (
          <span class="pr-vague" title={i18n.t('popupVagueHint')}>
            {i18n.t('popupVague')}
          </span>
        ) : null}
        {!open && p.closedAt !== undefined ? (
          <span class="pr-closed">{i18n.t('popupClosedAt', [words.absolute(absoluteDue(p.closedAt, now))])}</span>
        ) : null}
      </div>
      {open ? (
        <div class="pr-actions">
          <button type="button" class="pr-btn pr-btn-primary" data-testid="kefu-promise-done" onClick={() => props.onDone(p)}>
            {i18n.t('popupDone')}
          </button>
          <button type="button" class="pr-btn" data-testid="kefu-promise-snooze-hour" onClick={() => props.onSnoozeHour(p)}>
            {i18n.t('popupSnoozeHour')}
          </button>
          <button
            type="button"
            class="pr-btn"
            data-testid="kefu-promise-snooze-tomorrow"
            onClick={() => props.onSnoozeTomorrow(p)}
          >
            {i18n.t('popupSnoozeTomorrow')}
          </button>
          <button
            type="button"
            class="pr-btn pr-btn-link"
            data-testid="kefu-promise-open"
            title={i18n.t('popupOpenChatHint')}
            onClick={() => props.onOpen(p)}
          >
            {i18n.t('popupOpenChat')}
          </button>
        </div>
      ) : null}
    </li>
  );
}
