import { i18n } from '#i18n';
import type { PromiseRow } from '@/lib/db/database';
import type { PendingGroups } from '@/lib/reminders';
import type { PromiseHandlers } from './PromiseItem';
import { PromiseList } from './PromiseList';

const GROUPS = [
  { id: 'overdue', label: () => i18n.t('popupGroupOverdue') },
  { id: 'today', label: () => i18n.t('popupGroupToday') },
  { id: 'later', label: () => i18n.t('popupGroupLater') },
] as const;

/** Open promises in three groups: 已超时 / 今天 / 以后. Empty groups are left out; no groups at all says so plainly. */
export function PendingView(props: { groups: PendingGroups<PromiseRow>; now: number } & PromiseHandlers) {
  const { groups, now, ...handlers } = props;
  const total = groups.overdue.length + groups.today.length + groups.later.length;
  if (!total) {
    return (
      <div class="pop-empty" data-testid="kefu-popup-empty">
        <p class="pop-empty-title">{i18n.t('popupEmpty')}</p>
        <p class="pop-empty-hint">{i18n.t('popupEmptyHint')}</p>
      </div>
    );
  }
  return (
    <div class="pop-groups">
      {GROUPS.map((g) =>
        groups[g.id].length ? (
          <section key={g.id} class={`pop-group pop-group-${g.id}`} data-group={g.id}>
            <h2>
              {g.label()} <span class="pop-count">{groups[g.id].length}</span>
            </h2>
            <PromiseList rows={groups[g.id]} now={now} {...handlers} />
          </section>
        ) : null,
      )}
    </div>
  );
}
