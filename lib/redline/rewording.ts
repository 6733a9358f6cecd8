import type { Flag } from './types';

/** Clause ends in shop chat: Chinese and Latin punctuation, tildes, line breaks. */
const CLAUSE_END = /[，,。.！!？?；;～~\n]/;

/**
 * The draft with the flagged clause replaced by the flag's compliant wording. Rewordings are whole clauses
 * ("可以开具电子发票，确认收货后在订单页申请即可"), so swapping only the flagged words would leave broken grammar
 * ("我们店可以开具电子发票…的哦"); the clause around them goes, what comes before and after stays.
 */
export function applyRewording(draft: string, flag: Pick<Flag, 'start' | 'end' | 'suggestion'>): string {
  if (flag.suggestion === undefined) return draft;
  let start = flag.start;
  while (start > 0 && !CLAUSE_END.test(draft[start - 1]!)) start--;
  let end = flag.end;
  while (end < draft.length && !CLAUSE_END.test(draft[end]!)) end++;
  return draft.slice(0, start) + flag.suggestion + draft.slice(end);
}
