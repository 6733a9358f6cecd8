import { i18n } from '#i18n';
import { applyRewording } from '@/lib/redline';
import type { Flag } from '@/lib/redline/types';

/** Red-line flags on the draft: what, why, and the compliant rewording one click away. */
export function FlagList(props: { draft: string; flags: Flag[]; onReplace(text: string): void }) {
  if (!props.flags.length) return null;
  return (
    <section class="flags" aria-label={i18n.t('flagsTitle')}>
      {props.flags.map((flag) => (
        <div
          class={`flag flag-${flag.severity}`}
          data-testid="kefu-flag"
          data-category={flag.category}
          data-severity={flag.severity}
          key={`${flag.rule}:${flag.start}`}
        >
          <div class="flag-head">
            <span class="flag-badge">{flag.severity === 'block' ? i18n.t('flagBlock') : i18n.t('flagWarn')}</span>
            <q class="flag-span">{props.draft.slice(flag.start, flag.end)}</q>
          </div>
          <p class="flag-message">{flag.message}</p>
          {flag.suggestion ? (
            <button
              type="button"
              class="flag-fix"
              data-testid="kefu-flag-fix"
              onClick={() => props.onReplace(applyRewording(props.draft, flag))}
            >
              {i18n.t('flagReplace')}:{flag.suggestion}
            </button>
          ) : null}
        </div>
      ))}
    </section>
  );
}

