/**
 * Splits a chat message into clauses, the unit that holds at most one promise. Commas, full stops, spaces and the like
 * end a clause; 。！？ and line breaks also end a sentence, the unit within which clauses may combine (我去问下仓库，
 * 下午给您答复 is one promise). 然后/再 do not split: 我问下仓库然后给您回复 is one clause that mixes two actions.
 */

export interface Clause {
  /** [start, end) in the message, without the surrounding delimiters and blanks. */
  start: number;
  end: number;
  /** Index of the sentence the clause belongs to. */
  sentence: number;
  /** The delimiter characters that followed the clause ('' at the end of the message). */
  terminator: string;
}

const CLAUSE_END = /[，,、；;～~…：:—\s\u3000]/;
const SENTENCE_END = /[。！!？?\n\r]/;

function isDelimiter(text: string, i: number): boolean {
  const c = text[i] ?? '';
  if (c === '.') return !/[0-9]/.test(text[i + 1] ?? '') || !/[0-9]/.test(text[i - 1] ?? '');
  // 15:30 is a time, not two clauses.
  if (c === ':' || c === '：') return !(/[0-9]/.test(text[i - 1] ?? '') && /[0-9]/.test(text[i + 1] ?? ''));
  return CLAUSE_END.test(c) || SENTENCE_END.test(c);
}

export function splitClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  let sentence = 0;
  let i = 0;
  while (i < text.length) {
    let endsSentence = false;
    while (i < text.length && isDelimiter(text, i)) {
      if (SENTENCE_END.test(text[i] ?? '') || text[i] === '.') endsSentence = true;
      i += 1;
    }
    if (i >= text.length) break;
    if (endsSentence && clauses.length > 0) sentence += 1;
    const start = i;
    while (i < text.length && !isDelimiter(text, i)) i += 1;
    const end = i;
    let terminator = '';
    let j = i;
    while (j < text.length && isDelimiter(text, j)) terminator += text[j++];
    clauses.push({ start, end, sentence, terminator });
  }
  return clauses;
}
