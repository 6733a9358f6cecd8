import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import { OPTION_TABS } from './tabs';

/** The options page: one tab per concern; the tab is kept in the URL hash so a link can open it (…/options.html#rules). */
export function OptionsApp() {
  const [tab, setTab] = useState(() => currentTab());
  useEffect(() => {
    const onHash = () => setTab(currentTab());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const active = OPTION_TABS.find((t) => t.id === tab) ?? OPTION_TABS[0]!;
  const Body = active.component;
  return (
    <div class="options">
      <header class="options-head">
        <h1>{i18n.t('optionsTitle')}</h1>
        <nav role="tablist">
          {OPTION_TABS.map((t) => (
            <a
              key={t.id}
              role="tab"
              href={`#${t.id}`}
              aria-selected={t.id === active.id}
              data-testid={`kefu-tab-${t.id}`}
              class={t.id === active.id ? 'tab tab-active' : 'tab'}
            >
              {t.label()}
            </a>
          ))}
        </nav>
      </header>
      <section class="options-body">
        <Body />
      </section>
    </div>
  );
}

function currentTab(): string {
  return location.hash.replace(/^#/, '') || OPTION_TABS[0]!.id;
}
