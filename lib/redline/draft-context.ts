/**
 * Meaning checks around a candidate match in the normalised draft. A keyword is only a red line when the agent is
 * doing or saying the thing: not when warning the buyer against it (请勿私下转账), denying it twice (不会不给您开发票),
 * or repeating the buyer's own question back (您问能不能加微信).
 */

/** How context can cancel a match: `act` = an action or claim a negation/warning cancels (加微信, 能根治);
 *  `deny` = a refusal whose own negation is a double negative (不会不给开, 不存在特价不退); `quote` = only quoting,
 *  warnings and other actors cancel, a negator does not (别在这浪费我时间, 没量好怪谁); `none` = literal. */
export type ContextMode = 'act' | 'deny' | 'quote' | 'none';

const isClauseBreak = (c: string) => ',!?;~\n。…'.includes(c);
const isSentenceBreak = (c: string) => '!?;\n。…'.includes(c);

// How far a clause or sentence is looked for. Real clauses are far shorter; a pasted wall of text with no punctuation
// would otherwise make every match scan (and re-test) the whole draft, quadratic in its length.
const REACH = 100;

export function clauseStart(t: string, i: number): number {
  const stop = Math.max(0, i - REACH);
  while (i > stop && !isClauseBreak(t[i - 1]!)) i--;
  return i;
}
export function sentenceStart(t: string, i: number): number {
  const stop = Math.max(0, i - REACH);
  while (i > stop && !isSentenceBreak(t[i - 1]!)) i--;
  return i;
}
export function sentenceEnd(t: string, i: number): number {
  const stop = Math.min(t.length, i + REACH);
  while (i < stop && !isSentenceBreak(t[i]!)) i++;
  return i;
}
/** The sentence holding [s, e) plus the one before it: where lawful exemptions (定制, 生鲜…) are usually stated. */
export function nearWindow(t: string, s: number, e: number): string {
  const start = sentenceStart(t, s);
  return t.slice(start > 0 ? sentenceStart(t, start - 1) : 0, sentenceEnd(t, e));
}

// Words that start with 不/没/别 but negate nothing here, and A-not-A questions (能不能退, 是不是, 有没有): blanked out
// before looking for a negator.
const FALSE_NEGATORS =
  /不好意思|不然|不过|不管|不如|不错|不少|不同|不久|不仅|不光|不只|不但|不论|不知道|不一样|不满意|不喜欢|不舒服|不方便(?!$|加|给|留|发|透露|告诉|私)|不合适|不清楚|不到|不放心|不信|不太|不确定|不行|不了|不客气|不着急|不要紧|不一定|没问题|没关系|没事|没想到|没多久|没货|没空|别的|别家|别处|别着急|别急|要不然|要不|([能可会要行好对给退开支是有坏])[不没]\1/g;
const NEGATOR =
  '不要|不能|不可以|不可能|不会|不用|不需要|不必|无需|无须|请勿|切勿|勿|别|禁止|严禁|谨防|提防|警惕|小心|拒绝|杜绝|没有|没|并非|不是|从不|从没|从来不|从未|绝不|决不|绝对不|永远不|不得|避免|防止|不存在|莫|不';
const ACT_NEGATOR = new RegExp(`(?:${NEGATOR})([^]{0,6})$`);
// 不会让您私下转账或提供验证码: one negator reaches every object it coordinates.
const ACT_NEGATOR_FAR = new RegExp(`(?:${NEGATOR})([^]{0,18})$`);
const COORDINATOR = /或者|或是|或|以及|还是|和|及|跟|、|也不|也别|也没/;
const DENY_NEGATOR =
  /(?:不会|不是说|不是|不存在|没有说|没说|没讲|并没有|并不|从没|从来没|从来不|从不|从未|绝不|决不|永远不|哪有|怎么会|不可能|不代表|不等于|不意味着|没有不|没有|没)([^]{0,5})$/;
// A filler holding one of these starts a new thought, so the negator before it no longer reaches the match.
const FILLER_BREAK = /就|直接|可以|才|再|然后|所以|但|而是|只|的话|吧|请|问题/;
const WARN_PREFIX =
  /(?:有人|陌生人|别人|任何人|骗子|第三方|其他人|对方|任何|所有|冒充客服|假冒客服|自称客服)(?:的人)?(?:让|叫|要求|要|诱导|引导|说)(?:您|你)?[^]{0,4}$/;
