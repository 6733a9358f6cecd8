import { i18n } from '#i18n';
import type { Flag } from '@/lib/redline';
import { segmentByFlags } from './flag-segments';
import { categoryShortName } from './rule-labels';
import { SeverityChip } from './SeverityChip';

/** What the rule being edited does to the sample: not editing, has an error, or hits the sample N times (N may be 0). */
export type DraftRuleStatus = { kind: 'none' } | { kind: 'invalid' } | { kind: 'hits'; count: number };

interface Props {
  sample: string;
  flags: readonly Flag[];
  draft: DraftRuleStatus;
  ruleLabel(flag: Flag): string;
  onSample(text: string): void;
}

/** 试一试: a sample reply checked by the settings on screen, so a rule is tried before a chat page ever runs it. */
export function TryBox({ sample, flags, draft, ruleLabel, onSample }: Props) {
  const hasText = sample.trim() !== '';
  return (
    <section class="rules-try" aria-labelledby="rules-try-title">
      <h2 id="rules-try-title">{i18n.t('rulesTryTitle')}</h2>
      <p class="rules-hint">{i18n.t('rulesTryHint')}</p>
      <textarea
        data-testid="kefu-rules-try"
        rows={4}
        value={sample}
        placeholder={i18n.t('rulesTryPlaceholder')}
        aria-label={i18n.t('rulesTryTitle')}
        onInput={(e) => onSample((e.currentTarget as HTMLTextAreaElement).value)}
      />
      {draft.kind !== 'none' && hasText && (
        <p class={draft.kind === 'hits' && draft.count > 0 ? 'rules-try-draft rules-try-draft-hit' : 'rules-try-draft'}>
          {draft.kind === 'invalid'
            ? i18n.t('rulesTryDraftInvalid')
            : draft.count > 0
            ? i18n.t('rulesTryDraftHits', [String(draft.count)])
            : i18n.t('rulesTryDraftMisses')}
        </p>
      )}
      {hasText && (
        <div class="rules-try-result" aria-live="polite" data-testid="kefu-rules-try-result">
          <p class="rules-try-text">
            {segmentByFlags(sample, flags).map((s) =>
              s.severity ? (
                <mark key={s.start} class={`rules-hit rules-hit-${s.severity}`}>
                  {s.text}
                </mark>
              ) : (
                <span key={s.start}>{s.text}</span>
              )
            )}
          </p>
          <p class={flags.length ? 'rules-try-count rules-try-count-hit' : 'rules-try-count'}>
            {flags.length ? i18n.t('rulesTryCount', [String(flags.length)]) : i18n.t('rulesTryClean')}
          </p>
          <ul class="rules-try-flags">
            {flags.map((f) => (
              <li
                key={`${f.rule}:${f.start}`}
                class={`rules-try-flag rules-try-flag-${f.severity}`}
                data-testid="kefu-rules-try-flag"
                data-category={f.category}
                data-severity={f.severity}
                data-rule={f.rule}
              >
                <div class="rules-rule-head">
                  <SeverityChip severity={f.severity} />
                  <b>{categoryShortName(f.category)}</b>
                  <span class="rules-try-rule">{ruleLabel(f)}</span>
                  <q class="rules-try-span">{sample.slice(f.start, f.end)}</q>
                </div>
                <p class="rules-reason">{f.message}</p>
                {f.suggestion && <p class="rules-example">{i18n.t('rulesTrySuggestion', [f.suggestion])}</p>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
