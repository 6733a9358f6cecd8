import { i18n } from '#i18n';
import { CATEGORY_IDS, CATEGORY_INFO, type Bilingual, type CategoryId, type Severity } from '@/lib/redline';
import { localized } from '../library/ui-text';
import type { CustomRuleForm } from './custom-rule-form';

interface Props {
  form: CustomRuleForm;
  /** The reason the form's rule is rejected, shown once there is something to reject. */
  error: Bilingual | null;
  saving: boolean;
  onChange(form: CustomRuleForm): void;
  onSave(): void;
  onCancel(): void;
}

/** Add / edit one shop rule. The rule is checked as it is typed; the try box beside it runs it before it is saved. */
export function CustomRuleEditor({ form, error, saving, onChange, onSave, onCancel }: Props) {
  const set = <K extends keyof CustomRuleForm>(key: K, value: CustomRuleForm[K]) => onChange({ ...form, [key]: value });
  return (
    <form
      class="rules-form"
      data-testid="kefu-rules-custom-form"
      aria-label={form.id ? i18n.t('rulesCustomEditTitle') : i18n.t('rulesCustomNewTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        onSave();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h3>{form.id ? i18n.t('rulesCustomEditTitle') : i18n.t('rulesCustomNewTitle')}</h3>
      <label class="rules-field rules-field-wide">
        <span>{i18n.t('rulesCustomPattern')}</span>
        <input
          data-testid="kefu-rules-custom-pattern"
          value={form.pattern}
          maxLength={400}
          spellcheck={false}
          autocomplete="off"
          autoFocus
          class={form.isRegex ? 'rules-mono' : undefined}
          placeholder={i18n.t('rulesCustomPatternPlaceholder')}
          aria-invalid={error ? true : undefined}
          onInput={(e) => set('pattern', (e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label class="rules-check">
        <input
          type="checkbox"
          data-testid="kefu-rules-custom-regex"
          checked={form.isRegex}
          onChange={(e) => set('isRegex', (e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{i18n.t('rulesCustomRegex')}</span>
        <small>{i18n.t('rulesCustomRegexHint')}</small>
      </label>
      <div class="rules-form-row">
        <label class="rules-field">
          <span>{i18n.t('rulesCustomCategory')}</span>
          <select
            data-testid="kefu-rules-custom-category"
            value={form.category}
            onChange={(e) => set('category', (e.currentTarget as HTMLSelectElement).value as CategoryId)}
          >
            {CATEGORY_IDS.map((c) => (
              <option key={c} value={c}>
                {localized(CATEGORY_INFO[c].name)}
              </option>
            ))}
          </select>
        </label>
        <label class="rules-field">
          <span>{i18n.t('rulesCustomSeverity')}</span>
          <select
            data-testid="kefu-rules-custom-severity"
            value={form.severity}
            onChange={(e) => set('severity', (e.currentTarget as HTMLSelectElement).value as Severity)}
          >
            <option value="block">
              {i18n.t('rulesSeverityBlock')} · {i18n.t('rulesSeverityBlockHint')}
            </option>
            <option value="warn">
              {i18n.t('rulesSeverityWarn')} · {i18n.t('rulesSeverityWarnHint')}
            </option>
          </select>
        </label>
      </div>
      <label class="rules-field rules-field-wide">
        <span>{i18n.t('rulesCustomNote')}</span>
        <input
          data-testid="kefu-rules-custom-note"
          value={form.note}
          maxLength={300}
          placeholder={i18n.t('rulesCustomNotePlaceholder')}
          onInput={(e) => set('note', (e.currentTarget as HTMLInputElement).value)}
        />
      </label>
      <label class="rules-check">
        <input
          type="checkbox"
          data-testid="kefu-rules-custom-enabled"
          checked={form.enabled}
          onChange={(e) => set('enabled', (e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{i18n.t('rulesCustomEnabled')}</span>
      </label>
      {/* Both languages on purpose: a team lead may forward the message to whoever wrote the pattern. */}
      {error && (
        <div class="rules-error" role="alert" data-testid="kefu-rules-error">
          <p>{error.zh}</p>
          <p lang="en">{error.en}</p>
        </div>
      )}
      <footer class="rules-form-actions">
        <button type="button" class="rules-btn" onClick={onCancel}>
          {i18n.t('rulesCustomCancel')}
        </button>
        <button
          type="submit"
          class="rules-btn rules-btn-primary"
          data-testid="kefu-rules-custom-save"
          disabled={saving}
        >
          {i18n.t('rulesCustomSave')}
        </button>
      </footer>
    </form>
  );
}
