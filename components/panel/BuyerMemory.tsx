import { i18n } from '#i18n';
import { useState } from 'preact/hooks';
import type { BuyerMemoryState } from './buyer-controller';

/** The current buyer's note and tags. The note saves as it is typed; tags are one click from the shop's own list. */
export function BuyerMemory(props: {
  state: BuyerMemoryState;
  hasBuyer: boolean;
  catalog: string[];
  onNote(text: string): void;
  onNoteBlur(): void;
  onTags(tags: string[]): void;
}) {
  const { state } = props;
  const [newTag, setNewTag] = useState('');
  const offered = props.catalog.filter((t) => !state.tags.includes(t));
  return (
    <section class="memory">
      <label class="memory-label" for="kefu-note">
        {i18n.t('noteLabel')}
        <span class="memory-status">{state.saving ? i18n.t('noteSaving') : ''}</span>
      </label>
      <textarea
        id="kefu-note"
        class="note"
        data-testid="kefu-note"
        data-buyer-key={state.key ?? ''}
        rows={3}
        disabled={!props.hasBuyer}
        placeholder={props.hasBuyer ? i18n.t('notePlaceholder') : i18n.t('noteNoBuyer')}
        value={state.note}
        onInput={(e) => props.onNote((e.target as HTMLTextAreaElement).value)}
        onBlur={props.onNoteBlur}
      />
      {state.error ? <p class="memory-error">{state.error}</p> : null}
      <div class="tags" aria-label={i18n.t('tagsLabel')}>
        {state.tags.map((tag) => (
          <button
            type="button"
            class="tag tag-on"
            data-testid="kefu-tag"
            key={tag}
            title={i18n.t('tagRemove', [tag])}
            onClick={() => props.onTags(state.tags.filter((t) => t !== tag))}
          >
            {tag} ×
          </button>
        ))}
        {props.hasBuyer
          ? offered.map((tag) => (
              <button type="button" class="tag" data-testid="kefu-tag-offer" key={tag} onClick={() => props.onTags([...state.tags, tag])}>
                + {tag}
              </button>
            ))
          : null}
        {props.hasBuyer ? (
          <input
            class="tag-input"
            data-testid="kefu-tag-input"
            value={newTag}
            maxLength={12}
            placeholder={i18n.t('tagsAddPlaceholder')}
            onInput={(e) => setNewTag((e.target as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || e.isComposing || !newTag.trim()) return;
              e.preventDefault();
              props.onTags([...state.tags, newTag.trim()]);
              setNewTag('');
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
