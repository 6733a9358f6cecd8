import { i18n } from '#i18n';
import type { StoredReply } from '@/lib/db';
import type { ReplyUsageStat } from '@/lib/db/library-ops';
import { previewReply, type VariableContext } from '@/lib/replies';
import type { DuplicateInfo } from './duplicates';
import type { RedlineMark } from './redline-marks';
import { RedlineBadges } from './RedlineBadges';
import type { SortKey } from './library-view';
import { formatLastUsed } from './ui-text';
import { VirtualList } from './VirtualList';

export const ROW_HEIGHT = 58;

interface Props {
  rows: readonly StoredReply[];
  stats: ReadonlyMap<string, ReplyUsageStat>;
  duplicates: ReadonlyMap<string, DuplicateInfo>;
  duplicateCodes: ReadonlySet<string>;
  selection: ReadonlySet<string>;
  activeId?: string;
  sort: SortKey;
  descending: boolean;
  searching: boolean;
  onSort(key: SortKey): void;
  onToggle(id: string, index: number, range: boolean): void;
  onToggleAll(): void;
  onOpen(id: string): void;
  previewContext: VariableContext;
  now: number;
  resetKey: unknown;
  /** red-line marks by reply id (rules tab); absent or missing id: nothing to mark */
  redline?: ReadonlyMap<string, RedlineMark>;
}

/** The reply list: a sortable header and only the visible rows rendered. Every field is rendered as text, never as HTML. */
export function ReplyTable(props: Props) {
  const { rows, stats, duplicates, duplicateCodes, selection, sort, descending } = props;
  const allSelected = rows.length > 0 && rows.every((r) => selection.has(r.id));
  const someSelected = !allSelected && rows.some((r) => selection.has(r.id));

  const header = (key: SortKey, label: string, hint?: string, className = '') => {
    const active = sort === key;
    return (
      <button
        type="button"
        role="columnheader"
        class={`lib-th lib-sortable ${className}${active ? ' lib-th-active' : ''}`}
        aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}
        title={hint ?? i18n.t('libSortHint')}
        onClick={() => props.onSort(key)}
      >
        {label}
        {active && <span class="lib-sort-arrow">{key === 'relevance' ? '★' : descending ? '↓' : '↑'}</span>}
      </button>
    );
  };

  const renderRow = (i: number, style: { top: string; height: string }) => {
    const r = rows[i]!;
    const stat = stats.get(r.id);
    const dup = duplicates.get(r.id);
    const redline = props.redline?.get(r.id);
    const preview = previewReply(r.content, props.previewContext).replace(/\s+/g, ' ');
    const selected = selection.has(r.id);
    const editedPct = stat && stat.picks ? Math.round(stat.editRate * 100) : 0;
    return (
      <div
        key={r.id}
        role="row"
        tabIndex={0}
        class={`lib-row${selected ? ' lib-row-selected' : ''}${props.activeId === r.id ? ' lib-row-active' : ''}`}
        style={style}
        data-testid="kefu-lib-row"
        data-reply-id={r.id}
        aria-selected={selected}
        onClick={() => props.onOpen(r.id)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') props.onOpen(r.id);
          if (e.key === ' ') {
            e.preventDefault();
            props.onToggle(r.id, i, e.shiftKey);
          }
        }}
      >
        <span class="lib-cell lib-check" onClick={(e) => e.stopPropagation()}>
          <input
            type="checkbox"
            checked={selected}
            aria-label={i18n.t('libSelectRow')}
            onClick={(e) => props.onToggle(r.id, i, e.shiftKey)}
          />
        </span>
        <span class="lib-cell lib-code" title={r.code}>
          {r.code}
        </span>
        <span class="lib-cell lib-main" title={r.content}>
          <span class="lib-line1">
            {r.title && <b class="lib-title">{r.title}</b>}
            <span class="lib-preview">{preview}</span>
          </span>
          <span class="lib-line2">
            {redline && <RedlineBadges mark={redline} />}
            {dup && dup.same.length > 0 && (
              <span class="lib-badge lib-badge-dup" title={i18n.t('libBadgeSameHint', [String(dup.same.length)])}>
                {i18n.t('libBadgeSame')}
              </span>
            )}
            {dup && !dup.same.length && dup.near.length > 0 && (
              <span class="lib-badge lib-badge-near" title={i18n.t('libBadgeNearHint', [String(dup.near.length)])}>
                {i18n.t('libBadgeNear')}
              </span>
            )}
            {duplicateCodes.has(r.id) && (
              <span class="lib-badge lib-badge-code" title={i18n.t('libBadgeCodeHint')}>
                {i18n.t('libBadgeCode')}
              </span>
            )}
            {(r.keywords ?? []).slice(0, 6).map((k) => (
              <span key={k} class="lib-keyword">
                {k}
              </span>
            ))}
          </span>
        </span>
        <span class="lib-cell lib-group-cell" title={r.group}>
          {r.group || <span class="lib-muted">{i18n.t('libGroupNone')}</span>}
        </span>
        <span class="lib-cell lib-num">{stat?.picks ?? 0}</span>
        <span class="lib-cell lib-when">{formatLastUsed(stat?.lastPickedAt, props.now)}</span>
        <span class="lib-cell lib-num" title={i18n.t('libColEditedHint')}>
          {stat?.editedAfterInsert
            ? i18n.t('libEditedValue', [String(stat.editedAfterInsert), String(editedPct)])
            : '—'}
        </span>
      </div>
    );
  };

  return (
    <div class="lib-table" role="grid" aria-rowcount={rows.length}>
      <div class="lib-thead" role="row">
        <span class="lib-th lib-check">
          <input
            type="checkbox"
            checked={allSelected}
            ref={(el) => {
              if (el) el.indeterminate = someSelected;
            }}
            aria-label={i18n.t('libSelectAll')}
            onClick={() => props.onToggleAll()}
          />
        </span>
        {header('code', i18n.t('libColCode'))}
        {props.searching
          ? header('relevance', i18n.t('libColReply'), undefined, 'lib-th-main')
          : header('updated', i18n.t('libColReply'), i18n.t('libSortUpdatedHint'), 'lib-th-main')}
        {header('group', i18n.t('libColGroup'))}
        {header('picks', i18n.t('libColPicks'), undefined, 'lib-th-num')}
        {header('lastUsed', i18n.t('libColLastUsed'))}
        {header('edited', i18n.t('libColEdited'), i18n.t('libColEditedHint'), 'lib-th-num')}
      </div>
      <VirtualList
        count={rows.length}
        rowHeight={ROW_HEIGHT}
        class="lib-tbody"
        renderRow={renderRow}
        resetKey={props.resetKey}
      />
    </div>
  );
}
