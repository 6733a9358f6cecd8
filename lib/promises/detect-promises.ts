/**
 * Finds the promises in one agent message: split into clauses, name each clause's action, judge whether it is a
 * commitment, read its due time, then combine clauses of one sentence that make a single promise.
 *
 * Each clause that commits is a promise of its own, the agent's legwork included: 我去问下仓库，下午给您答复 is two (the
 * warehouse to ask now, the answer due in the afternoon), and so is 明天给您发出，发了把单号告诉您. Within one clause the
 * action the buyer waits for wins (我问下仓库然后给您回复 is one reply; see classify-kind.ts). Clauses of one sentence
 * combine only when they say one thing twice:
 *
 * 1. One shipment said twice: ship/resend/exchange next to each other (给您换一个新的，今天下午发出) is one promise; the
 *    more specific kind (resend, exchange) is kept.
 * 2. The same kind twice (发票今天开好，晚上发您邮箱; 给您退款，半小时后到账): one promise.
 * In both, when the two name times on different days they stay two promises; otherwise the later clause's time wins,
 * since it is the one that narrows the first (周末也给您发，明天上午发出).
 *
 * Times travel between clauses of one message:
 * - A clause with a time and no action of its own (a time alone, or an event the promise waits on: 预计下周三到货, 明天
 *   周一仓库上班, 财务下午上班) lends it to the next clause when that one names no time or only "when it comes"
 *   (到了, 上班后, 第一时间).
 * - An estimate after the promise (…，估计下午 / 应该这周五 / 大概二十分钟) lends its time back to the clause before.
 * - A follow-up with no time of its own (发了第一时间把单号告诉您, 换货的新衣服同步寄出) is due with the promise before it.
 * A clause whose action is generic (今天给您开, 发您, 去催) takes its kind from the topic of the clause before (开票信息我
 * 记下了 → invoice; 仓库没人了 → warehouse).
 */
import {
  findKindMatches,
  GENERIC_ACTION,
  GENERIC_LEGWORK,
  GENERIC_DO,
  legworkTopic,
  nounTopic,
  pickKind,
  sendTopic,
  type KindMatch,
} from './classify-kind';
import { foldCantonese } from '../dialect/cantonese';
import { atTime, isSameDay } from '../time';
import { defaultDue } from './default-due';
import { judgeClause, type Verdict } from './judge-clause';
import { maskQuotes, maskSetPhrases, MASK } from './mask-text';
import { normaliseWidth, readDueTime, type DueReading } from './parse-due-time';
import { splitClauses, type Clause } from './split-clauses';
import type { DetectedPromise, PromiseKind, VagueHint } from './types';

export interface DetectOptions {
  now: Date;
}

/** One clause after analysis; exported for tests and for tools that explain a verdict. */
export interface AnalysedClause {
  clause: Clause;
  /** The clause as analysed (width-normalised, quotes and set phrases masked). */
  text: string;
  matches: KindMatch[];
  action: KindMatch | null;
  /** Empty (no time, no hint) for a clause that neither names an action nor stands next to one: it was not read. */
  reading: DueReading;
  verdict: Verdict | null;
  /** Start of the clause whose time this clause took (明天下午三点前，一定给您发出; 到了通知您，预计周五). */
  lentTimeFrom?: number;
}

interface PromiseUnit {
  kind: PromiseKind;
  due: Date | null;
  hint: VagueHint | null;
  legwork: boolean;
  /** An edit of the order (ORDER_EDIT) with no time said: quick, like legwork. */
  edit: boolean;
  start: number;
  end: number;
  sentence: number;
}

const NO_READING: DueReading = { due: null, hint: null, spans: [] };
const ARRIVAL_CONDITION =
  /^有了(?![结消进动回答])|^(?:等)?(?:货)?到了|^(?:出炉|烧好|做好)了|^(?:等)?到货(?:了|后|之后|以后)?|^(?:一)?到(?:货)?(?:就|马上)|^(?:等)?(?:补|上|进|下来)(?:好|上|齐)?了|^补上就|^有(?:了)?新?货/;
