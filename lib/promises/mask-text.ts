/**
 * Hides the parts of a message that must not be read as the agent's own commitment, one character for one so offsets
 * still point into the original: the buyer's words quoted back (您说的“明天给您发”), and polite set phrases whose 不/没
 * or 您 would read as a negation or a request to the buyer (不好意思, 您放心, 别着急).
 */

export const MASK = '＿';

const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['“', '”'],
  ['"', '"'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
];

const SET_PHRASES =
  /不好意思|不客气|(?:请您|您|亲)?(?:不用担心|不要担心|别担心|别着急|不要着急|不着急|放心吧|放心|稍等一下|稍等)|请放心|请稍等|没问题|没关系|不麻烦|让您久等了|久等了|不急/g;

export function maskQuotes(text: string): string {
  const chars = text.split('');
  for (const [open, close] of QUOTE_PAIRS) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start === -1) break;
      const end = text.indexOf(close, start + 1);
      if (end === -1) break;
      for (let i = start + 1; i < end; i++) chars[i] = MASK;
      from = end + 1;
    }
  }
  return chars.join('');
}

export function maskSetPhrases(text: string): string {
  return text.replace(SET_PHRASES, (m) => MASK.repeat(m.length));
}
