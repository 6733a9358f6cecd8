import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';
import type { StoredReply } from '@/lib/db';
import {
  DEFAULT_RESOLUTIONS,
  resolutionOf,
  resolveImport,
  type ImportChoices,
  type ImportPlan,
  type ImportResolution,
  type ImportStatus,
  type ParsedRows,
} from '@/lib/replies/io';
import { localized } from './ui-text';
import { VirtualList } from './VirtualList';

interface Props {
  parsed: ParsedRows;
  plan: ImportPlan;
  existingIds: ReadonlySet<string>;
  onConfirm(choices: ImportChoices): Promise<void>;
  onCancel(): void;
}

const STATUS_LABEL = {
  add: 'libStatusAdd',
  unchanged: 'libStatusUnchanged',
  conflict: 'libStatusConflict',
  duplicate: 'libStatusDuplicate',
  invalid: 'libStatusInvalid',
} as const;

const FIELD_LABEL = {
  id: 'libFieldId',
  group: 'libFieldGroup',
  code: 'libFieldCode',
  title: 'libFieldTitle',
  content: 'libFieldContent',
  keywords: 'libFieldKeywords',
} as const;

const STATUSES: ImportStatus[] = ['add', 'conflict', 'duplicate', 'invalid', 'unchanged'];
const ROW_HEIGHT = 64;

/**
 * The import preview: what every row of the file will do, the choice for conflicts and duplicates (for all, or per row),
 * and one confirm. Nothing is written before the confirm.
 */