/** The stock coming in: named (到货, 补货) or said of goods with a bare 到/补 at the end (蓝色那款大概十二月中旬到). */
const ARRIVAL_WORD = /有没有|啥时候有|什么时候有|返场|恢复供应|出炉|在路上|下批|到货|补货|来货|货到|有货|上新|上架|进货|缺货|断货|到仓|入仓|到库|[到补]$|补上$|下来$|[到补进来](?:了)?一批|[才就]有$/;
/** Events a promise waits on; a clause naming one with a time lends that time to the promise after it. */
const AWAITED_EVENT = /到货|补货|来货|货到|有货|上新|上架|上班|开工|恢复|揽收|揽件|取件|来收|预计|估计|应该|大概|大约|等我|到$/;
/** Words that point back at a time said before (周六上午有人值班，到时候给您回电话; 换的那件同一天寄出). */
const TIME_ANAPHORA = /到时候?|届时|那时候?|那会儿|同一天|同天|当天|同时/;
/** An estimate of when goods or money arrive (估计明天到, 到账可能要明天) says nothing of when the agent acts. */
const ARRIVAL_ESTIMATE = /到|送达|收到/;
/** Words that make a trailing clause an estimate of when the promise before it happens. */
const ESTIMATE = /估计|预计|应该|大概|大约|差不多|最快|最迟|最晚|约|^[0-9一二两三四五六七八九十半]+个?半?(?:小时|钟头|分钟)(?:左右|搞定|就好|以内)?$/;
/** Hints that only say "as soon as it can be done": a follow-up with one of them is due with the promise before it. */
const FOLLOW_UP_HINTS: ReadonlySet<VagueHint | null> = new Set([null, 'on_result', 'asap']);
const ARRIVAL_OF_MONEY = /到[账帐]|到(?:您的?)?(?:账户|账上|卡上)/;
/** Goods that went missing or arrived broken: what is sent for them is a resend. */
const MISSING_GOODS = /漏发|漏放|漏装|少装|没装|少发|少寄|少了|缺的|缺了|缺件|少的|压坏|摔坏|磕坏|碰坏|破了|碎了|坏了|重新寄|重寄/;
/** Parts sent on their own (螺丝包, 配件, 保修卡): they make up an order that came short, a resend. */
const PART_NOUN = /螺丝|配件|零件|五金|保修卡|说明书|遥控器|门板|滤网/;
const TOP_UP = /充值|点卡|卡密|话费|激活码|兑换码/;
/** 改价格, 改地址, 备注: an edit of the order done while the chat goes on; with no time said it is due within the hour. */
const ORDER_EDIT = /改|备注|加上/;
const STARTED_NOW: ReadonlySet<VagueHint | null> = new Set(['now', 'soon']);
const SHIPMENT: ReadonlySet<PromiseKind> = new Set(['ship', 'resend', 'exchange']);
const WORDS_BACK: ReadonlySet<PromiseKind> = new Set(['reply', 'callback']);
const TIME_FILLER =
  /^(?:好的|好|嗯|亲亲?|哈|哦|呢|啦|呀|吧|的|了|之前|以前|前|以内|之内|内|左右|之间|期间|最晚|最迟|最快|一定|保证|争取|尽量|就|会|在|我们|我|这边|估计|预计|应该|大概|大约|差不多|约|是)+$/;

function isTimeOnly(text: string, reading: DueReading): boolean {
  if (!reading.due) return false;
  const chars = text.split('');
  for (const [start, end] of reading.spans) for (let i = start; i < end; i++) chars[i] = '';
  const rest = chars.join('').replaceAll(MASK, '').trim();
  return rest === '' || TIME_FILLER.test(rest);
}

/** A clause that names no action but a time the clause next to it may take. */
function lendsTime(a: AnalysedClause): boolean {
  return !a.action && a.reading.due !== null && !a.reading.relative;
}

