import { i18n } from '#i18n';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getDb } from '@/lib/db';
import {
  applyImportPlan,
  deleteRepliesWithUsage,
  joinUsage,
  moveToGroup,
  restoreDeleted,
  saveEditedReply,
  undoImport,
} from '@/lib/db/library-ops';
import { isUserError } from '@/lib/errors';
import type { Reply, VariableContext } from '@/lib/replies';
import {
  codeKey,
  exportLibraryCsv,
  exportLibraryJson,
  normalizeGroupPath,
  planImport,
  readLibraryFile,
  type ImportChoices,
  type ImportPlan,
  type ParsedRows,
} from '@/lib/replies/io';
import { DEFAULT_SETTINGS, readSettings, SETTINGS_KEY, type Settings } from '@/lib/settings';
import { downloadText, exportFileName } from './download';
import { duplicateCodeIds, findDuplicates, type DuplicateInfo } from './duplicates';
import { buildGroupTree } from './group-tree';
import { GroupTree } from './GroupTree';
import { ImportDialog } from './ImportDialog';
import { buildView, type DuplicateFilter, type SortKey, type SourceFilter, type UsageFilter } from './library-view';
import { ReplyEditor } from './ReplyEditor';
import { ReplyTable } from './ReplyTable';
import { localized } from './ui-text';
import { UndoToast, type ToastMessage } from './UndoToast';
import { useLibrary } from './use-library';
// Red-line marks (rules tab): badge per row, the 含高压线 filter and the drawer's live check.
import { platformName } from '../rules/rule-labels';
import { useRedlineConfig } from '../rules/use-redline-config';
import { onlyMarked } from './redline-marks';
import { useRedlineMarks } from './use-redline-marks';

const NO_DUPLICATES: ReadonlyMap<string, DuplicateInfo> = new Map();
/** Undo stays offered this long; plain notices go sooner. */
const UNDO_TOAST_MS = 12_000;
const INFO_TOAST_MS = 3_000;
const SEARCH_DEBOUNCE_MS = 120;
/** ASCII on purpose: where the file system's encoding cannot hold a Chinese name, Chrome saves the file as "download". */
const EXPORT_FILE_BASE = 'kefu-replies';

/**
 * 话术库 tab of the options page: the shop's whole library — group tree, searchable and sortable list with usage, add /
 * edit / delete with undo, bulk move and delete, duplicates, import with a preview, export.
 */
