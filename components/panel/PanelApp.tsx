import { i18n } from '#i18n';
import { useEffect, useState } from 'preact/hooks';
import type { BuyerController } from './buyer-controller';
import { BuyerMemory } from './BuyerMemory';
import { FillInForm } from './FillInForm';
import { FlagList } from './FlagList';
import type { PanelController } from './panel-controller';
import { PromiseList } from './PromiseList';
import { words } from '../common/reminder-words';
import { SuggestionList } from './SuggestionList';
import { useStore, type Store } from './use-controller';

/** The side panel beside the chat. Every buyer-supplied string is rendered as text by Preact, never as HTML. */
export function PanelApp(props: {
  controller: PanelController;
  buyer: BuyerController;
  catalog: Store<string[]>;
  onTagsAdded(tags: string[]): void;
}) {
  const c = props.controller;
  const s = useStore(c);
  const memory = useStore(props.buyer);
  const catalog = useStore(props.catalog);
  const [tab, setTab] = useState<'replies' | 'buyer'>('replies');
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 30_000);
    return () => clearInterval(timer);
  }, []);
  const notRecognised = s.page && !s.page.recognised ? s.page : null;
  const openPromises = memory.promises.filter((p) => p.status === 'open').length;
  const latestFresh = memory.promises.find((p) => p.id === memory.fresh[memory.fresh.length - 1] && p.status === 'open');
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
        <div class="status status-warn" role="status" data-testid="kefu-page-status">
          {notRecognised.pending
            ? i18n.t('pageRecognising')
            : i18n.t('pageNotRecognised', [[...new Set(notRecognised.missing.map(partName))].join('、')])}
          {!notRecognised.pending ? (
            <details class="status-details">
              <summary>{i18n.t('pageTechnicalDetails')}</summary>
              <ul>
                {notRecognised.missing.map((m) => (
                  <li key={m}>{m}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </div>
      ) : null}

      <section class="buyer">
        <span class="buyer-label">{i18n.t('buyerLabel')}</span>
        <span class="buyer-name" data-testid="kefu-buyer" title={s.buyer?.uid ?? ''}>
          {s.buyer ? s.buyer.name : i18n.t('buyerNone')}
        </span>
        {memory.tags.length ? <span class="buyer-tags">{memory.tags.join(' · ')}</span> : null}
      </section>
      {tab === 'replies' && memory.note ? <p class="note-preview">{memory.note}</p> : null}
      {latestFresh && tab === 'replies' ? (
        <button type="button" class="captured" data-testid="kefu-captured" onClick={() => setTab('buyer')}>
          {i18n.t('promiseCaptured', [latestFresh.text, words.kind(latestFresh.kind)])}
        </button>
      ) : null}
      <nav class="panel-tabs" role="tablist">
        <button type="button" role="tab" aria-selected={tab === 'replies'} data-testid="kefu-tab-replies" onClick={() => setTab('replies')}>
          {i18n.t('panelTabReplies')}
        </button>
        <button type="button" role="tab" aria-selected={tab === 'buyer'} data-testid="kefu-tab-buyer" onClick={() => setTab('buyer')}>
          {i18n.t('panelTabBuyer')}
          {openPromises ? <span class="badge">{openPromises}</span> : null}
        </button>
      </nav>

      {s.blocked ? (
        <div class="blocked" role="alert" data-testid="kefu-blocked">
          <p>{i18n.t('sendBlocked', [String(Math.round(s.blocked.overrideMs / 1000))])}</p>
          <button type="button" data-testid="kefu-send-anyway" onClick={() => c.sendAnyway()}>
            {i18n.t('sendAnyway')}
          </button>
        </div>
      ) : null}
      <FlagList draft={s.draft} flags={s.flags} onReplace={(text) => c.replaceDraft(text)} />
      {s.lastSent && tab === 'replies' ? (
        <button
          type="button"
          class="save-sent"
          data-testid="kefu-save-sent"
          disabled={s.savedSent}
          title={s.lastSent}
          onClick={() => void c.saveSentAsReply()}
        >
          {s.savedSent ? i18n.t('saveSentDone') : i18n.t('saveSent')}
        </button>
      ) : null}

      {tab === 'buyer' ? (
        <div class="buyer-tab">
          <BuyerMemory
            state={memory}
            hasBuyer={!!s.buyer}
            catalog={catalog}
            onNote={(text) => props.buyer.setNote(text)}
            onNoteBlur={() => void props.buyer.flushNote()}
            onTags={(tags) => {
              void props.buyer.setTags(tags);
              props.onTagsAdded(tags);
            }}
          />
          <PromiseList
            promises={memory.promises}
            fresh={memory.fresh}
            hasBuyer={!!s.buyer}
            now={now}
            onDue={(id, due) => void props.buyer.setDue(id, due)}
            onClose={(id, status) => void props.buyer.close(id, status)}
            onAdd={(input) => void props.buyer.addPromise(input)}
          />
        </div>
      ) : null}
      {tab === 'replies' ? (
      <>
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
          preview={c.preview(s.filling.reply)}
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
      </>
      ) : null}
    </main>
  );
}

/** The part of the chat page an adapter could not find, named the way an agent would (details are for developers). */
function partName(missing: string): string {
  if (/^message/i.test(missing)) return i18n.t('pagePartMessages');
  if (/^input/i.test(missing)) return i18n.t('pagePartInput');
  return i18n.t('pagePartOther');
}
