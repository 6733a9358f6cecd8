import { i18n } from '#i18n';
import type { ShownSuggestion } from './panel-controller';

export function SuggestionList(props: { items: ShownSuggestion[]; onChoose(s: ShownSuggestion): void }) {
  return (
    <ol class="suggestions">
      {props.items.map((s, i) => (
        <li key={s.reply.id}>
          <button
            type="button"
            class="suggestion"
            data-testid="kefu-suggestion"
            data-reply-id={s.reply.id}
            title={s.preview}
            onClick={() => props.onChoose(s)}
          >
            <span class="suggestion-key">Alt+{i + 1}</span>
            <span class="suggestion-body">
              <span class="suggestion-meta">
                {s.reply.title ? <b>{s.reply.title}</b> : null}
                {s.reply.code ? <code>{s.reply.code}</code> : null}
                <span class="suggestion-group">{s.reply.group}</span>
                {s.ready === null ? <span class="suggestion-fill">{i18n.t('suggestionNeedsFill')}</span> : null}
              </span>
              <span class="suggestion-text">{s.preview}</span>
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