export function ImportDialog({ parsed, plan, existingIds, onConfirm, onCancel }: Props) {
  const [choices, setChoices] = useState<ImportChoices>({});
  const [filter, setFilter] = useState<ImportStatus | null>(null);
  const [busy, setBusy] = useState(false);
  const indices = useMemo(
    () => plan.rows.flatMap((row, i) => (filter === null || row.status === filter ? [i] : [])),
    [plan, filter]
  );
  const resolved = useMemo(() => resolveImport(plan, existingIds, choices), [plan, existingIds, choices]);
  const replacing = resolved.writes.filter((w) => w.replaces).length;
  const adding = resolved.writes.length - replacing;

  const setAll = (status: 'conflict' | 'duplicate', resolution: ImportResolution) =>
    setChoices((c) => {
      // A choice for all replaces the row choices of that status.
      const rows = Object.fromEntries(
        Object.entries(c.rows ?? {}).filter(([i]) => plan.rows[Number(i)]?.status !== status)
      );
      return { ...c, [status]: resolution, rows };
    });
  const setRow = (index: number, resolution: ImportResolution) =>
    setChoices((c) => ({ ...c, rows: { ...c.rows, [index]: resolution } }));

  const resolutionButtons = (status: 'conflict' | 'duplicate') => {
    const options: [ImportResolution, string][] =
      status === 'conflict'
        ? [
            ['keep-both', i18n.t('libResolveKeepBoth')],
            ['overwrite', i18n.t('libResolveOverwrite')],
            ['skip', i18n.t('libResolveSkip')],
          ]
        : [
            ['skip', i18n.t('libResolveSkip')],
            ['keep-both', i18n.t('libResolveAddAnyway')],
            ['overwrite', i18n.t('libResolveOverwrite')],
          ];
    const current = choices[status] ?? DEFAULT_RESOLUTIONS[status];
    return (
      <div class="lib-resolve-all" role="radiogroup">
        <span>
          {status === 'conflict'
            ? i18n.t('libResolveAllConflicts', [String(plan.counts.conflict)])
            : i18n.t('libResolveAllDuplicates', [String(plan.counts.duplicate)])}
        </span>
        {options.map(([value, label]) => (
          <label key={value} class={current === value ? 'lib-seg lib-seg-on' : 'lib-seg'}>
            <input
              type="radio"
              name={`lib-all-${status}`}
              checked={current === value}
              onChange={() => setAll(status, value)}
              data-testid={`kefu-lib-import-all-${status}-${value}`}
            />
            {label}
          </label>
        ))}
      </div>
    );
  };

  const renderRow = (i: number, style: { top: string; height: string }) => {
    const index = indices[i]!;
    const row = plan.rows[index]!;
    const resolution = resolutionOf(plan, index, choices);
    return (
      <div
        key={index}
        class={`lib-import-row lib-import-${row.status}`}
        style={style}
        data-testid="kefu-lib-import-row"
        data-status={row.status}
      >
        <span class="lib-cell lib-import-where" title={row.label.en}>
          {localized(row.label)}
        </span>
        <span class="lib-cell">
          <span class={`lib-status lib-status-${row.status}`}>{i18n.t(STATUS_LABEL[row.status])}</span>
        </span>
        <span class="lib-cell lib-group-cell" title={row.reply.group}>
          {row.reply.group}
        </span>
        <span class="lib-cell lib-code">{row.reply.code}</span>
        <span class="lib-cell lib-import-content" title={row.reply.content}>
          {row.reply.title && <b class="lib-title">{row.reply.title}</b>}
          {row.reply.content}
        </span>
        <span class="lib-cell lib-import-reason">
          {row.reasons.map((r) => (
            <span key={r.zh} title={r.en}>
              {localized(r)}
            </span>
          ))}
          {row.warnings.map((w) => (
            <span key={w.zh} class="lib-warn-text" title={w.en}>
              {i18n.t('libImportWarning', [localized(w)])}
            </span>
          ))}
        </span>
        <span class="lib-cell">
          {resolution && (
            <select
              value={resolution}
              aria-label={i18n.t('libImportColAction')}
              onChange={(e) => setRow(index, (e.currentTarget as HTMLSelectElement).value as ImportResolution)}
            >
              <option value="keep-both">
                {row.status === 'conflict' ? i18n.t('libResolveKeepBoth') : i18n.t('libResolveAddAnyway')}
              </option>
              <option value="overwrite">{i18n.t('libResolveOverwrite')}</option>
              <option value="skip">{i18n.t('libResolveSkip')}</option>
            </select>
          )}
        </span>
      </div>
    );
  };

  const format = parsed.format.toUpperCase();
  const encoding = parsed.encoding ? parsed.encoding.toUpperCase().replace('GB18030', 'GBK/GB18030') : null;

  return (
    <div class="lib-modal-backdrop" role="presentation">
      <div
        class="lib-modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="lib-import-title"
        data-testid="kefu-lib-import-dialog"
      >
        <header class="lib-modal-head">
          <h2 id="lib-import-title">{i18n.t('libImportTitle', [plan.fileName])}</h2>
          <span class="lib-muted">{encoding ? i18n.t('libImportFormat', [format, encoding]) : format}</span>
          <button type="button" class="lib-icon-btn" aria-label={i18n.t('libClose')} onClick={onCancel}>
            ×
          </button>
        </header>

        {parsed.layouts.length > 0 && (
          <div class="lib-import-columns">
            <span class="lib-muted">{i18n.t('libImportColumns')}</span>
            {parsed.layouts.flatMap((layout) =>
              layout.columns.map((c) => (
                <span
                  key={`${layout.sheet ?? ''}:${c.index}`}
                  class={c.field ? 'lib-colmap' : 'lib-colmap lib-colmap-kept'}
                >
                  {layout.sheet !== undefined && parsed.layouts.length > 1 ? `${layout.sheet} · ` : ''}
                  {c.header || c.key} → {c.field ? i18n.t(FIELD_LABEL[c.field]) : i18n.t('libImportKept')}
                </span>
              ))
            )}
          </div>
        )}

        <div class="lib-import-chips" role="tablist">
          <button
            type="button"
            role="tab"
            aria-selected={filter === null}
            class={filter === null ? 'lib-chip lib-chip-on' : 'lib-chip'}
            onClick={() => setFilter(null)}
          >
            {i18n.t('libImportAllRows', [String(plan.rows.length)])}
          </button>
          {STATUSES.filter((s) => plan.counts[s] > 0).map((s) => (
            <button
              key={s}
              type="button"
              role="tab"
              aria-selected={filter === s}
              class={`lib-chip lib-chip-${s}${filter === s ? ' lib-chip-on' : ''}`}
              data-testid={`kefu-lib-import-count-${s}`}
              onClick={() => setFilter(filter === s ? null : s)}
            >
              {i18n.t(STATUS_LABEL[s])} {plan.counts[s]}
            </button>
          ))}
        </div>

        {(plan.counts.conflict > 0 || plan.counts.duplicate > 0) && (
          <div class="lib-resolve">
            {plan.counts.conflict > 0 && resolutionButtons('conflict')}
            {plan.counts.duplicate > 0 && resolutionButtons('duplicate')}
          </div>
        )}

        <div class="lib-import-table">
          <div class="lib-import-row lib-thead">
            <span class="lib-th">{i18n.t('libImportColRow')}</span>
            <span class="lib-th">{i18n.t('libImportColStatus')}</span>
            <span class="lib-th">{i18n.t('libColGroup')}</span>
            <span class="lib-th">{i18n.t('libColCode')}</span>
            <span class="lib-th">{i18n.t('libFieldContent')}</span>
            <span class="lib-th">{i18n.t('libImportColReason')}</span>
            <span class="lib-th">{i18n.t('libImportColAction')}</span>
          </div>
          <VirtualList
            count={indices.length}
            rowHeight={ROW_HEIGHT}
            class="lib-import-body"
            renderRow={renderRow}
            resetKey={filter}
          />
        </div>

        <footer class="lib-modal-foot">
          <span>
            {i18n.t('libImportSummary', [String(adding), String(replacing), String(resolved.untouched.length)])}
          </span>
          <button type="button" class="lib-btn" onClick={onCancel}>
            {i18n.t('libCancel')}
          </button>
          <button
            type="button"
            class="lib-btn lib-btn-primary"
            data-testid="kefu-lib-import-confirm"
            disabled={busy || resolved.writes.length === 0}
            title={resolved.writes.length === 0 ? i18n.t('libImportNothing') : undefined}
            onClick={async () => {
              setBusy(true);
              try {
                await onConfirm(choices);
              } finally {
                setBusy(false);
              }
            }}
          >
            {i18n.t('libImportConfirm')}
          </button>
        </footer>
      </div>
    </div>
  );
}
