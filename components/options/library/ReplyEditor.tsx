import { i18n } from '#i18n';
import { useMemo, useState } from 'preact/hooks';
import type { StoredReply } from '@/lib/db';
import { listFillIns, previewReply, type Reply, type VariableContext } from '@/lib/replies';
import { MAX_CONTENT_LENGTH } from '@/lib/replies/io';
import { checkDraft, draftFromReply, newReplyId, replyFromDraft, type ReplyDraft } from './reply-draft';
import { formatDateTime, localized } from './ui-text';
import type { RedlineEngine } from '@/lib/redline';
import { platformName } from '../rules/rule-labels';
import { RedlineFlags } from './RedlineFlags';

interface Props {
  /** the reply being edited, or null for a new one */
  reply: StoredReply | null;
  defaultGroup: string;
  groups: readonly string[];
  codeOwner(code: string): Reply | undefined;
  previewContext: VariableContext;
  /** the shop's red-line engine (rules tab): the content is checked with it as it is typed */
  redline?: RedlineEngine;
  onSave(reply: Reply): Promise<void>;
  onClose(): void;
}

const SOURCE_LABEL = {
  starter: 'libSourceStarter',
  user: 'libSourceUser',
  import: 'libSourceImport',
  sent: 'libSourceSent',
} as const;

/** Add / edit one reply, with a live preview (variables filled, fill-ins marked) and the rules checked as you type. */
export function ReplyEditor({
  reply,
  defaultGroup,
  groups,
  codeOwner,
  previewContext,
  redline,
  onSave,
  onClose,
}: Props) {
  const [initial] = useState<ReplyDraft>(() => draftFromReply(reply, defaultGroup));
  const [draft, setDraft] = useState<ReplyDraft>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const check = useMemo(() => checkDraft(draft, codeOwner, reply?.id), [draft, codeOwner, reply?.id]);
  const preview = draft.content.trim() ? previewReply(draft.content, previewContext) : '';
  const fillIns = listFillIns(draft.content);
  const redlineFlags = useMemo(() => redline?.check(draft.content) ?? [], [redline, draft.content]);
  const length = [...draft.content].length;
  const set = (field: keyof ReplyDraft) => (e: Event) =>
    setDraft((d) => ({ ...d, [field]: (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value }));

  const save = async () => {
    setSubmitted(true);
    if (check.errors.length || saving) return;
    setSaving(true);
    try {
      await onSave(replyFromDraft(draft, reply, newReplyId));
    } finally {
      setSaving(false);
    }
  };

  return (
    <aside
      class="lib-editor"
      aria-label={reply ? i18n.t('libEditorEdit') : i18n.t('libEditorNew')}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
      }}
    >
      <header class="lib-editor-head">
        <h2>{reply ? i18n.t('libEditorEdit') : i18n.t('libEditorNew')}</h2>
        <button
          type="button"
          class="lib-icon-btn"
          aria-label={i18n.t('libClose')}
          title={i18n.t('libClose')}
          onClick={onClose}
        >
          ×
        </button>
      </header>
      <form
        class="lib-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label>
          <span>{i18n.t('libFieldGroup')}</span>
          <input list="lib-group-options" value={draft.group} maxLength={80} onInput={set('group')} />
          <datalist id="lib-group-options">
            {groups.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
          <small>{i18n.t('libFieldGroupHint')}</small>
        </label>
        <div class="lib-form-row">
          <label>
            <span>{i18n.t('libFieldCode')}</span>
            <input value={draft.code} maxLength={24} spellcheck={false} autocomplete="off" onInput={set('code')} />
          </label>
          <label>
            <span>{i18n.t('libFieldTitle')}</span>
            <input value={draft.title} maxLength={60} onInput={set('title')} />
          </label>
        </div>
        <small class="lib-form-hint">{i18n.t('libFieldCodeHint')}</small>
        <label>
          <span>
            {i18n.t('libFieldContent')}
            <em class={length > MAX_CONTENT_LENGTH ? 'lib-count lib-count-over' : 'lib-count'}>
              {i18n.t('libCharCount', [String(length), String(MAX_CONTENT_LENGTH)])}
            </em>
          </span>
          <textarea rows={6} value={draft.content} onInput={set('content')} autoFocus={!reply} />
          <small>{i18n.t('libFieldContentHint')}</small>
        </label>
        <label>
          <span>{i18n.t('libFieldKeywords')}</span>
          <input value={draft.keywords} onInput={set('keywords')} />
          <small>{i18n.t('libFieldKeywordsHint')}</small>
        </label>

        <section class="lib-preview-box" aria-live="polite">
          <h3>{i18n.t('libPreview')}</h3>
          <p class={preview ? 'lib-preview-text' : 'lib-preview-text lib-muted'}>
            {preview || i18n.t('libPreviewEmpty')}
          </p>
          {fillIns.length > 0 && (
            <p class="lib-fillins">
              {i18n.t('libFillIns', [
                fillIns.map((f) => (f.defaultValue ? `${f.name}(${f.defaultValue})` : f.name)).join('、'),
              ])}
            </p>
          )}
        </section>

        {redline && draft.content.trim() && (
          <RedlineFlags
            content={draft.content}
            flags={redlineFlags}
            platformLabel={platformName(redline.platform)}
            onReplace={(content) => setDraft((d) => ({ ...d, content }))}
          />
        )}

        {/* Errors wait for the first edit or save: a fresh form is not wrong yet. */}
        {(submitted || draft !== initial ? check.errors : []).map((e) => (
          <p key={e.zh} class="lib-msg lib-msg-error" role="alert" title={e.en}>
            {localized(e)}
          </p>
        ))}
        {check.warnings.map((w) => (
          <p key={w.zh} class="lib-msg lib-msg-warn" title={w.en}>
            {localized(w)}
          </p>
        ))}

        {reply && (
          <dl class="lib-meta">
            <dt>{i18n.t('libSourceLabel')}</dt>
            <dd>{i18n.t(SOURCE_LABEL[reply.source])}</dd>
            <dt>{i18n.t('libUpdatedAt')}</dt>
            <dd>{formatDateTime(reply.updatedAt)}</dd>
            <dt>{i18n.t('libFieldId')}</dt>
            <dd class="lib-mono">{reply.id}</dd>
          </dl>
        )}

        <footer class="lib-editor-actions">
          <button type="button" class="lib-btn" onClick={onClose}>
            {i18n.t('libCancel')}
          </button>
          <button
            type="submit"
            class="lib-btn lib-btn-primary"
            data-testid="kefu-lib-save"
            disabled={saving || (submitted && check.errors.length > 0)}
          >
            {i18n.t('libSave')}
          </button>
        </footer>
      </form>
    </aside>
  );
}