/** The nearest clause before `i` (any sentence) for which `pick` finds something. */
function nearestBefore<T>(before: readonly AnalysedClause[], pick: (a: AnalysedClause) => T | null): T | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const found = pick(before[i]!);
    if (found !== null) return found;
  }
  return null;
}

/**
 * The kind a generic action (给您开, 发您, 去催, 给您过) stands for: a noun fronted in its own clause (发票今天下班前给您
 * 开出来), else the topic of the clause before, else a noun named earlier in the message (发票跨年了要等额度，元旦后给您开).
 */
function genericAction(text: string, before: readonly AnalysedClause[]): KindMatch | null {
  const generic = GENERIC_ACTION.exec(text);
  const prev = before[before.length - 1];
  if (generic) {
    // With no topic before, 发您 and 给您安排上 are about the goods.
    const sends = /发|安排/.test(generic[0]);
    const fronted = text.slice(0, generic.index);
    const own = (sends ? sendTopic(fronted) : null) ?? nounTopic(fronted);
    const topic = prev ? prev.action ?? prev.matches[0] : undefined;
    const info = sends && prev ? sendTopic(prev.text) : null;
    const kind =
      own ??
      info ??
      (topic && !topic.legwork ? topic.kind : null) ??
      nearestBefore(before, (a) => nounTopic(a.text)) ??
      (sends ? 'ship' : /开/.test(generic[0]) ? 'invoice' : null);
    if (kind)
      return {
        kind,
        start: generic.index,
        end: generic.index + generic[0].length,
        mention: false,
      };
  }
  const legwork = GENERIC_LEGWORK.exec(text);
  if (legwork) {
    // 我马上帮您查 with nothing named to ask: the agent's own legwork (other).
    const kind =
      legworkTopic(text) ??
      nearestBefore(before, (a) => legworkTopic(a.text)) ??
      (/[帮给]/.test(legwork[0]) ? 'other' : null);
    if (kind) {
      return {
        kind,
        start: legwork.index,
        end: legwork.index + legwork[0].length,
        mention: false,
        legwork: true,
      };
    }
  }
  return null;
}

