import { i18n } from '#i18n';
import type { Flag } from '@/lib/redline';
import { categoryShortName } from '../rules/rule-labels';
import { SeverityChip } from '../rules/SeverityChip';
import { applyRewording } from '@/lib/redline';

interface Props {
  content: string;
  flags: readonly Flag[];
  /** the platform the library is checked for, as shown */
  platformLabel: string;
  onReplace(content: string): void;
}

/** The editor drawer's red-line check of the content being typed: what, why, and the rewording one click away. */
export function RedlineFlags({ content, flags, platformLabel, onReplace }: Props) {
  return (
    <section class="lib-redline-box" aria-live="polite" data-testid="kefu-lib-editor-redline">
      <h3>{i18n.t('rulesLibEditorTitle', [platformLabel])}</h3>
      {flags.length === 0 ? (
        <p class="lib-redline-clean">{i18n.t('rulesLibEditorClean')}</p>
      ) : (
        <ul class="lib-redline-flags">
          {flags.map((f) => (
            <li
              key={`${f.rule}:${f.start}`}
              class={`lib-redline-flag lib-redline-flag-${f.severity}`}
              data-testid="kefu-lib-editor-flag"
              data-category={f.category}
              data-severity={f.severity}
            >
              <div class="lib-redline-flag-head">
                <SeverityChip severity={f.severity} />
                <b>{categoryShortName(f.category)}</b>
                <q>{content.slice(f.start, f.end)}</q>
              </div>
              <p>{f.message}</p>
              {f.suggestion && (
                <button
                  type="button"
                  class="lib-redline-fix"
                  title={f.suggestion}
                  onClick={() => onReplace(applyRewording(content, f))}
                >
                  {i18n.t('rulesLibEditorFix', [f.suggestion])}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
