import { i18n } from '#i18n';
import { liveQuery } from 'dexie';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadText } from '@/components/options/library/download';
import {
  applyRestore,
  BACKUP_SECTIONS,
  backupFileName,
  exportBackup,
  parseBackup,
  planRestore,
  restoreFailedMessage,
  serializeBackup,
  settingsWriteFailedMessage,
  type BackupFile,
  type BackupSection,
  type RestorePlan,
} from '@/lib/db/backup';
import { getDb, type KefuDb } from '@/lib/db';
import type { Bilingual } from '@/lib/errors';
import { REMINDERS_REFRESH } from '@/lib/reminders';
import { readStorageValues, writeStorageValues } from './storage-values';

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'error'; error: Bilingual }
  | { step: 'preview'; fileName: string; backup: BackupFile; plan: RestorePlan }
  | { step: 'applying'; fileName: string; backup: BackupFile; plan: RestorePlan }
  | { step: 'done'; plan: RestorePlan };

const SECTION_KEYS = {
  replies: 'dataSectionReplies',
  usage: 'dataSectionUsage',
  buyers: 'dataSectionBuyers',
  promises: 'dataSectionPromises',
  meta: 'dataSectionMeta',
  settings: 'dataSectionSettings',
  redline: 'dataSectionRedline',
} as const satisfies Record<BackupSection, string>;

function total(plan: RestorePlan, field: 'added' | 'updated'): number {
  return BACKUP_SECTIONS.reduce((n, s) => n + plan.counts[s][field], 0);
}

/** Options → 数据备份 (tab id `data`), over the page's own database. */
export function DataTab() {
  return <DataPanel db={getDb()} />;
}

