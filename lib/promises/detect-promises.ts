/**
 * Finds the promises in one agent message: split into clauses, name each clause's action, judge whether it is a
 * commitment, read its due time, then combine clauses of one sentence that make a single promise:
 *
 * 1. Legwork then outcome: a warehouse or logistics clause followed by another promise (我去问下仓库，下午给您答复) is
 *    one promise of the later kind. Its time is the outcome's, or the legwork's when only that one named a time.
 * 2. One shipment said twice: ship/resend/exchange next to each other (给您换一个新的，今天下午发出) is one promise; the
 *    more specific kind (resend, exchange) is kept, with whichever time was said.
 * 3. The same kind twice, at most one with a time: one promise.
 * 4. A follow-up word: a reply with no time or only "when done" (换好了第一时间告诉您, 补发后给您发单号) after another
 *    promise belongs to it. A reply with its own time (明天给您回复物流单号) stays a promise of its own.
 *
 * A clause that is only a time (好的亲，明天下午三点前，一定给您发出) lends that time to the next clause. A clause
 * whose action is generic (今天给您开, 给您弄好) takes its kind from the clause before it (开票信息我记下了).
 */
import { findKindMatches, GENERIC_ACTION, pickKind, type KindMatch } from './classify-kind';
import { isSameDay } from '../time';
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
  /** Empty (no time, no hint) for a clause that neither names an action nor precedes one: it was not read. */
  reading: DueReading;
  verdict: Verdict | null;
  /** Start of a time-only clause before this one whose time this clause took (明天下午三点前，一定给您发出). */
  lentTimeFrom?: number;
}

interface PromiseUnit {
  kind: PromiseKind;
  due: Date | null;
  hint: VagueHint | null;
  start: number;
  end: number;
  sentence: number;
}

const NO_READING: DueReading = { due: null, hint: null, spans: [] };
const ARRIVAL_CONDITION = /^(?:等)?(?:货)?到了|^(?:等)?到货(?:了|后|之后|以后)?/;
const LEGWORK: ReadonlySet<PromiseKind> = new Set(['warehouse', 'logistics']);
const SHIPMENT: ReadonlySet<PromiseKind> = new Set(['ship', 'resend', 'exchange']);
const TIME_FILLER =
  /^(?:好的|好|嗯|亲亲?|哈|哦|呢|啦|呀|吧|的|了|之前|以前|前|以内|之内|内|左右|最晚|最迟|最快|一定|保证|争取|尽量|就|会|在|我们|我|这边)+$/;

function isTimeOnly(text: string, reading: DueReading): boolean {
  if (!reading.due) return false;
  const chars = text.split('');
  for (const [start, end] of reading.spans) for (let i = start; i < end; i++) chars[i] = '';
  const rest = chars.join('').replaceAll(MASK, '').trim();
  return rest === '' || TIME_FILLER.test(rest);
}

