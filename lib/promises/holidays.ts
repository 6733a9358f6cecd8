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
}

const fixed = (month: number, day: number, length: number): Holiday => ({
  firstDay: (year) => new Date(year, month - 1, day),
  length,
});

const lunar = (table: Readonly<Record<number, readonly [number, number]>>, length: number, shift = 0): Holiday => ({
  firstDay: (year) => {
    const md = table[year];
    return md ? addDays(new Date(year, md[0] - 1, md[1]), shift) : null;
  },
  length,
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

/** The words for each holiday, longest first so 双十一 is not read as 十一 (国庆). */
export const HOLIDAYS: ReadonlyArray<readonly [string, Holiday]> = [
  ['双十一|双11', fixed(11, 11, 1)],
  ['双十二|双12', fixed(12, 12, 1)],
  ['元旦', fixed(1, 1, 1)],
  // From 除夕: couriers stop before it and come back around 初八.
  ['春节|过年|大年', lunar(SPRING_FESTIVAL, 8, -1)],
  ['国庆|十一长假|十一假期', fixed(10, 1, 7)],
  ['五一|劳动节', fixed(5, 1, 5)],
  ['中秋', lunar(MID_AUTUMN, 1)],
  ['端午', lunar(DRAGON_BOAT, 1)],
];

export const HOLIDAY_SOURCE = HOLIDAYS.map(([words]) => words).join('|');

export function holidayNamed(word: string): Holiday | undefined {
  return HOLIDAYS.find(([words]) => new RegExp(`^(?:${words})$`).test(word))?.[1];
}
