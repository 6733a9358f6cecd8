import { UserError } from '../errors';
import { ReplyIndex, type Reply } from '../replies';
import { isCodeLike } from '../replies/normalize';
import { requireText } from './jsonl';

/** `kefu suggest`: builds the index once, then answers each line `{"text"}` with the best replies for that buyer text. */
export function suggestCommand(replies: Reply[], limit: number): (input: Record<string, unknown>) => unknown {
  if (!replies.length) {
    throw new UserError({ zh: '话术库里没有可用的话术', en: 'The reply library has no usable reply' });
  }
  const index = new ReplyIndex(replies);
  return (input) => {
    const text = requireText(input);
    // A bare code (`fp`, `kd01`) is what an agent types, not a buyer: search it as a shortcut code too.
    const query = isCodeLike(text) ? { query: text } : { buyerMessages: [text] };
    return { suggestions: index.suggest(query, limit) };
  };
}