/** Every clause of the message with its action, time and verdict. */
export function analyseClauses(message: string, now: Date): AnalysedClause[] {
  // Written Cantonese (听日发, 冇货) is read as Mandarin; same length, so clause offsets stay on the typed text.
  const masked = maskSetPhrases(maskQuotes(foldCantonese(normaliseWidth(message))));
  const clauses = splitClauses(masked);
  const analysed: AnalysedClause[] = clauses.map((clause) => {
    const text = masked.slice(clause.start, clause.end);
    const matches = findKindMatches(text);
    return {
      clause,
      text,
      matches,
      action: pickKind(matches),
      reading: NO_READING,
      verdict: null,
    };
  });
  // Reading times is the costly part; only clauses that may promise, and the clauses either side, need it.
  const mayPromise = analysed.map(
    (a) => a.matches.length > 0 || GENERIC_ACTION.test(a.text) || GENERIC_LEGWORK.test(a.text),
  );
  analysed.forEach((a, i) => {
    if (mayPromise[i] || mayPromise[i + 1] || mayPromise[i - 1]) a.reading = readDueTime(a.text, now);
  });

  for (let i = 0; i < analysed.length; i++) {
    const current = analysed[i]!;
    const prev = analysed[i - 1];
    const next = analysed[i + 1];
    const samePrev = prev && prev.clause.sentence === current.clause.sentence ? prev : undefined;
    const sameNext = next && next.clause.sentence === current.clause.sentence ? next : undefined;

    if (!current.action && mayPromise[i]) current.action = genericAction(current.text, analysed.slice(0, i));
    if (!current.action) continue;
    // 换货的单子明儿给您加急处理 / 给您退10块钱运费，马上操作 / 退款的事您放心，48小时内给您处理完: a bare "do it" is
    // the concrete thing named in its own clause, else in the clause before.
    if (
      current.action.kind === 'other' &&
      GENERIC_DO.test(current.text.slice(current.action.start).replace(/^(?:加急|优先|抓紧|尽快)/, ''))
    ) {
      const ownTopic = current.matches.find((m) => m.mention && !m.legwork && m.kind !== 'other') ?? null;
      const prevTopic = samePrev ? samePrev.action ?? samePrev.matches.find((m) => !m.legwork) ?? null : null;
      const prevKind = prevTopic && !prevTopic.legwork ? prevTopic.kind : samePrev ? nounTopic(samePrev.text) : null;
      // 发票的事周末处理 / 价保差价周四前处理: the noun fronted in the clause itself comes first.
      const fronted = nounTopic(current.text.slice(0, current.action.start));
      const topicKind =
        ownTopic?.kind ?? fronted ?? prevKind ?? nearestBefore(analysed.slice(0, i), (a) => nounTopic(a.text));
      if (topicKind && topicKind !== 'other') current.action = { ...current.action, kind: topicKind };
    }

    // 你那单的物流 明早帮你查: the agent's look-up is aimed at what the clause before named.
    if (current.action.kind === 'other' && /查$/.test(current.text.slice(current.action.start, current.action.end))) {
      const aimed = legworkTopic(current.text) ?? (prev ? legworkTopic(prev.text) : null);
      if (aimed) current.action = { ...current.action, kind: aimed, legwork: true };
    }
    // 充值我现在去处理 五分钟内到账: a top-up arriving is the order delivered, not money back.
    if (current.action.kind === 'refund' && TOP_UP.test(masked) && /到账/.test(current.text.slice(current.action.start)))
      current.action = { ...current.action, kind: 'ship' };

    // 赠品漏放了，下午单独为您寄出 / 缺的螺丝这两天寄过去 / 那件换成一百二的，后天上午寄出: a shipment after missing
    // or broken goods is a resend, after an exchange is that exchange.
    if (current.action.kind === 'ship') {
      const context = current.text + (prev?.text ?? '');
      if (prev?.matches.some((m) => m.kind === 'exchange') || current.matches.some((m) => m.kind === 'exchange' && m.mention))
        current.action = { ...current.action, kind: 'exchange' };
      // 这单整单重发，明儿上午出: the shipment after a resend is named is that resend.
      else if (samePrev?.matches.some((m) => m.kind === 'resend' && !m.mention) && !samePrev.action?.legwork)
        current.action = { ...current.action, kind: 'resend' };
      else if (MISSING_GOODS.test(context) || PART_NOUN.test(current.text)) current.action = { ...current.action, kind: 'resend' };
      else if (/开/.test(current.text) && nounTopic(context) === 'invoice') current.action = { ...current.action, kind: 'invoice' };
    }

    // 电极片缺货，下周三前补上: after a stock-out, 补上 is the stock coming in, not goods resent.
    if (
      current.action.kind === 'resend' &&
      /^补(?:上|齐|好)?$/.test(current.text.slice(current.action.start, current.action.end)) &&
      samePrev &&
      /缺货|断货|没货|没有货/.test(samePrev.text)
    ) {
      current.action = null;
      continue;
    }
    // 换货单我已经给您提了，新的周五发出: the new one sent after an exchange is that exchange, not a resend.
    if (
      current.action.kind === 'resend' &&
      !/补|重/.test(current.text) &&
      samePrev?.matches.some((m) => m.kind === 'exchange')
    ) {
      current.action = { ...current.action, kind: 'exchange' };
    }

    // 预计下周三到货，到了第一时间通知您: a word to the buyer when the stock comes is a restock notice.
    // 到货情况十一月底以前通知您 / 下月一号上新，到时候提醒您: the notice follows a clause about the stock alone.
    if (
      current.action.kind === 'reply' &&
      prev &&
      ARRIVAL_WORD.test(prev.text) &&
      (ARRIVAL_CONDITION.test(current.text) ||
        (!prev.action && (TIME_ANAPHORA.test(current.text) || /通知|提醒/.test(current.text))))
    ) {
      current.action = { ...current.action, kind: 'restock_notice' };
    }

    if (!current.reading.due || current.reading.relative) {
      const startedNow = STARTED_NOW.has(current.reading.hint);
      const prevTimeOnly = prev !== undefined && lendsTime(prev) && isTimeOnly(prev.text, prev.reading);
      // A restock notice waits for the stock, whose day the clause before named (缺货的颜色月底补，补了通知您).
      const awaited = prev !== undefined && (AWAITED_EVENT.test(prev.text) || current.action.kind === 'restock_notice');
      const lender =
        prev && lendsTime(prev) && ((prevTimeOnly && !startedNow) || awaited)
          ? prev
          : sameNext &&
            lendsTime(sameNext) &&
            ESTIMATE.test(sameNext.text) &&
            !(startedNow && ARRIVAL_ESTIMATE.test(sameNext.text))
          ? sameNext
          : TIME_ANAPHORA.test(current.text) && !current.reading.due
          ? analysed
              .slice(0, i)
              .reverse()
              .find((a) => a.reading.due !== null && !a.reading.relative)
          : undefined;
      if (lender?.reading.due) {
        // 明天周一，一上班我先把您这单发了: "once we open" on the day the clause before named.
        const lent = lender.reading.due;
        const own = current.reading.due;
        const anchor = current.reading.relative === true && own !== null && lender === prev && prevTimeOnly;
        current.reading = {
          due: anchor && own ? atTime(lent, own.getHours(), own.getMinutes()) : lent,
          hint: current.reading.hint,
          spans: current.reading.spans,
        };
        current.lentTimeFrom = lender.clause.start;
      } else if (!current.reading.due && ARRIVAL_CONDITION.test(current.text)) {
        // 明天补货，到了马上给您发: "when it arrives" waits for the stock, on the day the clause before named if any.
        current.reading = {
          due: samePrev?.reading.due ?? null,
          hint: 'on_restock',
          spans: current.reading.spans,
        };
      }
    }
    // 明天一早我先去催快递，催完中午前给您回话: a clock with no day falls on the day named before it in the message.
    if (current.reading.dayless && current.reading.due && !current.lentTimeFrom) {
      const own = current.reading.due;
      const named = analysed
        .slice(0, i)
        .reverse()
        .find((a) => a.reading.due !== null && !a.reading.dayless && !a.reading.relative);
      const day = named?.reading.due;
      if (day && day > own && !isSameDay(day, now) && !isSameDay(day, own)) {
        current.reading = { ...current.reading, due: atTime(day, own.getHours(), own.getMinutes()) };
      }
    }
    current.verdict = judgeClause({
      text: current.text,
      terminator: current.clause.terminator,
      action: current.action,
      hasTime: current.reading.due !== null || current.reading.hint !== null,
      hasExactTime: current.reading.due !== null,
      previous: samePrev?.text,
      next: sameNext?.text,
      afterPromise: samePrev?.verdict === 'promise',
    });
  }
  // 明天下午四点前肯定到账，我这边已经给您退了: the money arriving is the consequence of a refund reported done.
  if (analysed.some((a) => a.verdict === 'report' && a.action?.kind === 'refund')) {
    for (const a of analysed) {
      if (a.verdict === 'promise' && a.action?.kind === 'refund' && ARRIVAL_OF_MONEY.test(a.text)) a.verdict = 'fact';
    }
  }
  return analysed;
}