const NEGATIVE_START = /[不没无非未别勿]/;
// Someone else is doing it: 有人自称客服要您…, 有的店开票要加税点, 如果有人以店铺名义让您删差评.
const OTHER_ACTOR =
  /有人|陌生人|别人|任何人|骗子|第三方|其他人|冒充|假冒|自称|(快递员|快递小哥|骑手|配送员)[^,]{0,2}(让|叫|要|找)|有的店|有些店|有的商家|有些商家|有些卖家|个别商家|别的店|其他店|外面的店|网上|(?:别家|别人家|人家)(?:说|讲|写)|(?:谁|哪个|哪位)(?:跟(?:您|你))?(?:说|讲)|不法分子|以(店铺|客服|我们)的?名义|(任何|所有|那些)(让|叫|要求|要)/;
// 您担心是假货吗 / 怕是高仿: the buyer's worry, not the agent's claim.
const WORRY_PREFIX = /(?:担心|害怕|怕|以为|怀疑|误以为)[^]{0,4}$/;
const QUOTE_BACK =
  /^(?:亲亲?|您好)?(?:您|你)(?:刚才|刚刚|之前)?(?:是想|是要|是|想|要)?(?:问|说|提到|咨询|讲|的意思是)(?!的|个|一?下|多少|说)/;
const WARN_SUFFIX =
  /^[^!?;\n。…]{0,16}?(?:都是骗|是骗子|骗子|诈骗|骗局|没有保障|没保障|没有任何保障|不受保护|不安全|有风险|被骗|上当|是违规|属于违规|违规的|千万别信|不要信|别信|不要相信|别相信|不要理会|别理|不要理|是假的|都是假|不可信|要当心|警惕|举报|挂断|谨防|防骗|千万(?:别|不要)(?:发|给|告诉|透露|泄露)|不是我们(?:发|说|的)|不是本店|(?<!不是|不)瞎吹|是谣言|(?:是)?(?:网上)?(?:乱说|瞎说|胡说|胡扯)|不是(?:我的?|我们的?)?联系方式|我们?可?不敢(?:说|保证|打包票|承诺)|我们?可?不敢?(?:这么|这样)(?:说|讲|宣传|写))/;
const REFUSE_SUFFIX =
  /^[^,!?;~\n。…]{0,6}?(?:我们|本店|咱家|我家|咱们|咱|俺们|俺)?家?(?:不做|不卖|不搞|不干|不弄|不整|不参与|不碰|不沾|不进|不收|不接|从来不|从不|绝不|没有这|没这)/;
const DENY_SUFFIX_NEAR = /^[^!?;\n。…]{0,2}?(?:这种说法|的说法|这一说|这回事)/;
const DENY_SUFFIX = /^[^!?;\n。…]{0,6}?(?:这种说法|的说法|这一说|这回事|是别家|是别人家)/;
// “全网最低”这种话我们不敢说: the words are named as something the shop will not say.
const SAYING_DENIED =
  /^[^!?;\n。…]{0,8}?(?:这种|这样的|这类|这个|这|那种)(?:话|说法|词|字眼|用语|宣传)[^!?;\n。…]{0,6}?(?:不敢|不能|不会|不可以|不让|不允许|违规|违法|禁止|是违|不说|不讲|不写|不用)/;
const SAYING_NAMED = /^[^,!?;~\n。…]{0,3}?(?:那|这)(?:种|个)?说法/;
const OPEN_QUOTES = '“「『"\'';
const CLOSE_QUOTES = '”」』"\'';
const QUOTE_LEAD = /(?:说|问|提到|写|叫|回复|讲|所谓|这种|什么|那种|有没有|没有|不说|不写|不讲|像)的?$/;
const QUOTE_TAIL =
  /^(?:这种|这话|这句话?|的说法|(?:那|这)个?说法|是什么意思|是吧|对吧|吗|的情况|是别家|是别人|是骗|是这行|是黑话|之类|这个词|不是我们|不存在)/;

