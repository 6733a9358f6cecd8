import { i18n } from '#i18n';
import { localized } from '../library/ui-text';
import { platformList, severityName } from './rule-labels';
import type { RuleGroup } from './rule-groups';
import { SeverityChip } from './SeverityChip';

interface Props {
  groups: readonly RuleGroup[];
  onToggle(ruleId: string, enabled: boolean): void;
}

/** Every built-in rule of the chosen platform, by category: what it catches, why, and what to say instead. */
export function BuiltInRules({ groups, onToggle }: Props) {
  return (
    <section class="rules-section" aria-labelledby="rules-builtin-title">
      <h2 id="rules-builtin-title">{i18n.t('rulesBuiltInTitle')}</h2>
      <p class="rules-hint">{i18n.t('rulesBuiltInHint')}</p>
      {groups.map((g) => (
        <section key={g.category} class="rules-cat" data-category={g.category}>
          <header class="rules-cat-head">
            <h3>{localized(g.info.name)}</h3>
            <span class="rules-cat-count">
              {g.off
                ? i18n.t('rulesCategoryCountOff', [String(g.rows.length), String(g.off)])
                : i18n.t('rulesCategoryCount', [String(g.rows.length)])}
            </span>
          </header>
          <ul class="rules-list">
            {g.rows.map(({ rule, elsewhere, onlyOn, enabled }) => {
              const label = localized(rule.label);
              return (
                <li
                  key={rule.id}
                  class={enabled ? 'rules-rule' : 'rules-rule rules-rule-off'}
                  data-testid="kefu-rules-rule"
                  data-rule-id={rule.id}
                  data-enabled={String(enabled)}
                >
                  <label class="rules-switch" title={i18n.t('rulesToggleRule', [label])}>
                    <input
                      type="checkbox"
                      role="switch"
                      data-testid="kefu-rules-toggle"
                      checked={enabled}
                      aria-label={i18n.t('rulesToggleRule', [label])}
                      onChange={(e) => onToggle(rule.id, (e.currentTarget as HTMLInputElement).checked)}
                    />
                    <span class="rules-switch-track" aria-hidden="true" />
                  </label>
                  <div class="rules-rule-body">
                    <div class="rules-rule-head">
                      <b class="rules-rule-label">{label}</b>
                      <SeverityChip severity={rule.severity} />
                      {elsewhere.map((e) => (
                        <span key={e.severity} class="rules-elsewhere">
                          {i18n.t('rulesSeverityElsewhere', [platformList(e.platforms), severityName(e.severity)])}
                        </span>
                      ))}
                      {onlyOn && <span class="rules-only">{i18n.t('rulesOnlyOn', [platformList(onlyOn)])}</span>}
                      {!enabled && <span class="rules-off-tag">{i18n.t('rulesRuleOff')}</span>}
                      <code class="rules-rule-id">{rule.id}</code>
                    </div>
                    <p class="rules-reason">{localized(rule.reason)}</p>
                    <p class="rules-meta">
                      <span class="rules-meta-key">{i18n.t('rulesBasis')}</span>
                      {rule.basis}
                    </p>
                    {rule.suggestion && (
                      <p class="rules-meta">
                        <span class="rules-meta-key">{i18n.t('rulesExample')}</span>
                        <span class="rules-example">{rule.suggestion}</span>
                      </p>
                    )}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </section>
  );
}
