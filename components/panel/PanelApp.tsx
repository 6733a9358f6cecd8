import { i18n } from '#i18n';
import { FillInForm } from './FillInForm';
import { FlagList } from './FlagList';
import type { PanelController } from './panel-controller';
import { SuggestionList } from './SuggestionList';
import { usePanelState } from './use-controller';

/** The side panel beside the chat. Every buyer-supplied string is rendered as text by Preact, never as HTML. */
export function PanelApp(props: { controller: PanelController }) {
  const c = props.controller;
  const s = usePanelState(c);
  const notRecognised = s.page && !s.page.recognised ? s.page : null;
  return (
    <main class="panel" data-testid="kefu-panel" data-platform={s.platform ?? ''}>
      <header class="panel-head">
        <span class="panel-title">{i18n.t('panelTitle')}</span>
        <button type="button" class="panel-collapse" data-testid="kefu-collapse" onClick={() => c.collapse()}>
          {i18n.t('panelCollapse')}
        </button>
      </header>

      {!s.connected ? <p class="status">{i18n.t('panelConnecting')}</p> : null}
      {notRecognised ? (
        <p class="status status-warn" role="status" data-testid="kefu-page-status">
          {notRecognised.pending ? i18n.t('pageRecognising') : i18n.t('pageNotRecognised', [notRecognised.missing.join('、')])}
        </p>
      ) : null}

      <section class="buyer">
        <span class="buyer-label">{i18n.t('buyerLabel')}</span>
        <span class="buyer-name" data-testid="kefu-buyer" title={s.buyer?.uid ?? ''}>
          {s.buyer ? s.buyer.name : i18n.t('buyerNone')}
        </span>
      </section>

      {s.blocked ? (
        <div class="blocked" role="alert" data-testid="kefu-blocked">
          <p>{i18n.t('sendBlocked', [String(Math.round(s.blocked.overrideMs / 1000))])}</p>
          <button type="button" data-testid="kefu-send-anyway" onClick={() => c.sendAnyway()}>
            {i18n.t('sendAnyway')}
          </button>
        </div>
      ) : null}
      <FlagList draft={s.draft} flags={s.flags} onReplace={(text) => c.replaceDraft(text)} />

      <input
        class="search"
        type="search"
        data-testid="kefu-search"
        placeholder={i18n.t('searchPlaceholder')}
        value={s.search}
        onInput={(e) => c.setSearch((e.target as HTMLInputElement).value)}
      />

      {s.filling ? (
        <FillInForm
          reply={s.filling.reply}
          values={s.filling.values}
          onChange={(name, value) => c.setFillValue(name, value)}
          onSubmit={() => c.submitFill()}
          onCancel={() => c.cancelFill()}
        />
      ) : null}

      <section class="suggest">
        <h2>
          {s.source === 'search'
            ? i18n.t('suggestionsForSearch')
            : s.source === 'draft'
              ? i18n.t('suggestionsForDraft')
              : i18n.t('suggestionsTitle')}
        </h2>
        {s.suggestions.length ? (
          <SuggestionList items={s.suggestions} onChoose={(item) => c.choose(item.reply)} />
        ) : (
          <p class="empty">
            {s.source === 'buyer' && !c.pendingBuyerMessages().length ? i18n.t('suggestionsWaiting') : i18n.t('suggestionsEmpty')}
          </p>
        )}
      </section>
    </main>
  );
}
