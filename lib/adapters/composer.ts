import { commonAncestor, firstMatch } from './dom-query';
import type { ChatAdapter } from './types';
import { readDraftFrom, writeDraftInto } from './write-input';

export interface ComposerSelectors {
  /** The message list (or its scroll area): with the input it bounds what the scanner observes. */
  list: readonly string[];
  input: readonly string[];
  send: readonly string[];
  /** The page's own composer box around the input, when it has a stable class (`.reply-box`). */
  composer?: string;
}

export type ComposerParts = Pick<
  ChatAdapter,
  'findInput' | 'findSendButton' | 'readDraft' | 'writeDraft' | 'observeRoot' | 'findComposer'
>;

/**
 * The composer half of an adapter whose page names its parts with selectors (Pinduoduo, JD, Kuaishou): input, send
 * button, draft read/write through write-input.ts (native setter + input event for textareas, select-all + insertText
 * for contenteditables and Quill), the observed root (the nearest element holding list and input) and the composer box
 * the panel keeps clear of. Every call re-queries (dom-query.ts).
 */
export function composerBySelectors(s: ComposerSelectors): ComposerParts {
  const findInput = (doc: Document) => firstMatch(doc, s.input);
  const findSendButton = (doc: Document) => firstMatch(doc, s.send);
  return {
    findInput,
    findSendButton,
    readDraft: (input) => readDraftFrom(input),
    writeDraft: (input, text) => writeDraftInto(input, text),
    observeRoot(doc) {
      const list = firstMatch(doc, s.list);
      return commonAncestor(list, findInput(doc)) ?? list ?? doc.body;
    },
    findComposer(doc) {
      const input = findInput(doc);
      const own = s.composer ? input?.closest<HTMLElement>(s.composer) : null;
      return own ?? commonAncestor(input, findSendButton(doc)) ?? input;
    },
  };
}
