/**
 * Calendar arithmetic in the runtime's local zone. Every function returns a new Date and never mutates its input.
 * Days are added with setDate (not 86 400 000 ms) so a DST change in the agent's zone does not shift wall-clock times.
 */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** ISO weekday: Monday = 1 … Sunday = 7, the way Chinese speakers count 周一…周日. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export function startOfDay(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate());
}

/** The same calendar day at hh:mm (local). */
export function atTime(date: Date, hours: number, minutes = 0): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate(), hours, minutes);
}

export function addDays(date: Date, days: number): Date {
  const d = new Date(date.getTime());
  d.setDate(d.getDate() + days);
  return d;
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * MINUTE_MS);
}

export function addHours(date: Date, hours: number): Date {
  return new Date(date.getTime() + hours * HOUR_MS);
}

export function isSameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

export function isoWeekday(date: Date): IsoWeekday {
  const day = date.getDay();
  return (day === 0 ? 7 : day) as IsoWeekday;
}

/** Monday 00:00 of the ISO week that holds `date`. */
export function startOfIsoWeek(date: Date): Date {
  return addDays(startOfDay(date), 1 - isoWeekday(date));
}

/** Whole calendar days from a's day to b's day (b later → positive), ignoring the clock. */
export function calendarDaysBetween(a: Date, b: Date): number {
  const utcA = Date.UTC(a.getFullYear(), a.getMonth(), a.getDate());
  const utcB = Date.UTC(b.getFullYear(), b.getMonth(), b.getDate());
  return Math.round((utcB - utcA) / (24 * HOUR_MS));
}

/**
 * The next `weekday` at hh:mm on or after `from`'s day. With `includeToday` (default true) today counts when it is that
 * weekday, even if hh:mm has passed — "周五之前" said on Friday evening means today, not a week later.
 */
export function nextWeekdayAt(
  from: Date,
  weekday: IsoWeekday,
  hours: number,
  minutes = 0,
  options: { includeToday?: boolean } = {},
): Date {
  const includeToday = options.includeToday ?? true;
  let ahead = (weekday - isoWeekday(from) + 7) % 7;
  if (ahead === 0 && !includeToday) ahead = 7;
  return atTime(addDays(from, ahead), hours, minutes);
}

/** The given weekday of the ISO week after `from`'s (下周X): on a Sunday, 下周一 is tomorrow. */
export function weekdayOfNextWeek(from: Date, weekday: IsoWeekday, hours: number, minutes = 0): Date {
  return atTime(addDays(startOfIsoWeek(from), 7 + weekday - 1), hours, minutes);
}

/** Start of the last day of `date`'s month. */
export function lastDayOfMonth(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth() + 1, 0);
}

/** Start of day `day` of the month `monthOffset` months from `date`'s, clamped to that month's length. */
export function dayOfMonth(date: Date, day: number, monthOffset = 0): Date {
  const last = new Date(date.getFullYear(), date.getMonth() + monthOffset + 1, 0).getDate();
  return new Date(date.getFullYear(), date.getMonth() + monthOffset, Math.min(Math.max(day, 1), last));
}

/** `days` working days (Mon–Fri) after `date`, keeping its clock time. Weekends are skipped, public holidays are not known. */
export function addWorkingDays(date: Date, days: number): Date {
  let d = new Date(date.getTime());
  let left = days;
  while (left > 0) {
    d = addDays(d, 1);
    if (isoWeekday(d) <= 5) left -= 1;
  }
  return d;
}

/** `date` itself when it falls on Monday–Friday, else the Monday after (the clock is kept). Public holidays are not known. */
export function nextWorkingDay(date: Date): Date {
  const weekday = isoWeekday(date);
  return weekday <= 5 ? new Date(date.getTime()) : addDays(date, 8 - weekday);
}

/** Minutes since local midnight. */
export function minutesOfDay(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}
