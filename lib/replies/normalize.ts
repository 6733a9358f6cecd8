/**
 * Text normalisation and tokenisation for reply search. Chinese has no spaces, so the index works on "units": one unit per
 * Han character, one per run of Latin letters or digits. Search tokens (features.ts) are unit bigrams inside a clause
 * (meaning-bearing pairs like 发票, 退款) plus unigrams; clause breaks (punctuation, emoji, spaces between Han) stop bigrams from spanning them.
 */

import { foldCantonese } from '../dialect/cantonese';

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[a-z0-9]/;

/** Full-width → half-width, case folded, so `ＳＦ`, `Sf` and `sf` are one token; written Cantonese read as Mandarin (冇货 → 没货). */
export function normalizeText(text: string): string {
  return foldCantonese(text.normalize('NFKC').toLowerCase());
}

export function isHan(ch: string): boolean {
  return HAN.test(ch);
}

/**
 * Splits normalised text into clauses of units. Latin/digit runs are one unit each; anything that is neither Han nor
 * Latin/digit ends the clause.
 */
export function toClauses(normalized: string): string[][] {
  const clauses: string[][] = [];
  let units: string[] = [];
  let run = '';
  const flushRun = () => {
    if (run) units.push(run);
    run = '';
  };
  const endClause = () => {
    flushRun();
    if (units.length) clauses.push(units);
    units = [];
  };
  for (const ch of normalized) {
    if (LATIN_OR_DIGIT.test(ch)) {
      run += ch;
    } else if (isHan(ch)) {
      flushRun();
      units.push(ch);
    } else {
      endClause();
    }
  }
  endClause();
  return clauses;
}

/** Characters too common in shop chat to say anything alone (they still count inside bigrams). */
export const STOP_UNIGRAMS: ReadonlySet<string> = new Set(
  '的了吗呢吧啊哦呀哈嘛么亲我你您他她它是在有和就都也还这那个一下们吗么啦哟噢喔嗯好请问能可以要想给让把被对很太多少几'.split(''),
);

/** Only Latin letters and digits, e.g. an agent typing a shortcut code or pinyin initials (`fp`, `kd01`). */
export function isCodeLike(text: string): boolean {
  return /^[a-z0-9]{1,12}$/.test(normalizeText(text).replace(/\s+/g, ''));
}
