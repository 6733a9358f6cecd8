import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { PromiseRow } from '@/lib/db/database';
import { isOverdue } from '@/lib/reminders';
import { PromiseItem, type PromiseHandlers } from './PromiseItem';

/** Items drawn at first, and added per click: a backlog of thousands would take seconds to draw in the popup. */
export const LIST_PAGE = 30;

/** A list of promises that draws the first LIST_PAGE and offers the rest on demand. */
export function PromiseList(props: { rows: readonly PromiseRow[]; now: number } & PromiseHandlers) {
  const { rows, now, ...handlers } = props;
  const [limit, setLimit] = useState(LIST_PAGE);
  const shown = rows.slice(0, limit);
  const left = rows.length - shown.length;
  return (
    <>
      <ul class="pr-list">
        {shown.map((p) => (
          <PromiseItem key={p.id} promise={p} now={now} overdue={isOverdue(p, now)} {...handlers} />
        ))}
      </ul>
      {left > 0 ? (
        <button
          type="button"
          class="pr-more"
          data-testid="kefu-popup-more"
          onClick={() => setLimit(limit + LIST_PAGE)}
        >
          {i18n.t('popupMore', [String(Math.min(left, LIST_PAGE)), String(rows.length)])}
        </button>
      ) : null}
    </>
  );
}