function combine(units: PromiseUnit[], unit: PromiseUnit): void {
  const prev = units[units.length - 1];
  if (!prev || prev.sentence !== unit.sentence) {
    units.push(unit);
    return;
  }
  const timesAgree = !prev.due || !unit.due || isSameDay(prev.due, unit.due);
  const sameThing = prev.kind === unit.kind || (SHIPMENT.has(prev.kind) && SHIPMENT.has(unit.kind));
  if (sameThing && timesAgree) {
    const kind = prev.kind !== 'ship' ? prev.kind : unit.kind;
    units[units.length - 1] = {
      ...prev,
      kind,
      end: unit.end,
      due: unit.due ?? prev.due,
      hint: unit.due ? unit.hint : prev.hint ?? unit.hint,
      legwork: prev.legwork && unit.legwork,
      edit: prev.edit && unit.edit,
    };
    return;
  }
  if (!unit.due && prev.due && FOLLOW_UP_HINTS.has(unit.hint)) unit = { ...unit, due: prev.due };
  // 我这就去仓库问，问完马上回复您: legwork started now has its answer within the hour, not "whenever it comes".
  if (!unit.due && unit.hint === 'on_result' && prev.legwork && !prev.due && STARTED_NOW.has(prev.hint)) {
    unit = { ...unit, hint: 'asap' };
  }
  units.push(unit);
}

