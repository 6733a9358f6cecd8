import { UserError } from '../errors';
import { parseLibraryJson, ReplyIndex } from '../replies';
import { isCodeLike } from '../replies/normalize';
import { requireText } from './jsonl';

/** `kefu suggest`: builds the index once, then answers each line `{"text"}` with the best replies for that buyer text. */
export function suggestCommand(libraryText: string, limit: number): (input: Record<string, unknown>) => unknown {
  const { replies, problems } = parseLibraryJson(libraryText);
  if (!replies.length) {
    const first = problems[0];
    throw new UserError({
      zh: `话术库里没有可用的话术${first ? `(${first.zh})` : ''}`,
      en: `The reply library has no usable reply${first ? ` (${first.en})` : ''}`,
    });
  }
  const index = new ReplyIndex(replies);
  return (input) => {
    const text = requireText(input);
    // A bare code (`fp`, `kd01`) is what an agent types, not a buyer: search it as a shortcut code too.
    const query = isCodeLike(text) ? { query: text } : { buyerMessages: [text] };
    return { suggestions: index.suggest(query, limit) };
  };
}