/** Export everything to one JSON file, and merge a backup back in after a preview. */
export function DataPanel(props: { db: KefuDb }) {
  const { db } = props;
  const [sizes, setSizes] = useState<{ replies: number; buyers: number; promises: number } | null>(null);
  const [exported, setExported] = useState<string | null>(null);
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const sub = liveQuery(async () => ({
      replies: await db.replies.count(),
      buyers: await db.buyers.count(),
      promises: await db.promises.count(),
    })).subscribe({ next: setSizes, error: (e: unknown) => console.error('[kefu] data counts failed', e) });
    return () => sub.unsubscribe();
  }, [db]);

  const onExport = async () => {
    const now = new Date();
    const file = await exportBackup(db, await readStorageValues(), now, browser.runtime.getManifest().version);
    const name = backupFileName(now);
    downloadText(serializeBackup(file), name, 'application/json');
    setExported(name);
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setState({ step: 'reading' });
    try {
      const parsed = parseBackup(await file.text());
      if (!parsed.ok) {
        setState({ step: 'error', error: parsed.error });
        return;
      }
      const plan = await planRestore(db, parsed.backup, await readStorageValues());
      setState({ step: 'preview', fileName: file.name, backup: parsed.backup, plan });
    } catch (e) {
      setState({ step: 'error', error: restoreFailedMessage(detailOf(e)) });
    } finally {
      // Choosing the same file again must fire change again.
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const onConfirm = async () => {
    if (state.step !== 'preview') return;
    setState({ ...state, step: 'applying' });
    let result: Awaited<ReturnType<typeof applyRestore>>;
    try {
      result = await applyRestore(db, state.backup, await readStorageValues());
    } catch (e) {
      setState({ step: 'error', error: restoreFailedMessage(detailOf(e)) });
      return;
    }
    // Promises may have changed: the background's badge and alarms follow at once.
    void browser.runtime.sendMessage({ type: REMINDERS_REFRESH }).catch(() => undefined);
    try {
      await writeStorageValues(result.storage);
    } catch (e) {
      setState({ step: 'error', error: settingsWriteFailedMessage(detailOf(e)) });
      return;
    }
    setState({ step: 'done', plan: result.plan });
  };

  return (
    <div class="data">
      <section class="data-card">
        <h2>{i18n.t('dataExportTitle')}</h2>
        <p class="data-hint">{i18n.t('dataExportHint')}</p>
        {sizes ? (
          <p class="data-current" data-testid="kefu-data-current">
            {i18n.t('dataCurrent', [String(sizes.replies), String(sizes.buyers), String(sizes.promises)])}
          </p>
        ) : null}
        <div class="data-actions">
          <button type="button" class="data-btn data-btn-primary" data-testid="kefu-data-export" onClick={() => void onExport()}>
            {i18n.t('dataExport')}
          </button>
          {exported ? <span class="data-ok">{i18n.t('dataExported', [exported])}</span> : null}
        </div>
      </section>

      <section class="data-card">
        <h2>{i18n.t('dataImportTitle')}</h2>
        <p class="data-hint">{i18n.t('dataImportHint')}</p>
        <div class="data-actions">
          <label class={state.step === 'applying' ? 'data-btn data-btn-disabled' : 'data-btn'}>
            {i18n.t('dataImport')}
            <input
              ref={fileInput}
              class="data-file"
              type="file"
              accept=".json,application/json"
              data-testid="kefu-data-import"
              disabled={state.step === 'applying'}
              onChange={(e) => void onFile((e.target as HTMLInputElement).files?.[0])}
            />
          </label>
          {state.step === 'reading' ? <span class="data-muted">{i18n.t('dataReading')}</span> : null}
        </div>

        {state.step === 'error' ? (
          <div class="data-error" role="alert" data-testid="kefu-data-error">
            <strong>{i18n.t('dataImportFailed')}</strong>
            <p lang="zh-CN">{state.error.zh}</p>
            <p lang="en" class="data-error-en">
              {state.error.en}
            </p>
          </div>
        ) : null}

        {state.step === 'preview' || state.step === 'applying' ? (
          <div class="data-preview" data-testid="kefu-data-preview">
            <h3>{i18n.t('dataPreviewTitle', [state.fileName])}</h3>
            <p class="data-muted">{i18n.t('dataPreviewFrom', [state.backup.exportedAt.replace('T', ' ').slice(0, 16)])}</p>
            <PlanTable plan={state.plan} />
            {state.plan.notesMerged ? (
              <p class="data-note">{i18n.t('dataNotesMerged', [String(state.plan.notesMerged)])}</p>
            ) : null}
            {state.plan.skippedRules ? (
              <p class="data-note">{i18n.t('dataSkippedRules', [String(state.plan.skippedRules)])}</p>
            ) : null}
            {state.plan.changes ? null : <p class="data-muted">{i18n.t('dataNothing')}</p>}
            <div class="data-actions">
              <button
                type="button"
                class="data-btn data-btn-primary"
                data-testid="kefu-data-import-confirm"
                disabled={state.step === 'applying' || !state.plan.changes}
                onClick={() => void onConfirm()}
              >
                {state.step === 'applying' ? i18n.t('dataApplying') : i18n.t('dataConfirm')}
              </button>
              <button
                type="button"
                class="data-btn"
                disabled={state.step === 'applying'}
                onClick={() => setState({ step: 'idle' })}
              >
                {i18n.t('dataCancel')}
              </button>
            </div>
          </div>
        ) : null}

        {state.step === 'done' ? (
          <div class="data-done" role="status" data-testid="kefu-data-result">
            <span>
              {i18n.t('dataImported', [String(total(state.plan, 'added')), String(total(state.plan, 'updated'))])}
            </span>
            <button type="button" class="data-btn data-btn-quiet" onClick={() => setState({ step: 'idle' })}>
              {i18n.t('dataDismiss')}
            </button>
          </div>
        ) : null}
      </section>
    </div>
  );
}

function PlanTable(props: { plan: RestorePlan }) {
  const rows = BACKUP_SECTIONS.filter((s) => {
    const c = props.plan.counts[s];
    // Settings appear only when the backup holds them; tables always, so an empty one is visibly empty.
    return (s !== 'settings' && s !== 'redline') || c.added + c.updated + c.unchanged + c.keptLocal > 0;
  });
  return (
    <table class="data-table">
      <thead>
        <tr>
          <th>{i18n.t('dataColSection')}</th>
          <th class="data-num">{i18n.t('dataColNew')}</th>
          <th class="data-num">{i18n.t('dataColUpdated')}</th>
          <th class="data-num">{i18n.t('dataColUnchanged')}</th>
          <th class="data-num" title={i18n.t('dataColKeptHint')}>
            {i18n.t('dataColKept')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((s) => {
          const c = props.plan.counts[s];
          return (
            <tr key={s} data-section={s}>
              <th scope="row">{i18n.t(SECTION_KEYS[s])}</th>
              <td class={c.added ? 'data-num data-num-add' : 'data-num'}>{c.added}</td>
              <td class={c.updated ? 'data-num data-num-upd' : 'data-num'}>{c.updated}</td>
              <td class="data-num">{c.unchanged}</td>
              <td class="data-num">{c.keptLocal}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function detailOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