/**
 * The promises in one agent message, in order of appearance, at most one per clause. Due times are in the runtime's
 * local zone (the agent's); see parse-due-time.ts for how words become times and default-due.ts for vague ones.
 */
export function detectPromises(text: string, opts: DetectOptions): DetectedPromise[] {
  // A bad --now would otherwise come back as promises due at "Invalid Date".
  if (Number.isNaN(opts.now.getTime())) throw new RangeError('detectPromises: opts.now is not a valid date');
  return promisesOfClauses(text, analyseClauses(text, opts.now), opts.now);
}

/** The promises the analysed clauses of `text` hold (detectPromises; lib/promise-model reuses one analysis). */
export function promisesOfClauses(text: string, analysed: readonly AnalysedClause[], now: Date): DetectedPromise[] {
  const units: PromiseUnit[] = [];
  for (const a of analysed) {
    if (a.verdict !== 'promise' || !a.action) continue;
    // 我问问仓库再答复您 / 明天问厂家再回你: the agent's legwork and the answer it feeds are two promises even in one
    // clause (so labelled in 32 of the 36 lines where an answer follows asking); the legwork is due by the answer (see below).
    const asked = WORDS_BACK.has(a.action.kind)
      ? a.matches.find((m) => m.legwork && !m.mention && m.end <= a.action!.start)
      : undefined;
    if (asked) {
      combine(units, {
        kind: asked.kind,
        due: null,
        hint: a.reading.hint,
        legwork: true,
        edit: false,
        start: a.clause.start,
        end: a.clause.start + asked.end,
        sentence: a.clause.sentence,
      });
    }
    combine(units, {
      kind: a.action.kind,
      due: a.reading.due,
      hint: a.reading.hint,
      legwork: a.action.legwork === true,
      edit: a.action.kind === 'other' && ORDER_EDIT.test(a.text.slice(a.action.start, a.action.end)),
      start: Math.min(a.lentTimeFrom ?? a.clause.start, a.clause.start),
      end: a.clause.end,
      sentence: a.clause.sentence,
    });
  }
  return units.map((u, i) => {
    // Legwork of kind other (跟主管申请一下, 问问师傅) is chased like the warehouse or the courier: soon, not by evening.
    let due = u.due ?? defaultDue((u.legwork || u.edit) && u.kind === 'other' ? 'warehouse' : u.kind, now, u.hint ?? undefined);
    // 我明天去跟快递站吵一架，明天中午之前给您个说法: the legwork is done by the time the answer it feeds is due.
    const answer = u.legwork ? units.slice(i + 1).find((a) => WORDS_BACK.has(a.kind) && a.due !== null) : undefined;
    if (answer?.due && answer.due < due && answer.due > now) due = answer.due;
    return { kind: u.kind, due, text: text.slice(u.start, u.end).trim(), vague: u.due === null };
  });
}
