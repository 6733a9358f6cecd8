import { i18n } from '#i18n';
import type { Bilingual, CustomRule } from '@/lib/redline';
import { CustomRuleEditor } from './CustomRuleEditor';
import type { CustomRuleForm } from './custom-rule-form';
import { categoryShortName } from './rule-labels';
import { SeverityChip } from './SeverityChip';

interface Props {
  rules: readonly CustomRule[];
  form: CustomRuleForm | null;
  formError: Bilingual | null;
  saving: boolean;
  onAdd(): void;
  onEdit(rule: CustomRule): void;
  onDelete(rule: CustomRule): void;
  onToggle(rule: CustomRule, enabled: boolean): void;
  onFormChange(form: CustomRuleForm): void;
  onSave(): void;
  onCancel(): void;
}

/** The shop's own rules: a short list, and the add / edit form in place of the "add" button while it is open. */
export function CustomRules(props: Props) {
  const { rules, form } = props;
  const editor = form && (
    <CustomRuleEditor
      form={form}
      error={props.formError}
      saving={props.saving}
      onChange={props.onFormChange}
      onSave={props.onSave}
      onCancel={props.onCancel}
    />
  );
  return (
    <section class="rules-section" aria-labelledby="rules-custom-title">
      <header class="rules-section-head">
        <h2 id="rules-custom-title">{i18n.t('rulesCustomTitle')}</h2>
        {!form && (
          <button
            type="button"
            class="rules-btn rules-btn-primary"
            data-testid="kefu-rules-custom-add"
            onClick={props.onAdd}
          >
            + {i18n.t('rulesCustomAdd')}
          </button>
        )}
      </header>
      <p class="rules-hint">{i18n.t('rulesCustomHint')}</p>
      {form && !form.id && editor}
      {rules.length === 0 && !form && <p class="rules-empty">{i18n.t('rulesCustomEmpty')}</p>}
      {rules.length > 0 && (
        <ul class="rules-custom-list">
          {rules.map((rule) =>
            form?.id === rule.id ? (
              <li key={rule.id} class="rules-custom-editing">
                {editor}
              </li>
            ) : (
              <li
                key={rule.id}
                class={rule.enabled ? 'rules-custom' : 'rules-custom rules-custom-off'}
                data-testid="kefu-rules-custom"
                data-rule-id={rule.id}
                data-category={rule.category}
              >
                <label class="rules-switch" title={i18n.t('rulesCustomToggle', [rule.pattern])}>
                  <input
                    type="checkbox"
                    role="switch"
                    data-testid="kefu-rules-custom-toggle"
                    checked={rule.enabled}
                    aria-label={i18n.t('rulesCustomToggle', [rule.pattern])}
                    onChange={(e) => props.onToggle(rule, (e.currentTarget as HTMLInputElement).checked)}
                  />
                  <span class="rules-switch-track" aria-hidden="true" />
                </label>
                <div class="rules-custom-body">
                  <div class="rules-rule-head">
                    <code class="rules-pattern">{rule.pattern}</code>
                    {rule.isRegex && <span class="rules-tag">{i18n.t('rulesCustomRegexTag')}</span>}
                    <span class="rules-cat-name">{categoryShortName(rule.category)}</span>
                    <SeverityChip severity={rule.severity} />
                    {!rule.enabled && <span class="rules-off-tag">{i18n.t('rulesCustomOffTag')}</span>}
                  </div>
                  {rule.note && <p class="rules-reason">{rule.note}</p>}
                </div>
                <div class="rules-custom-actions">
                  <button
                    type="button"
                    class="rules-btn rules-btn-quiet"
                    data-testid="kefu-rules-custom-edit"
                    disabled={form !== null}
                    onClick={() => props.onEdit(rule)}
                  >
                    {i18n.t('rulesCustomEdit')}
                  </button>
                  <button
                    type="button"
                    class="rules-btn rules-btn-quiet rules-btn-danger"
                    data-testid="kefu-rules-custom-delete"
                    disabled={form !== null}
                    onClick={() => props.onDelete(rule)}
                  >
                    {i18n.t('rulesCustomDelete')}
                  </button>
                </div>
              </li>
            )
          )}
        </ul>
      )}
    </section>
  );
}