export function LibraryTab() {
  const db = getDb();
  const { data, error } = useLibrary(db);
  const replies = data?.replies;

  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [group, setGroup] = useState<string | null>(null);
  const [source, setSource] = useState<SourceFilter>('all');
  const [usage, setUsage] = useState<UsageFilter>('all');
  const [dupFilter, setDupFilter] = useState<DuplicateFilter>('all');
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'group', descending: false });
  const [selection, setSelection] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<number | null>(null);
  const [editing, setEditing] = useState<{ id: string | null; nonce: number } | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const [pendingImport, setPendingImport] = useState<{ parsed: ParsedRows; plan: ImportPlan } | null>(null);
  const [reading, setReading] = useState(false);
  const [banner, setBanner] = useState<string | null>(null);
  const [moveTarget, setMoveTarget] = useState('');
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [duplicates, setDuplicates] = useState<ReadonlyMap<string, DuplicateInfo>>(NO_DUPLICATES);
  const toastIds = useRef(0);
  const [redlineOnly, setRedlineOnly] = useState(false);
  const { engine: redlineEngine } = useRedlineConfig();
  const { marks: redlineMarks, pending: redlineChecking } = useRedlineMarks(replies, redlineEngine);

  useEffect(() => {
    void browser.storage.local.get(SETTINGS_KEY).then((got) => setSettings(readSettings(got[SETTINGS_KEY])));
  }, []);

  useEffect(() => {
    const t = setTimeout(() => setSearched(query.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [query]);

  // Searching ranks by relevance until the agent picks a column; clearing the search goes back to the group order.
  useEffect(() => {
    setSort((s) =>
      searched
        ? { key: 'relevance', descending: false }
        : s.key === 'relevance'
        ? { key: 'group', descending: false }
        : s
    );
  }, [searched]);

  // Duplicates take up to a few hundred ms on a library of thousands: computed after the list has painted.
  useEffect(() => {
    if (!replies) return;
    const t = setTimeout(() => setDuplicates(findDuplicates(replies)), 0);
    return () => clearTimeout(t);
  }, [replies]);

  // Replies deleted elsewhere (another tab, a panel) leave the selection.
  useEffect(() => {
    if (!replies) return;
    setSelection((sel) => {
      if (!sel.size) return sel;
      const ids = new Set(replies.map((r) => r.id));
      const kept = [...sel].filter((id) => ids.has(id));
      return kept.length === sel.size ? sel : new Set(kept);
    });
  }, [replies]);

  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(
      () => setToast((cur) => (cur?.id === toast.id ? null : cur)),
      toast.undo ? UNDO_TOAST_MS : INFO_TOAST_MS
    );
    return () => clearTimeout(t);
  }, [toast]);

  const notify = (text: string, undo?: () => Promise<unknown>) => setToast({ id: ++toastIds.current, text, undo });

  const stats = useMemo(() => joinUsage(replies ?? [], data?.usage ?? []), [replies, data?.usage]);
  const tree = useMemo(() => buildGroupTree(replies ?? []), [replies]);
  const duplicateCodes = useMemo(() => duplicateCodeIds(replies ?? []), [replies]);
  const byCode = useMemo(() => {
    const m = new Map<string, Reply>();
    for (const r of replies ?? []) {
      const k = codeKey(r.code);
      if (k && !m.has(k)) m.set(k, r);
    }
    return m;
  }, [replies]);
  const codeOwner = useCallback((code: string) => byCode.get(codeKey(code)), [byCode]);
  const hits = useMemo(() => {
    if (!searched || !data) return null;
    if (!data.index) {
      // The index is still being built (first moments of a large library): plain text match meanwhile.
      const needle = searched.toLowerCase();
      const hay = (r: Reply) => `${r.code ?? ''} ${r.title ?? ''} ${r.content}`.toLowerCase();
      return new Map(data.replies.filter((r) => hay(r).includes(needle)).map((r) => [r.id, 1]));
    }
    return new Map(data.index.suggest({ query: searched }, data.index.size).map((s) => [s.id, s.score]));
  }, [searched, data?.version]);
  const now = Date.now();
  const unmarkedView = useMemo(
    () =>
      buildView(
        { replies: replies ?? [], stats, duplicates, duplicateCodes },
        {
          group,
          source,
          usage,
          duplicates: dupFilter,
          sort: sort.key,
          descending: sort.descending,
          now,
          hits,
        }
      ),
    // `now` is left out on purpose: it only moves "rarely used", which may lag a render behind the clock.
    [replies, stats, duplicates, duplicateCodes, group, source, usage, dupFilter, sort, hits]
  );
  const view = useMemo(
    () => (redlineOnly ? onlyMarked(unmarkedView, redlineMarks) : unmarkedView),
    [unmarkedView, redlineOnly, redlineMarks]
  );
  const existingIds = useMemo(() => new Set((replies ?? []).map((r) => r.id)), [replies]);
  const previewContext = useMemo<VariableContext>(
    () => ({ shopName: settings.shopName, agentName: settings.agentName, now: new Date() }),
    [settings]
  );

  if (error) return <p class="lib-banner lib-banner-error">{String(error)}</p>;
  if (!data || !replies) return <p class="lib-loading">{i18n.t('libLoading')}</p>;

  const editingReply = editing?.id ? replies.find((r) => r.id === editing.id) ?? null : null;
  const deleteTargets = selection.size ? [...selection] : editingReply ? [editingReply.id] : [];

  const toggle = (id: string, index: number, range: boolean) => {
    setSelection((sel) => {
      const next = new Set(sel);
      const on = !sel.has(id);
      if (range && anchor.current !== null) {
        const [from, to] = anchor.current < index ? [anchor.current, index] : [index, anchor.current];
        for (const r of view.slice(from, to + 1)) {
          if (on) next.add(r.id);
          else next.delete(r.id);
        }
      } else if (on) next.add(id);
      else next.delete(id);
      return next;
    });
    anchor.current = index;
  };
  const toggleAll = () =>
    setSelection((sel) => {
      const all = view.length > 0 && view.every((r) => sel.has(r.id));
      const next = new Set(sel);
      for (const r of view) {
        if (all) next.delete(r.id);
        else next.add(r.id);
      }
      return next;
    });
  const onSort = (key: SortKey) =>
    setSort((s) =>
      s.key === key
        ? { key, descending: key === 'relevance' ? false : !s.descending }
        : // Counts and dates read best biggest / latest first.
          { key, descending: key === 'picks' || key === 'lastUsed' || key === 'edited' || key === 'updated' }
    );

  const remove = async () => {
    if (!deleteTargets.length) return;
    const batch = await deleteRepliesWithUsage(db, deleteTargets);
    setSelection(new Set());
    if (editing?.id && deleteTargets.includes(editing.id)) setEditing(null);
    notify(i18n.t('libDeleted', [String(batch.replies.length)]), async () => {
      await restoreDeleted(db, batch);
      notify(i18n.t('libUndone'));
    });
  };

  const move = async () => {
    const moved = await moveToGroup(db, [...selection], moveTarget, Date.now());
    notify(i18n.t('libMoved', [String(moved), normalizeGroupPath(moveTarget) || i18n.t('libGroupNone')]));
    setMoveTarget('');
  };

  const save = async (reply: Reply) => {
    try {
      await saveEditedReply(db, reply, Date.now());
      setEditing({ id: reply.id, nonce: Date.now() });
      notify(i18n.t('libSaved'));
    } catch (e) {
      console.error('[kefu] saving a reply failed', e);
      setBanner(i18n.t('libSaveFailed'));
    }
  };

  const pickFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setBanner(null);
    setReading(true);
    try {
      const parsed = await readLibraryFile(new Uint8Array(await file.arrayBuffer()), file.name);
      setPendingImport({ parsed, plan: planImport(replies, parsed) });
    } catch (e) {
      if (!isUserError(e)) console.error('[kefu] reading an import failed', e);
      setBanner(`${i18n.t('libImportFailed')}:${isUserError(e) ? localized(e) : String(e)}`);
    } finally {
      setReading(false);
    }
  };

  const confirmImport = async (choices: ImportChoices) => {
    if (!pendingImport) return;
    const outcome = await applyImportPlan(db, pendingImport.plan, choices, Date.now());
    setPendingImport(null);
    notify(i18n.t('libImported', [String(outcome.added.length), String(outcome.replaced.length)]), async () => {
      await undoImport(db, outcome);
      notify(i18n.t('libUndone'));
    });
  };

  const exportAs = (format: 'json' | 'csv') => {
    const chosen = selection.size ? replies.filter((r) => selection.has(r.id)) : replies;
    const ordered = buildView(
      { replies: chosen, stats, duplicates, duplicateCodes },
      { group: null, source: 'all', usage: 'all', duplicates: 'all', sort: 'group', descending: false, now, hits: null }
    );
    const name = exportFileName(EXPORT_FILE_BASE, new Date(), format);
    if (format === 'json') downloadText(exportLibraryJson(ordered), name, 'application/json');
    else downloadText(exportLibraryCsv(ordered), name, 'text/csv;charset=utf-8');
  };

  return (
    <div class="lib">
      {banner && (
        <div class="lib-banner lib-banner-error" role="alert" data-testid="kefu-lib-error">
          <span>{banner}</span>
          <button type="button" class="lib-icon-btn" aria-label={i18n.t('libDismiss')} onClick={() => setBanner(null)}>
            ×
          </button>
        </div>
      )}

      <div class="lib-toolbar">
        <input
          type="search"
          class="lib-search"
          data-testid="kefu-lib-search"
          placeholder={i18n.t('libSearchPlaceholder')}
          aria-label={i18n.t('libSearchPlaceholder')}
          value={query}
          onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        />
        <select
          aria-label={i18n.t('libFilterSource')}
          title={i18n.t('libFilterSource')}
          value={source}
          onChange={(e) => setSource((e.currentTarget as HTMLSelectElement).value as SourceFilter)}
        >
          <option value="all">{i18n.t('libSourceAll')}</option>
          <option value="starter">{i18n.t('libSourceStarter')}</option>
          <option value="user">{i18n.t('libSourceUser')}</option>
          <option value="import">{i18n.t('libSourceImport')}</option>
          <option value="sent">{i18n.t('libSourceSent')}</option>
        </select>
        <select
          aria-label={i18n.t('libFilterUsage')}
          title={i18n.t('libUsageRareHint')}
          value={usage}
          onChange={(e) => setUsage((e.currentTarget as HTMLSelectElement).value as UsageFilter)}
        >
          <option value="all">{i18n.t('libUsageAll')}</option>
          <option value="unused">{i18n.t('libUsageUnused')}</option>
          <option value="rare">{i18n.t('libUsageRare')}</option>
          <option value="edited">{i18n.t('libUsageEdited')}</option>
        </select>
        <select
          aria-label={i18n.t('libFilterDuplicates')}
          value={dupFilter}
          onChange={(e) => setDupFilter((e.currentTarget as HTMLSelectElement).value as DuplicateFilter)}
        >
          <option value="all">{i18n.t('libDupAll')}</option>
          <option value="content">{i18n.t('libDupContent')}</option>
          <option value="code">{i18n.t('libDupCode')}</option>
        </select>
        <label
          class={redlineOnly ? 'lib-redline-filter lib-redline-filter-on' : 'lib-redline-filter'}
          title={i18n.t('rulesLibFilterHint', [redlineEngine ? platformName(redlineEngine.platform) : ''])}
        >
          <input
            type="checkbox"
            data-testid="kefu-lib-filter-redline"
            checked={redlineOnly}
            onChange={(e) => setRedlineOnly((e.currentTarget as HTMLInputElement).checked)}
          />
          {i18n.t('rulesLibFilter')}
          <span class="lib-redline-filter-count" aria-busy={redlineChecking}>
            {redlineChecking && !redlineMarks.size ? '…' : redlineMarks.size}
          </span>
        </label>
      </div>

      <div class="lib-actions">
        <button
          type="button"
          class="lib-btn lib-btn-primary"
          data-testid="kefu-lib-add"
          onClick={() => setEditing({ id: null, nonce: Date.now() })}
        >
          + {i18n.t('libAdd')}
        </button>
        <label class={reading ? 'lib-btn lib-btn-busy' : 'lib-btn'} title={i18n.t('libImportHint')}>
          {reading ? i18n.t('libImportReading') : i18n.t('libImport')}
          <input
            type="file"
            class="lib-file"
            data-testid="kefu-lib-import"
            accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            disabled={reading}
            onChange={(e) => void pickFile(e.currentTarget as HTMLInputElement)}
          />
        </label>
        <button
          type="button"
          class="lib-btn"
          data-testid="kefu-lib-export-json"
          title={i18n.t('libExportHint')}
          onClick={() => exportAs('json')}
        >
          {selection.size ? i18n.t('libExportSelectedJson') : i18n.t('libExportJson')}
        </button>
        <button
          type="button"
          class="lib-btn"
          data-testid="kefu-lib-export-csv"
          title={i18n.t('libExportHint')}
          onClick={() => exportAs('csv')}
        >
          {selection.size ? i18n.t('libExportSelectedCsv') : i18n.t('libExportCsv')}
        </button>
        <button
          type="button"
          class="lib-btn lib-btn-danger"
          data-testid="kefu-lib-delete"
          title={i18n.t('libDeleteHint')}
          disabled={!deleteTargets.length}
          onClick={() => void remove()}
        >
          {deleteTargets.length ? i18n.t('libDeleteCount', [String(deleteTargets.length)]) : i18n.t('libDelete')}
        </button>
        <span class="lib-spacer" />
        <span class="lib-count" data-testid="kefu-lib-count">
          {view.length === replies.length
            ? i18n.t('libCount', [String(replies.length)])
            : i18n.t('libCountFiltered', [String(view.length), String(replies.length)])}
        </span>
      </div>

      {selection.size > 0 && (
        <form
          class="lib-selbar"
          onSubmit={(e) => {
            e.preventDefault();
            void move();
          }}
        >
          <strong>{i18n.t('libSelected', [String(selection.size)])}</strong>
          <label>
            {i18n.t('libMoveTo')}
            <input
              list="lib-move-groups"
              value={moveTarget}
              placeholder={i18n.t('libMovePlaceholder')}
              data-testid="kefu-lib-move-group"
              onInput={(e) => setMoveTarget((e.currentTarget as HTMLInputElement).value)}
            />
            <datalist id="lib-move-groups">
              {tree.paths.map((p) => (
                <option key={p} value={p} />
              ))}
            </datalist>
          </label>
          <button type="submit" class="lib-btn" data-testid="kefu-lib-move">
            {i18n.t('libMoveButton')}
          </button>
          <button type="button" class="lib-btn lib-btn-quiet" onClick={() => setSelection(new Set())}>
            {i18n.t('libClearSelection')}
          </button>
        </form>
      )}

      <div class="lib-body">
        <GroupTree tree={tree} selected={group} onSelect={setGroup} />
        <div class="lib-listwrap">
          {view.length ? (
            <ReplyTable
              rows={view}
              stats={stats}
              duplicates={duplicates}
              duplicateCodes={duplicateCodes}
              selection={selection}
              activeId={editing?.id ?? undefined}
              sort={sort.key}
              descending={sort.descending}
              searching={hits !== null}
              onSort={onSort}
              onToggle={toggle}
              onToggleAll={toggleAll}
              onOpen={(id) => setEditing({ id, nonce: Date.now() })}
              previewContext={previewContext}
              now={now}
              redline={redlineMarks}
              resetKey={`${searched}|${group}|${source}|${usage}|${dupFilter}|${sort.key}|${sort.descending}|${redlineOnly}`}
            />
          ) : (
            <p class="lib-empty">{replies.length ? i18n.t('libEmpty') : i18n.t('libEmptyLibrary')}</p>
          )}
        </div>
      </div>

      {editing && (editing.id === null || editingReply) && (
        <ReplyEditor
          key={`${editing.id ?? 'new'}:${editing.nonce}`}
          reply={editingReply}
          defaultGroup={group ?? ''}
          groups={tree.paths}
          codeOwner={codeOwner}
          previewContext={previewContext}
          redline={redlineEngine ?? undefined}
          onSave={save}
          onClose={() => setEditing(null)}
        />
      )}

      {pendingImport && (
        <ImportDialog
          parsed={pendingImport.parsed}
          plan={pendingImport.plan}
          existingIds={existingIds}
          onConfirm={confirmImport}
          onCancel={() => setPendingImport(null)}
        />
      )}

      {toast && (
        <UndoToast
          toast={toast}
          onUndo={() => {
            const undo = toast.undo;
            setToast(null);
            void undo?.();
          }}
          onDismiss={() => setToast(null)}
        />
      )}
    </div>
  );
}
