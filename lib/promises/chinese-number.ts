const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  俩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Source for a regex group that matches the numbers agents write for counts and dates: 3, 24, 三, 两, 十五, 二十四. */
export const NUMBER_SOURCE = '[0-9]{1,3}|[零〇一二两俩三四五六七八九十]{1,4}';

/**
 * Reads Arabic or Chinese numerals up to 99 (十 = 10, 二十四 = 24, 两 = 2). Returns NaN for anything else, so callers
 * can ignore a match instead of inventing a time from it.
 */
export function parseChineseNumber(text: string): number {
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (!/^[零〇一二两俩三四五六七八九十]+$/.test(text)) return Number.NaN;
  const ten = text.indexOf('十');
  if (ten === -1) {
    // 二五 is not how anyone writes 25; only a single digit is a number here.
    return text.length === 1 ? DIGITS[text] ?? Number.NaN : Number.NaN;
  }
  if (text.indexOf('十', ten + 1) !== -1) return Number.NaN;
  const tensText = text.slice(0, ten);
  const onesText = text.slice(ten + 1);
  const tens = tensText === '' ? 1 : tensText.length === 1 ? DIGITS[tensText] ?? Number.NaN : Number.NaN;
  const ones = onesText === '' ? 0 : onesText.length === 1 ? DIGITS[onesText] ?? Number.NaN : Number.NaN;
  return tens * 10 + ones;
}

/**
 * A count, or a range said as two digits (两三天, 三五个工作日, 一两个小时): its upper end, the latest the agent
 * committed to. NaN for anything else.
 */
export function parseCountOrRange(text: string): number {
  const n = parseChineseNumber(text);
  if (!Number.isNaN(n) || text.length !== 2) return n;
  const low = DIGITS[text[0] ?? ''];
  const high = DIGITS[text[1] ?? ''];
  return low !== undefined && high !== undefined && high > low ? high : Number.NaN;
}