/** Every clause of the message with its action, time and verdict. */
export function analyseClauses(message: string, now: Date): AnalysedClause[] {
  const masked = maskSetPhrases(maskQuotes(normaliseWidth(message)));
  const clauses = splitClauses(masked);
  const analysed: AnalysedClause[] = clauses.map((clause) => {
    const text = masked.slice(clause.start, clause.end);
    const matches = findKindMatches(text);
    return { clause, text, matches, action: pickKind(matches), reading: NO_READING, verdict: null };
  });
  // Reading times is the costly part; only clauses that may promise, and the clause before each, need it.
  const mayPromise = analysed.map((a) => a.matches.length > 0 || GENERIC_ACTION.test(a.text));
  analysed.forEach((a, i) => {
    if (mayPromise[i] || mayPromise[i + 1]) a.reading = readDueTime(a.text, now);
  });

  for (let i = 0; i < analysed.length; i++) {
    const current = analysed[i]!;
    const prev = analysed[i - 1];
    const next = analysed[i + 1];
    const samePrev = prev && prev.clause.sentence === current.clause.sentence ? prev : undefined;
    const sameNext = next && next.clause.sentence === current.clause.sentence ? next : undefined;

    if (!current.action && samePrev) {
      const generic = GENERIC_ACTION.exec(current.text);
      const topic = samePrev.action ?? samePrev.matches[0];
      if (generic && topic) {
        current.action = {
          kind: topic.kind,
          start: generic.index,
          end: generic.index + generic[0].length,
          mention: false,
        };
      }
    }
    if (!current.action) continue;

    const timeOnlyPrev = samePrev && !samePrev.action && isTimeOnly(samePrev.text, samePrev.reading) ? samePrev : null;
    if (!current.reading.due && timeOnlyPrev) {
      current.reading = { due: timeOnlyPrev.reading.due, hint: current.reading.hint, spans: current.reading.spans };
      current.lentTimeFrom = timeOnlyPrev.clause.start;
    } else if (!current.reading.due && ARRIVAL_CONDITION.test(current.text)) {
      // 明天补货，到了马上给您发: "when it arrives" waits for the stock, on the day the clause before named if any.
      const arrival = samePrev?.reading.due ?? null;
      current.reading = { due: arrival, hint: 'on_restock', spans: current.reading.spans };
    }
    current.verdict = judgeClause({
      text: current.text,
      terminator: current.clause.terminator,
      action: current.action,
      hasTime: current.reading.due !== null || current.reading.hint !== null,
      hasExactTime: current.reading.due !== null,
      previous: samePrev?.text,
      next: sameNext?.text,
    });
  }
  return analysed;
}

function combine(units: PromiseUnit[], unit: PromiseUnit): void {
  const prev = units[units.length - 1];
  if (!prev || prev.sentence !== unit.sentence) {
    units.push(unit);
    return;
  }
  const span = { start: prev.start, end: unit.end };
  if (LEGWORK.has(prev.kind) && !LEGWORK.has(unit.kind)) {
    units[units.length - 1] = { ...unit, ...span, due: unit.due ?? prev.due, hint: unit.hint ?? prev.hint };
    return;
  }
  // Two times on the same day are one deadline said twice (周末也给您发，明天上午发出): the earlier is the promise.
  const timesAgree = !prev.due || !unit.due || isSameDay(prev.due, unit.due);
  const due = prev.due && unit.due ? (prev.due < unit.due ? prev.due : unit.due) : prev.due ?? unit.due;
  if (SHIPMENT.has(prev.kind) && SHIPMENT.has(unit.kind) && timesAgree) {
    const kind = prev.kind !== 'ship' ? prev.kind : unit.kind;
    units[units.length - 1] = { ...prev, ...span, kind, due, hint: prev.hint ?? unit.hint };
    return;
  }
  if (prev.kind === unit.kind && timesAgree) {
    units[units.length - 1] = { ...prev, ...span, due, hint: prev.hint ?? unit.hint };
    return;
  }
  if (
    unit.kind === 'reply' &&
    !unit.due &&
    (unit.hint === null || unit.hint === 'on_result') &&
    !LEGWORK.has(prev.kind)
  ) {
    units[units.length - 1] = { ...prev, ...span };
    return;
  }
  units.push(unit);
}

/**
 * The promises in one agent message, in order of appearance, at most one per clause. Due times are in the runtime's
 * local zone (the agent's); see parse-due-time.ts for how words become times and default-due.ts for vague ones.
 */
export function detectPromises(text: string, opts: DetectOptions): DetectedPromise[] {
  const { now } = opts;
  // A bad --now would otherwise come back as promises due at "Invalid Date".
  if (Number.isNaN(now.getTime())) throw new RangeError('detectPromises: opts.now is not a valid date');
  const units: PromiseUnit[] = [];
  for (const a of analyseClauses(text, now)) {
    if (a.verdict !== 'promise' || !a.action) continue;
    combine(units, {
      kind: a.action.kind,
      due: a.reading.due,
      hint: a.reading.hint,
      start: a.lentTimeFrom ?? a.clause.start,
      end: a.clause.end,
      sentence: a.clause.sentence,
    });
  }
  return units.map((u) => ({
    kind: u.kind,
    due: u.due ?? defaultDue(u.kind, now, u.hint ?? undefined),
    text: text.slice(u.start, u.end).trim(),
    vague: u.due === null,
  }));
}