function negatedBefore(prefix: string, negator: RegExp, maxFillerIfBuShi: number): boolean {
  const blanked = prefix.replace(FALSE_NEGATORS, (w) => '·'.repeat(w.length));
  const m = negator.exec(blanked);
  if (m) {
    const filler = m[1] ?? '';
    // 不是说拆了就不能退: what is said not to be so reaches past a 就.
    if (m[0].startsWith('不是说') && !filler.includes('·')) return true;
    if (filler.includes('·') || FILLER_BREAK.test(filler)) return false;
    // 没有视频的任何问题一律不处理: a negated modifier (…的) describes the noun, it does not negate what follows.
    if (filler.length > 1 && filler.endsWith('的')) return false;
    // 不是质量问题不退 is a refusal, 不是不给退 is not: 不是 (and 没有: 没有不给退的情况) only cancels what follows closely.
    if (/^(?:不是|没)/.test(m[0]) && filler.length > maxFillerIfBuShi) return false;
    return true;
  }
  if (negator !== ACT_NEGATOR) return false;
  // 不会让您私下转账或提供验证码 / 不用加QQ也不用加微信: the negator before a coordination covers each part.
  const far = ACT_NEGATOR_FAR.exec(blanked);
  if (!far) return false;
  const parts = far[1]!.split(COORDINATOR);
  return parts.length > 1 && parts.every((p) => p.length <= 8 && !p.includes('·') && !FILLER_BREAK.test(p));
}

function insideReportedQuote(t: string, s: number, e: number): boolean {
  const from = sentenceStart(t, s);
  let open = -1;
  for (let i = from; i < s; i++) {
    const c = t[i]!;
    if (open < 0 && OPEN_QUOTES.includes(c)) open = i;
    else if (open >= 0 && CLOSE_QUOTES.includes(c)) open = -1;
  }
  if (open < 0) return false;
  let close = e;
  while (close < t.length && !CLOSE_QUOTES.includes(t[close]!)) close++;
  if (close >= t.length) return false;
  return QUOTE_LEAD.test(t.slice(Math.max(0, open - 4), open)) || QUOTE_TAIL.test(t.slice(close + 1, close + 7));
}

/**
 * True when the words at [s, e) of the normalised draft are not the agent doing or saying the red-line thing.
 * [s, e) is the predicate of the match (or the whole match when the rule marks none).
 */
export function contextCancels(t: string, s: number, e: number, mode: ContextMode): boolean {
  if (mode === 'none') return false;
  // 能不能退 / 开不开票: an A-not-A question, not a refusal.
  if ('不没'.includes(t[s]!) && s > 0 && t[s - 1] === t[s + 1]) return true;
  const cs = clauseStart(t, s);
  if (QUOTE_BACK.test(t.slice(cs, s + 1)) || insideReportedQuote(t, s, e)) return true;
  const prefix = t.slice(Math.max(cs, s - 20), s);
  const after = t.slice(e, e + 40);
  if (OTHER_ACTOR.test(prefix) || WARN_SUFFIX.test(after) || SAYING_DENIED.test(after)) return true;
  if (mode === 'quote') return false;
  // 别担心退不了: the buyer's worry named, whatever the predicate.
  if (WORRY_PREFIX.test(prefix)) return true;
  // 原单那说法本身就不靠谱: the trade word named as a saying, not used.
  if (SAYING_NAMED.test(after)) return true;
  // A predicate that is itself negative (没有授权, 不退) is only undone by a second negation, as in deny mode.
  if (mode === 'deny' || NEGATIVE_START.test(t[s]!)) {
    // 没有无理由退货这一说 denies the right itself (这一说 right after it); 没有开票要加钱的说法 denies a longer claim.
    const deniesRight = /^(?:没有|不存在)/.test(t.slice(s, s + 3)) && DENY_SUFFIX_NEAR.test(after);
    return negatedBefore(prefix, DENY_NEGATOR, 1) || (!deniesRight && DENY_SUFFIX.test(after));
  }
  return (
    negatedBefore(prefix, ACT_NEGATOR, 6) ||
    WARN_PREFIX.test(prefix) ||
    WORRY_PREFIX.test(prefix) ||
    REFUSE_SUFFIX.test(after)
  );
}

/**
 * The same judgement for a whole match whose predicate sits inside it: the predicate decides, and a negation in front
 * of the whole frame, inside the same clause, covers it too (我们不会因为好评给任何奖励).
 */
export function frameCancels(t: string, s: number, ps: number, pe: number, mode: ContextMode): boolean {
  if (contextCancels(t, ps, pe, mode)) return true;
  if (mode === 'none' || mode === 'quote' || ps === s || clauseStart(t, s) !== clauseStart(t, ps)) return false;
  const prefix = t.slice(Math.max(clauseStart(t, s), s - 20), s);
  return negatedBefore(prefix, mode === 'deny' ? DENY_NEGATOR : ACT_NEGATOR, mode === 'deny' ? 1 : 6);
}
