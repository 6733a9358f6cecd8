import { i18n } from '#i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { listRules, PLATFORM_IDS, type CustomRule, type Flag, type PlatformId } from '@/lib/redline';
import { localized } from '../library/ui-text';
import { BuiltInRules } from './BuiltInRules';
import { EMPTY_CUSTOM_RULE_FORM, formFromRule, type CustomRuleForm } from './custom-rule-form';
import { CustomRules } from './CustomRules';
import { removeCustomRule, restoreCustomRule, setBuiltInEnabled, setCustomEnabled } from './redline-edits';
import { countRules, groupRules } from './rule-groups';
import { platformName } from './rule-labels';
import { engineFor, engineForRuleAlone, settingsWithDraft } from './try-engine';
import { TryBox, type DraftRuleStatus } from './TryBox';
import { useRedlineConfig } from './use-redline-config';

const NOTICE_MS = 4_000;
const UNDO_NOTICE_MS = 10_000;

interface Notice {
  id: number;
  text: string;
  undo?: () => void;
}

/**
 * 高压线规则 tab: the built-in rules as they apply on the shop's platform (each can be switched off), the shop's own
 * rules, and a try box running exactly what is on screen. Everything is saved to extension storage as it changes; the
 * chat pages' send gates rebuild their engines from it.
 */
export function RulesTab() {
  const { config, updateRedline, savePlatform, commitCustomRule } = useRedlineConfig();
  const [form, setForm] = useState<CustomRuleForm | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [sample, setSample] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const [failed, setFailed] = useState(false);
  const noticeIds = useRef(0);

  useEffect(() => {
    if (!notice) return;
    const t = setTimeout(
      () => setNotice((cur) => (cur?.id === notice.id ? null : cur)),
      notice.undo ? UNDO_NOTICE_MS : NOTICE_MS
    );
    return () => clearTimeout(t);
  }, [notice]);

  const platform = config?.platform ?? 'generic';
  const saved = config?.redline;
  const groups = useMemo(() => groupRules(platform, saved?.disabled ?? []), [platform, saved]);
  const builtIn = useMemo(() => new Map(listRules().map((r) => [r.id, r])), []);
  const setup = useMemo(() => settingsWithDraft(saved ?? { custom: [], disabled: [] }, form), [saved, form]);
  const engine = useMemo(() => engineFor(platform, setup.settings), [platform, setup.settings]);
  const ruleAlone = useMemo(() => (setup.draftRule ? engineForRuleAlone(setup.draftRule) : null), [setup.draftRule]);
  const flags = useMemo(() => (sample.trim() ? engine.check(sample) : []), [engine, sample]);

  if (!config || !saved) return <p class="rules-loading">{i18n.t('rulesLoading')}</p>;

  const notify = (text: string, undo?: () => void) => setNotice({ id: ++noticeIds.current, text, undo });
  // Writes are small and local; one that fails leaves the page showing what storage holds (see useRedlineConfig).
  const save = (write: Promise<unknown>) =>
    write.then(
      () => setFailed(false),
      (e: unknown) => {
        console.error('[kefu] saving red-line settings failed', e);
        setFailed(true);
      }
    );

  const patternTyped = form !== null && form.pattern.trim() !== '';
  const formError = setup.draftError && (submitted || patternTyped) ? setup.draftError : null;
  const draft: DraftRuleStatus = !patternTyped
    ? { kind: 'none' }
    : ruleAlone
    ? { kind: 'hits', count: sample.trim() ? ruleAlone.check(sample).length : 0 }
    : { kind: 'invalid' };

  const openForm = (next: CustomRuleForm) => {
    setSubmitted(false);
    setForm(next);
  };
  const saveForm = async () => {
    if (!form || saving) return;
    setSubmitted(true);
    if (setup.draftError) return;
    setSaving(true);
    try {
      const result = await commitCustomRule(form);
      if (result.ok) {
        setForm(null);
        setFailed(false);
        notify(i18n.t('rulesCustomSaved'));
      }
    } catch (e) {
      console.error('[kefu] saving a custom rule failed', e);
      setFailed(true);
    } finally {
      setSaving(false);
    }
  };
  const remove = (rule: CustomRule) => {
    const { removed } = removeCustomRule(saved, rule.id);
    if (!removed) return;
    void save(updateRedline((s) => removeCustomRule(s, rule.id).settings));
    notify(i18n.t('rulesCustomDeleted', [rule.pattern]), () => {
      void save(updateRedline((s) => restoreCustomRule(s, removed)));
    });
  };
  const ruleLabel = (f: Flag): string => {
    if (f.rule.startsWith('custom:')) {
      const id = f.rule.slice('custom:'.length);
      const rule = setup.settings.custom.find((c) => c.id === id);
      return i18n.t('rulesTryCustomLabel', [rule?.pattern ?? id]);
    }
    const info = builtIn.get(f.rule);
    return info ? localized(info.label) : f.rule;
  };
  const totals = countRules(groups);

  return (
    <div class="rules" data-testid="kefu-rules">
      {failed && (
        <p class="rules-banner" role="alert">
          {i18n.t('rulesSaveFailed')}
        </p>
      )}
      <div class="rules-top">
        <label class="rules-platform">
          <span>{i18n.t('rulesPlatformLabel')}</span>
          <select
            data-testid="kefu-rules-platform"
            value={platform}
            onChange={(e) => void save(savePlatform((e.currentTarget as HTMLSelectElement).value as PlatformId))}
          >
            {PLATFORM_IDS.map((p) => (
              <option key={p} value={p}>
                {platformName(p)}
              </option>
            ))}
          </select>
        </label>
        <p class="rules-summary" data-testid="kefu-rules-summary">
          {i18n.t('rulesSummary', [String(totals.total), String(totals.off), String(saved.custom.length)])}
        </p>
        <p class="rules-hint rules-top-hint">{i18n.t('rulesPlatformHint')}</p>
      </div>
      <div class="rules-layout">
        <div class="rules-main">
          <CustomRules
            rules={saved.custom}
            form={form}
            formError={formError}
            saving={saving}
            onAdd={() => openForm({ ...EMPTY_CUSTOM_RULE_FORM })}
            onEdit={(rule) => openForm(formFromRule(rule))}
            onDelete={remove}
            onToggle={(rule, enabled) => void save(updateRedline((s) => setCustomEnabled(s, rule.id, enabled)))}
            onFormChange={setForm}
            onSave={() => void saveForm()}
            onCancel={() => setForm(null)}
          />
          <BuiltInRules
            groups={groups}
            onToggle={(id, enabled) => void save(updateRedline((s) => setBuiltInEnabled(s, id, enabled)))}
          />
        </div>
        <aside class="rules-side">
          <TryBox sample={sample} flags={flags} draft={draft} ruleLabel={ruleLabel} onSample={setSample} />
        </aside>
      </div>
      {notice && (
        <div class="rules-notice" role="status">
          <span>{notice.text}</span>
          {notice.undo && (
            <button
              type="button"
              class="rules-notice-undo"
              onClick={() => {
                const undo = notice.undo;
                setNotice(null);
                undo?.();
              }}
            >
              {i18n.t('rulesCustomUndo')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
