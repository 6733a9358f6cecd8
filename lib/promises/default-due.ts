import { addDays, addMinutes, atTime, minutesOfDay } from '../time';
import type { PromiseKind, VagueHint } from './types';

/**
 * Defaults for promises that name no time. The point is a reminder at a moment a real shop would accept, not precision:
 * the agent can move it. Values (minutes from now unless noted):
 *
 * | hint        | words                          | default                                                    |
 * |-------------|--------------------------------|------------------------------------------------------------|
 * | now         | 马上 立刻 这就 现在就            | +15 min                                                    |
 * | soon        | 稍后 一会儿 等下 待会             | +30 min                                                    |
 * | asap        | 尽快 第一时间 抓紧               | +1 h, moved out of quiet hours                             |
 * | later       | 晚点 回头 晚些                   | +2 h                                                       |
 * | on_result   | 有结果 问好了 有消息             | +2 h, moved out of quiet hours (time to chase the answer)  |
 * | on_restock  | 到货 补货了 有货了               | about a day later, in waking hours (check the stock)       |
 * | (none)      | ship/resend/exchange/refund/invoice/other | end of the working day: today 18:00 if it is before the 16:00 dispatch cut-off, else tomorrow 18:00 |
 * | (none)      | reply/callback/warehouse/logistics | +1 h, moved out of quiet hours                           |
 *
 * `now`, `soon` and `later` are not moved out of quiet hours: the agent is at the desk and set the pace (晚点 said at 21:00
 * means later this evening, not tomorrow morning). The others depend on people
 * (warehouse, courier, finance) who are not: a due time from 22:00 or before 09:00 moves to 10:00 the next morning.
 * restock_notice always waits for stock, whatever the hint ("到货了马上通知您" is not due in 15 minutes): with no date
 * said, the agent checks on it about a day later (now + 23 h 50 min, inside the day that follows); one that would fire
 * before 09:00 fires the evening before at 21:00 instead, so a reminder never wakes anyone and never waits past a day.
 */
export const WORKDAY_END = { hours: 18, minutes: 0 } as const;
export const DISPATCH_CUTOFF = { hours: 16, minutes: 0 } as const;
export const QUIET_AFTER = { hours: 22, minutes: 0 } as const;
export const QUIET_UNTIL = { hours: 9, minutes: 0 } as const;
export const MORNING_CHECK = { hours: 10, minutes: 0 } as const;
export const RESTOCK_CHECK_MINUTES = 23 * 60 + 50;
const RESTOCK_EVENING = { hours: 21, minutes: 0 } as const;

export const HINT_DEFAULT_MINUTES: Readonly<Record<Exclude<VagueHint, 'on_restock'>, number>> = {
  now: 15,
  soon: 30,
  asap: 60,
  later: 120,
  on_result: 120,
};

const QUICK_KINDS: ReadonlySet<PromiseKind> = new Set(['reply', 'callback', 'warehouse', 'logistics']);
const QUICK_KIND_MINUTES = 60;

/** Moves a reminder that would fire at night to 10:00 the next working morning. */
export function outOfQuietHours(due: Date): Date {
  const m = minutesOfDay(due);
  if (m >= QUIET_AFTER.hours * 60 + QUIET_AFTER.minutes) {
    return atTime(addDays(due, 1), MORNING_CHECK.hours, MORNING_CHECK.minutes);
  }
  if (m < QUIET_UNTIL.hours * 60 + QUIET_UNTIL.minutes) return atTime(due, MORNING_CHECK.hours, MORNING_CHECK.minutes);
  return due;
}

/** End of the working day in which something dispatched "today" can still leave: before 16:00 today, else tomorrow. */
export function endOfWorkingDay(now: Date): Date {
  const beforeCutoff = minutesOfDay(now) < DISPATCH_CUTOFF.hours * 60 + DISPATCH_CUTOFF.minutes;
  return atTime(beforeCutoff ? now : addDays(now, 1), WORKDAY_END.hours, WORKDAY_END.minutes);
}

/** The due time of a promise of `kind` that named no time, or only a vague one (`hint`). */
export function defaultDue(kind: PromiseKind, now: Date, hint?: VagueHint): Date {
  if (kind === 'restock_notice' || hint === 'on_restock') {
    const check = addMinutes(now, RESTOCK_CHECK_MINUTES);
    const early = minutesOfDay(check) < QUIET_UNTIL.hours * 60 + QUIET_UNTIL.minutes;
    return early ? atTime(addDays(check, -1), RESTOCK_EVENING.hours, RESTOCK_EVENING.minutes) : check;
  }
  if (hint === 'now' || hint === 'soon' || hint === 'later') return addMinutes(now, HINT_DEFAULT_MINUTES[hint]);
  if (hint) return outOfQuietHours(addMinutes(now, HINT_DEFAULT_MINUTES[hint]));
  if (QUICK_KINDS.has(kind)) return outOfQuietHours(addMinutes(now, QUICK_KIND_MINUTES));
  return endOfWorkingDay(now);
}
