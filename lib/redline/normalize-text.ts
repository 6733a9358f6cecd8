/**
 * Folds a draft into one canonical spelling so rules are written once: full-width → half-width, lower case, no spaces
 * (agents split "微 信" and "1 3 8…" to dodge filters, and Chinese needs no spaces), a few traditional characters, and
 * the usual disguises of WeChat / QQ / Alipay. Every normalised character remembers the original span it came from, so
 * flags can point into the text the agent actually typed.
 */
import { foldCantonese } from '../dialect/cantonese';

export interface NormalizedText {
  text: string;
  /** Original start offset of each normalised UTF-16 unit; null when it is the identity (nothing was dropped). */
  from: ArrayLike<number> | null;
  /** Original end offset (exclusive) of each normalised UTF-16 unit; null when it is `from + 1`. */
  to: ArrayLike<number> | null;
}

// Traditional forms that show up in drafts pasted from Hong Kong / Taiwan suppliers; only characters our rules use.
const TRADITIONAL =
  '發发開开貨货換换評评價价號号買买賣卖給给轉转帳账賬账碼码證证們们驗验條条運运費费點点這这裡里裏里聯联係系絡络電电話话獎奖勵励紅红寶宝擇择騙骗滾滚傳传僞伪偽伪';
const TRAD_MAP = new Map<number, number>();
for (let i = 0; i < TRADITIONAL.length; i += 2) TRAD_MAP.set(TRADITIONAL.charCodeAt(i), TRADITIONAL.charCodeAt(i + 1));

/**
 * Disguised spellings → canonical word. `v`/`q` alone stay as they are (V领, 220v, VIP): rules look at their neighbours.
 * 维信 is left out: it is also a company name.
 */
const DISGUISES: Array<[RegExp, string]> = [
  [
    /个微|企微|[威薇徽危嶶卫]信|[微威薇徽v](?:❤|♥|❣|💗|💕|💖|💚|💛|💙|💜|🧡)|v信|wei信|微xin|微x|威x|薇x|vx|wx|weixin|wechat|weichat|(?<![a-z])wei(?![a-z])/g,
    '微信',
  ],
  // Code words for WeChat in livestream shops (绿色软件, 绿泡泡) and the penguin emoji for QQ.
  [/绿色(?:的)?(?:那个)?(?:软件|app|聊天软件)|绿泡泡/g, '微信'],
  [/扣扣|抠抠|蔻蔻|企鹅号|q号|\ud83d\udc27/g, 'qq'],
  [/zfb|支fu宝|吱付宝|支附宝|吱呼宝|支護宝|支付包|支付保/g, '支付宝'],
  // Voice input writes 返现 as 反现 and 券 as 卷.
  [/反现/g, '返现'],
  [/优惠卷/g, '优惠券'],
  [/转帐/g, '转账'],
  // Dialect and typos agents really type: 俺 (I), 木有 (没有), 以经 (已经). Cantonese 冇 is folded before (lib/dialect).
  [/俺/g, '我'],
  [/木有/g, '没有'],
  [/以经/g, '已经'],
];
const DISGUISE_HINT = /[威薇徽危嶶卫信微xqwz扣抠蔻企支吱帐❤♥❣绿俺木以反卷]|\ud83d[\udc97-\udc9c\udc27]|\ud83e\udde1/;

// Newlines stay: they end sentences. Variation selectors (❤️ = ❤ + U+FE0F) go with the spaces.
const SPACES = /[^\S\n]|[\u200b-\u200f\u2060\ufeff\ufe00-\ufe0f]/;
// Agents who skip punctuation end a clause with a particle (or an emoji) and a space: "亲 票这块真弄不了 见谅见谅". That
// space becomes a comma; any other space goes (it is how filters are dodged: "加 微 信", "1 3 8…").
const SPACE_ENDS_CLAUSE = /[哈哦呢啦吧呀嘛啊嘞咧哟了呗噢喔咯嗷捏撒噻亲\udc00-\udfff]/;
const HAN = /[\u4e00-\u9fff]/;
const FULL_WIDTH = /[\uff01-\uff5e]/g;
const UPPER = /[A-Z]/g;
const TRAD_CHARS = new RegExp(`[${[...TRAD_MAP.keys()].map((c) => String.fromCharCode(c)).join('')}]`, 'g');

// Each step maps one UTF-16 unit to one (written Cantonese too: 听日 → 明天, lib/dialect), so offsets only move where
// spaces are dropped or disguises rewritten.
const oneToOne = (s: string) =>
  foldCantonese(
    s
      .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(UPPER, (c) => c.toLowerCase())
      .replace(TRAD_CHARS, (c) => String.fromCharCode(TRAD_MAP.get(c.charCodeAt(0))!))
      .replace(/〜/g, '~'),
  );

export function normalizeText(input: string): NormalizedText {
  let out = oneToOne(input);
  let from: Int32Array | null = null;
  let to: Int32Array | null = null;
  if (SPACES.test(out)) {
    const kept = new Int32Array(out.length);
    let k = 0;
    let joined = '';
    for (let i = 0; i < out.length; i++) {
      const c = out[i]!;
      if (!SPACES.test(c)) {
        kept[k++] = i;
        joined += c;
      } else if (i > 0 && SPACE_ENDS_CLAUSE.test(out[i - 1]!)) {
        let j = i + 1;
        while (j < out.length && SPACES.test(out[j]!)) j++;
        if (HAN.test(out[j] ?? '')) {
          kept[k++] = i;
          joined += ',';
        }
      }
    }
    out = joined;
    from = kept.subarray(0, k);
  }
  if (!DISGUISE_HINT.test(out)) return { text: out, from, to };
  for (const [re, canonical] of DISGUISES) {
    re.lastIndex = 0;
    if (!re.test(out)) continue;
    re.lastIndex = 0;
    const f: number[] = [];
    const t: number[] = [];
    const startOf = (j: number) => (from ? from[j]! : j);
    const endOf = (j: number) => (to ? to[j]! : startOf(j) + 1);
    let rebuilt = '';
    let last = 0;
    for (let m = re.exec(out); m; m = re.exec(out)) {
      for (let j = last; j < m.index; j++) {
        f.push(startOf(j));
        t.push(endOf(j));
      }
      rebuilt += out.slice(last, m.index) + canonical;
      const start = startOf(m.index);
      const end = endOf(m.index + m[0].length - 1);
      for (let j = 0; j < canonical.length; j++) {
        f.push(start);
        t.push(end);
      }
      last = m.index + m[0].length;
    }
    for (let j = last; j < out.length; j++) {
      f.push(startOf(j));
      t.push(endOf(j));
    }
    out = rebuilt + out.slice(last);
    from = Int32Array.from(f);
    to = Int32Array.from(t);
  }
  return { text: out, from, to };
}

/** Maps a normalised half-open span back to the original text. */
export function toOriginalSpan(n: NormalizedText, start: number, end: number): [number, number] {
  const last = Math.max(start, end - 1);
  const from = n.from ? n.from[start]! : start;
  const to = n.to ? n.to[last]! : (n.from ? n.from[last]! : last) + 1;
  return [from, to];
}
