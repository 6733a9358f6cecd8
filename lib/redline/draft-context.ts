/**
 * Meaning checks around a candidate match in the normalised draft. A keyword is only a red line when the agent is
 * doing or saying the thing: not when warning the buyer against it (请勿私下转账), denying it twice (不会不给您开发票),
 * or repeating the buyer's own question back (您问能不能加微信).
 */

/** How context can cancel a match: `act` = an action or claim a negation/warning cancels (加微信, 能根治);
 *  `deny` = a refusal whose own negation is a double negative (不会不给开, 不存在特价不退); `none` = literal. */
export type ContextMode = 'act' | 'deny' | 'none';

const isClauseBreak = (c: string) => ',!?;~\n。…'.includes(c);
const isSentenceBreak = (c: string) => '!?;\n。…'.includes(c);

export function clauseStart(t: string, i: number): number {
  while (i > 0 && !isClauseBreak(t[i - 1]!)) i--;
  return i;
}
export function sentenceStart(t: string, i: number): number {
  while (i > 0 && !isSentenceBreak(t[i - 1]!)) i--;
  return i;
}
export function sentenceEnd(t: string, i: number): number {
  while (i < t.length && !isSentenceBreak(t[i]!)) i++;
  return i;
}
/** The sentence holding [s, e) plus the one before it: where lawful exemptions (定制, 生鲜…) are usually stated. */
export function nearWindow(t: string, s: number, e: number): string {
  const start = sentenceStart(t, s);
  return t.slice(start > 0 ? sentenceStart(t, start - 1) : 0, sentenceEnd(t, e));
}

// Words that start with 不/没/别 but negate nothing here; blanked out before looking for a negator.
const FALSE_NEGATORS =
  /不好意思|不然|不过|不管|不如|不错|不少|不同|不久|不仅|不光|不只|不但|不论|不知道|不一样|不满意|不喜欢|不舒服|不方便|不合适|不清楚|不到|不放心|不信|不太|不确定|不行|不了|没问题|没关系|没事|没想到|没多久|没货|没空|别的|别家|别处|别着急|别急/g;
const ACT_NEGATOR =
  /(?:不要|不能|不可以|不可能|不会|不用|不需要|不必|无需|无须|请勿|切勿|勿|别|禁止|严禁|谨防|提防|警惕|小心|拒绝|杜绝|没有|没|并非|不是|从不|从没|绝不|决不|绝对不|不得|避免|防止|不存在|莫|不)([^]{0,6})$/;
const DENY_NEGATOR =
  /(?:不会|不是|不存在|没有说|没说|没讲|并没有|并不|从没|从来没|从来不|哪有|怎么会|不可能|绝不会|决不会|没有不)([^]{0,5})$/;
// A filler holding one of these starts a new thought, so the negator before it no longer reaches the match.
const FILLER_BREAK = /就|直接|可以|才|再|然后|所以|但|而是|只|的话|吧|请|问题/;
const WARN_PREFIX =
  /(?:有人|陌生人|别人|任何人|骗子|第三方|其他人|对方|任何|所有|冒充客服|假冒客服|自称客服)(?:的人)?(?:让|叫|要求|要|诱导|引导|说)(?:您|你)?[^]{0,4}$/;
// 您担心是假货吗 / 怕是高仿: the buyer's worry, not the agent's claim.
const WORRY_PREFIX = /(?:担心|害怕|怕|以为|怀疑|误以为)[^]{0,4}$/;
const QUOTE_BACK = /^(?:亲亲?|您好)?(?:您|你)(?:刚才|刚刚|之前)?(?:是想|是要|是|想|要)?(?:问|说|提到|咨询|讲|的意思是)/;
const WARN_SUFFIX =
  /^[^!?;\n。…]{0,16}?(?:都是骗|是骗子|骗子|诈骗|骗局|没有保障|没保障|没有任何保障|不受保护|不安全|有风险|被骗|上当|是违规|属于违规|违规的|千万别信|不要信|别信|不要相信|别相信|不要理会|别理会|是假的|都是假|不可信|要当心)/;
const REFUSE_SUFFIX = /^[^,!?;~\n。…]{0,6}?(?:我们|本店|咱家|我家|咱们)?家?(?:不做|不卖|不搞|不参与|从来不|绝不)/;
const DENY_SUFFIX = /^[^!?;\n。…]{0,6}?(?:这种说法|的说法|这一说|这回事)/;
const OPEN_QUOTES = '“「『"\'';
const CLOSE_QUOTES = '”」』"\'';
const QUOTE_LEAD = /(?:说|问|提到|写|叫|所谓|这种|什么|那种)的?$/;
const QUOTE_TAIL = /^(?:这种说法|的说法|是什么意思|是吧|对吧|吗|的情况|这种)/;

function negatedBefore(prefix: string, negator: RegExp, maxFillerIfBuShi: number): boolean {
  const m = negator.exec(prefix.replace(FALSE_NEGATORS, (w) => '·'.repeat(w.length)));
  if (!m) return false;
  const filler = m[1] ?? '';
  if (filler.includes('·') || FILLER_BREAK.test(filler)) return false;
  // 不是质量问题不退 is a refusal, 不是不给退 is not: 不是 only cancels what follows it closely.
  if (m[0].startsWith('不是') && filler.length > maxFillerIfBuShi) return false;
  return true;
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
  return QUOTE_LEAD.test(t.slice(Math.max(0, open - 4), open)) || QUOTE_TAIL.test(t.slice(close + 1, close + 6));
}

/** True when the words at [s, e) of the normalised draft are not the agent doing or saying the red-line thing. */
export function contextCancels(t: string, s: number, e: number, mode: ContextMode): boolean {
  if (mode === 'none') return false;
  const cs = clauseStart(t, s);
  if (QUOTE_BACK.test(t.slice(cs, s + 1)) || insideReportedQuote(t, s, e)) return true;
  const prefix = t.slice(Math.max(cs, s - 14), s);
  if (mode === 'deny') return negatedBefore(prefix, DENY_NEGATOR, 1) || DENY_SUFFIX.test(t.slice(e));
  return (
    negatedBefore(prefix, ACT_NEGATOR, 6) ||
    WARN_PREFIX.test(prefix) ||
    WORRY_PREFIX.test(prefix) ||
    WARN_SUFFIX.test(t.slice(e)) ||
    REFUSE_SUFFIX.test(t.slice(e))
  );
}
