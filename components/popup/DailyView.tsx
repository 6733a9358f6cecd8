import { i18n } from '#i18n';
import type { PromiseRow } from '@/lib/db/database';
import type { DailyReview } from '@/lib/reminders';
import type { PromiseHandlers } from './PromiseItem';
import { PromiseList } from './PromiseList';

/**
 * The end-of-day 日清 check: today's promises and how each ended, with counts, and anything older still open — the trade's
 * advice is to clear the list before leaving and contact the buyer first rather than wait for a complaint.
 */
export function DailyView(props: { review: DailyReview<PromiseRow>; now: number } & PromiseHandlers) {
  const { review, now, ...handlers } = props;
  const { counts, items, carriedOver } = review;
  const day = new Date(now);
  const pct = (n: number) => (counts.total ? `${(100 * n) / counts.total}%` : '0');
  return (
    <div class="daily" data-testid="kefu-popup-daily">
      <h2 class="daily-heading">
        {i18n.t('popupDailyHeading', [i18n.t('popupDay', [String(day.getMonth() + 1), String(day.getDate())])])}
        <span class="daily-total">{i18n.t('popupDailyTotal', [String(counts.total)])}</span>
      </h2>
      {counts.total ? (
        <>
          <div class="daily-bar" aria-hidden="true">
            <span class="daily-bar-done" style={{ width: pct(counts.done) }} />
            <span class="daily-bar-dismissed" style={{ width: pct(counts.dismissed) }} />
          </div>
          <div class="daily-counts">
            <span class="daily-chip daily-chip-done" data-testid="kefu-daily-done">
              {i18n.t('popupDailyDone')} <b>{counts.done}</b>
            </span>
            <span class="daily-chip daily-chip-open" data-testid="kefu-daily-open">
              {i18n.t('popupDailyOpen')} <b>{counts.open}</b>
            </span>
            <span class="daily-chip daily-chip-dismissed" data-testid="kefu-daily-dismissed">
              {i18n.t('popupDailyDismissed')} <b>{counts.dismissed}</b>
            </span>
          </div>
          <p class={counts.open ? 'daily-verdict daily-verdict-left' : 'daily-verdict daily-verdict-clear'}>
            {counts.open ? i18n.t('popupDailyLeft', [String(counts.open)]) : i18n.t('popupDailyAllClear')}
          </p>
          <PromiseList rows={items} now={now} {...handlers} />
        </>
      ) : (
        <p class="daily-empty">{i18n.t('popupDailyEmpty')}</p>
      )}
      {carriedOver.length ? (
        <details class="daily-carried" open={!counts.total}>
          <summary>{i18n.t('popupCarriedOver', [String(carriedOver.length)])}</summary>
          <PromiseList rows={carriedOver} now={now} {...handlers} />
        </details>
      ) : null}
    </div>
  );
}
