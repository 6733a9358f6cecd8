import { calendarDaysBetween, MINUTE_MS } from '../time';

/** How far a due time is from now, in the unit a person would say it in. */
export type RelativeDue =
  | { when: 'now' }
  | { when: 'past' | 'future'; unit: 'minute' | 'hour' | 'day'; n: number };

/**
 * Within a minute either way is "now"; under an hour in minutes (rounded); under two days in whole hours (so
 * "25 小时后" stays precise around tomorrow); beyond that in whole days.
 */
export function relativeDue(due: number, now: number): RelativeDue {
  const diff = due - now;
  const minutes = Math.abs(diff) / MINUTE_MS;
  if (minutes < 1) return { when: 'now' };
  const when = diff < 0 ? 'past' : 'future';
  if (minutes < 60) return { when, unit: 'minute', n: Math.min(Math.round(minutes), 59) };
  if (minutes < 48 * 60) return { when, unit: 'hour', n: Math.floor(minutes / 60) };
  return { when, unit: 'day', n: Math.floor(minutes / (24 * 60)) };
}

/** The calendar words for a due time: 今天/明天/昨天 near now, a date otherwise (with the year when it differs). */
export type AbsoluteDue =
  | { day: 'today' | 'tomorrow' | 'yesterday'; time: string }
  | { day: 'date'; month: number; date: number; time: string }
  | { day: 'dateYear'; year: number; month: number; date: number; time: string };

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function absoluteDue(due: number, now: number): AbsoluteDue {
  const d = new Date(due);
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
  const days = calendarDaysBetween(new Date(now), d);
  if (days === 0) return { day: 'today', time };
  if (days === 1) return { day: 'tomorrow', time };
  if (days === -1) return { day: 'yesterday', time };
  if (d.getFullYear() !== new Date(now).getFullYear()) {
    return { day: 'dateYear', year: d.getFullYear(), month: d.getMonth() + 1, date: d.getDate(), time };
  }
  return { day: 'date', month: d.getMonth() + 1, date: d.getDate(), time };
}
