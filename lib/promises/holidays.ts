/**
 * Holidays agents name as deadlines (元旦前给您发出, 国庆后第一天, 春节前开好发票), with the year taken from `now`.
 * A holiday is its first day and how many days shops and couriers treat as the break; what "before" and "after" mean is
 * decided in parse-due-time.ts. Lunar holidays come from a table (2025–2030): outside it they are not read, and the
 * promise falls back to its other words or to a default.
 */
import { addDays } from '../time';

export interface Holiday {
  /** First day of the holiday in `year`, or null when the table does not know that year. */
  firstDay(year: number): Date | null;
  /** Days from the first day until shops and couriers work again (国庆 7: after = 10月8日). */
  length: number;
  /** A public break shops and couriers stop for (元旦, 春节, 国庆 …), not a shopping festival or an eve. */
  isBreak: boolean;
}

const fixed = (month: number, day: number, length: number, isBreak = false): Holiday => ({
  firstDay: (year) => new Date(year, month - 1, day),
  length,
  isBreak,
});

const lunar = (
  table: Readonly<Record<number, readonly [number, number]>>,
  length: number,
  shift = 0,
  isBreak = false,
): Holiday => ({
  firstDay: (year) => {
    const md = table[year];
    return md ? addDays(new Date(year, md[0] - 1, md[1]), shift) : null;
  },
  length,
  isBreak,
});

/** 正月初一 (the first day of the Spring Festival). */
const SPRING_FESTIVAL: Readonly<Record<number, readonly [number, number]>> = {
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 3],
};
const MID_AUTUMN: Readonly<Record<number, readonly [number, number]>> = {
  2025: [10, 6],
  2026: [9, 25],
  2027: [9, 15],
  2028: [10, 3],
  2029: [9, 22],
  2030: [9, 12],
};
const DRAGON_BOAT: Readonly<Record<number, readonly [number, number]>> = {
  2025: [5, 31],
  2026: [6, 19],
  2027: [6, 9],
  2028: [5, 28],
  2029: [6, 16],
  2030: [6, 5],
};

/**
 * The words for each holiday, longest first so 双十一 is not read as 十一 (国庆). 年 alone is the Spring Festival only
 * right before 前/后 and not after a count or a year word (一年前, 今年后 are not it).
 */
export const HOLIDAYS: ReadonlyArray<readonly [string, Holiday]> = [
  ['双十一|双11', fixed(11, 11, 1)],
  ['双十二|双12', fixed(12, 12, 1)],
  ['618|六一八', fixed(6, 18, 1)],
  ['平安夜', fixed(12, 24, 1)],
  ['圣诞', fixed(12, 25, 1)],
  ['情人节', fixed(2, 14, 1)],
  ['三八|妇女节|女神节', fixed(3, 8, 1)],
  ['元旦', fixed(1, 1, 1, true)],
  // New Year's Eve: 跨年前 is before the night of 31 December.
  ['跨年', fixed(12, 31, 1)],
  ['除夕|大年三十|年三十', lunar(SPRING_FESTIVAL, 1, -1)],
  // From 除夕: couriers stop before it and come back around 初八.
  [
    '春节|过年|大年|(?<![0-9零〇一二两俩三四五六七八九十几去今明前后多每上同当跨新])年(?=之前|以前|前|之后|以后|后)',
    lunar(SPRING_FESTIVAL, 8, -1, true),
  ],
  ['国庆|十一长假|十一假期', fixed(10, 1, 7, true)],
  ['五一|劳动节', fixed(5, 1, 5, true)],
  ['中秋', lunar(MID_AUTUMN, 1, 0, true)],
  ['端午', lunar(DRAGON_BOAT, 1, 0, true)],
];

export const HOLIDAY_SOURCE = HOLIDAYS.map(([words]) => words).join('|');

/** How far around `now` a break may start for 放假回来 / 节后 said without its name to mean it. */
const NEAR_BREAK_DAYS = { before: 7, after: 10 } as const;

/**
 * The first day back after the break nearest `now` (放假回来, 节后, 收假 said without naming it: 元旦放假，放假回来给您退
 * said on 31 December means 1月2日, or the Monday after when that is a weekend). Only public breaks count (not 双十一
 * or 平安夜). Null when no break starts within a week before or ten days after `now`.
 */
export function dayBackFromNearBreak(now: Date): Date | null {
  const today = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  let best: Date | null = null;
  for (const [, holiday] of HOLIDAYS) {
    if (!holiday.isBreak) continue;
    for (const year of [now.getFullYear(), now.getFullYear() + 1]) {
      const first = holiday.firstDay(year);
      if (!first) continue;
      const days = Math.round((first.getTime() - today.getTime()) / 86_400_000);
      if (days < -NEAR_BREAK_DAYS.before || days > NEAR_BREAK_DAYS.after) continue;
      let back = addDays(first, holiday.length);
      while (back.getDay() === 0 || back.getDay() === 6) back = addDays(back, 1);
      if (back >= today && (!best || back < best)) best = back;
    }
  }
  return best;
}

/** The holiday a matched word names; `word` is read with what follows it, so 年 can be told from 年前 by its lookahead. */
export function holidayNamed(word: string, following = ''): Holiday | undefined {
  const text = word + following;
  return HOLIDAYS.find(([words]) => {
    const m = new RegExp(`^(?:${words})`).exec(text);
    return m !== null && m[0] === word;
  })?.[1];
}

/**
 * Day `n` of the first lunar month (初八 = 8) of the Spring Festival nearest ahead of `now`: this year's, or next year's
 * once this year's day is more than a week gone. Null outside the table.
 */
export function lunarNewYearDay(n: number, now: Date): Date | null {
  for (const year of [now.getFullYear(), now.getFullYear() + 1]) {
    const md = SPRING_FESTIVAL[year];
    if (!md) continue;
    const at = new Date(year, md[0] - 1, md[1] + n - 1);
    if (at.getTime() >= now.getTime() - 7 * 24 * 3600 * 1000) return at;
  }
  return null;
}
