import { sentenceEnd, sentenceStart } from './draft-context';

/**
 * Finds phone numbers and QQ / WeChat numbers however they are spelled: spaced or full-width digits (already folded by
 * normalisation), dashes, or Chinese numerals (幺三八…, 一三九零…). Order, tracking and model numbers, prices and sizes
 * are not contacts, and neither is the buyer's own number read back while checking the delivery address.
 */

// Chinese numerals (lower and upper case) and circled digits, each above the digit it stands for.
const CN_DIGITS = '零〇洞幺一二两三四五六七八九壹贰叁肆伍陆柒捌玖⓪①②③④⑤⑥⑦⑧⑨';
const CN_VALUES = '000112234567891234567890123456789';
const CONTACT_BEFORE = /(?:电话|手机|qq|微信|号码|联系|拨打|打我|打给|tel|座机|热线|(?<![a-z])[vq])[^]{0,6}$/;
const NAMED_CHANNEL = /电话|手机|qq|微信|(?<![a-z])[vq](?![a-z])/;
const NOT_CONTACT_BEFORE =
  /单号|订单|运单|快递|物流|编号|型号|货号|条码|邮编|工号|批号|序列号|sku|id|价|金额|尺寸|规格|编码/;
const UNIT_AFTER =
  /^(?:元|块|件|个|cm|mm|kg|g|米|斤|ml|%|号楼|栋|室|单元|毫安|mah|w|年|月|日|天|小时|分|岁|码|次|折|人|份|包|盒|瓶|支|张|片|条|克|升|万)/;
// Public service lines (顺丰 95338, 12315, 400/800 numbers) are for anyone to call: not a private contact.
const PUBLIC_LINE = /^(?:95\d{3,4}|96\d{3}|1[0-2]3\d{2}|100\d{2}|[48]00\d{7})$/;
const ADDRESS_CHECK = /(?:核对|确认|核实)[^!?;\n。…]{0,4}(?:收货|地址|信息)|收货人|收件人/;

const DIGIT = `[0-9${CN_DIGITS}]`;
// Five or more digits, one separator allowed between them (138-1234-5678, 138.1234.5678, 15🌸86🌸77…): agents put
// punctuation, symbols or an emoji between digit groups to slip past filters.
const SEPARATOR = '(?:[-_.·—*#~/|]|[\\u2600-\\u27bf]|[\\ud83c-\\ud83e][\\udc00-\\udfff])';
const DIGIT_RUN = new RegExp(`${DIGIT}(?:${SEPARATOR}?${DIGIT}){4,}`, 'g');

export function findContactNumbers(t: string): Array<[number, number]> {
  const found: Array<[number, number]> = [];
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(t); m; m = DIGIT_RUN.exec(t)) {
    let digits = '';
    let chinese = 0;
    for (const c of m[0]) {
      const k = CN_DIGITS.indexOf(c);
      if (k >= 0) {
        digits += CN_VALUES[k];
        chinese++;
      } else if (c >= '0' && c <= '9') digits += c;
    }
    const start = m.index;
    const end = start + m[0].length;
    if (isContact(t, start, end, digits, chinese)) found.push([start, end]);
    else if (chinese >= 5) {
      // 一三九零七七二八八四一 24小时在: the spoken number ran into the next figure once spaces were dropped.
      const tail = /[0-9]+$/.exec(m[0]);
      if (tail && UNIT_AFTER.test(t.slice(end, end + 3))) {
        const cut = end - tail[0].length;
        if (isContact(t, start, cut, digits.slice(0, digits.length - tail[0].length), chinese)) found.push([start, cut]);
      }
    }
  }
  return found;
}

function isContact(t: string, start: number, end: number, digits: string, chinese: number): boolean {
  // SF1234…, JD…: part of a tracking or product code.
  if (/[a-z]/.test(t[start - 1] ?? '') || /[a-z]/.test(t[end] ?? '')) return false;
  if (UNIT_AFTER.test(t.slice(end, end + 3)) || PUBLIC_LINE.test(digits)) return false;
  // A run of Chinese numerals is ordinary text unless it is long enough to be a number someone dictates.
  if (chinese > 0 && chinese < 5) return false;
  const before = t.slice(Math.max(0, start - 12), start);
  const sentence = t.slice(sentenceStart(t, start), sentenceEnd(t, end));
  if (ADDRESS_CHECK.test(sentence)) return false;
  const mobile = digits.length === 11 && /^1[3-9]/.test(digits);
  // 原单号码是…, 订单号码…: the order word is nearer the number than the generic 号码.
  if (NOT_CONTACT_BEFORE.test(before) && !NAMED_CHANNEL.test(before)) return false;
  if (CONTACT_BEFORE.test(before)) return digits.length <= 12;
  return mobile;
}
