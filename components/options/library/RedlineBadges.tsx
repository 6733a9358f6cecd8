import { i18n } from '#i18n';
import { CATEGORY_INFO } from '@/lib/redline';
import { categoryShortName, severityName } from '../rules/rule-labels';
import type { RedlineMark } from './redline-marks';
import { localized } from './ui-text';

/** The red lines a library row's content carries: one badge per category, 拦截 filled red, 提醒 outlined amber. */
export function RedlineBadges({ mark }: { mark: RedlineMark }) {
  return (
    <>
      {mark.categories.map((c) => (
        <span
          key={c.category}
          class={`lib-redline lib-redline-${c.severity}`}
          data-testid="kefu-lib-redline"
          data-category={c.category}
          data-severity={c.severity}
          title={i18n.t('rulesLibBadgeHint', [
            severityName(c.severity),
            localized(CATEGORY_INFO[c.category].name),
            String(c.count),
          ])}
        >
          {categoryShortName(c.category)}
        </span>
      ))}
    </>
  );
}
