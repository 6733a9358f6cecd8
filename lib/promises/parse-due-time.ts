/**
 * Reading the due time of a promise from its Chinese wording.
 *
 * Semantics (the agent's local zone is Date's local zone; "day default" is 18:00, the end of a shop's working day):
 * - A deadline (…前 / 之前 / 以前 / 以内 / 内) is due AT the deadline: 明天下午三点前 → tomorrow 15:00.
 *   A time without 前 is due at that time too: the reminder fires when the agent said it would happen.
 * - A day without a time (明天发货, 周五, 11月25号, 后天) → that day 18:00. If that day is today and 18:00 has passed,
 *   "late today": 23:00, or when it is already 22:00 or later, one hour from now (never past 23:59).
 * - A named day as a deadline (周五前, 12月5号之前, 下周一之前, 1号前) is the day-sized 三点前: due the day before at 18:00,
 *   which both readings of 前 (by Friday / before Friday) accept and which leaves the agent a day to act. When the day
 *   before is already gone (周五前 said on Friday) it is the day itself. Holidays follow the same rule (元旦前 → 31 Dec).
 *   Relative days keep their day (明天之前 → tomorrow), and so do 月底前 / 年底前 (the last day: a period, not a day).
 * - A part of the day is due at its end: 早上/一早/明早/天亮 10:00, 一上班/上班后/开工 10:00 (下午上班 14:00), 上午 12:00,
 *   中午/午饭前 12:00, 下午 18:00, 白天 18:00, 下班前/晚饭前 18:00, 傍晚 19:00, 晚上/今晚 21:00 (Cantonese 下昼/上昼 are
 *   下午/上午, 听日 is 明天). Said alone after that end, it means tomorrow's (上午
 *   said at 15:00 → tomorrow 12:00) unless the period is still going on (今晚 said at 22:30 → one hour from now).
 *   "Before" a part that has a start means before it starts: 下午之前 → 12:00, 晚上之前 → 18:00.
 * - Colloquial days read as the plain ones: 今儿/今日 → 今天, 明儿/明日/次日/隔天/第二天 → 明天, 后儿 → 后天.
 * - Holidays (holidays.ts), in the year `now` points to (the next one not yet passed): 元旦/国庆/春节/除夕/跨年 alone →
 *   its first day; …前 → the day before it; …后 / 忙完 / 过完 → the first day after the break (元旦后 → 1月2日, 国庆后 →
 *   10月8日, 春节后/年后 → 初八, 双十二忙完 → 12月13日; 后第二天 one more); …后第一个工作日 / 放假回来 → that day or the
 *   Monday after it when it falls on a weekend. 年前/年后 are the Spring Festival's. 初N (初八, 年后初十) is day N of the
 *   first lunar month. 放假回来 / 节后 / 收假后 without a name: the first working day back from the public break
 *   (isBreak in holidays.ts) that starts within a week before or ten days after `now`. Each as a day at the day default.
 * - A duration said as an estimate without 后/内 (大概二十分钟, 等我五分钟) is due after it, like 二十分钟内.
 * - A clock time without 上午/下午: 1–7 o'clock means the afternoon (shops do not promise 3 a.m.; 三点前 → 15:00); 8–11
 *   means the morning if still ahead today, the evening if it is already past noon and that is still ahead (八点半 said
 *   at 14:00 → 20:30), else tomorrow morning; 12 is noon; 13–23 are read as written. A bare time already past today means tomorrow.
 * - N小时内 / N分钟内 / N小时后 / 半小时内 / 一刻钟后 / 24h内 / 30min后 / 个把小时 → now + N; 半天内 → now + 4 h. N天内 → now + N days; N个工作日内 → N working days (Mon–Fri)
 *   from now; 一周内 → now + 7 days. N天后 / 两周 → that day at 18:00. A range (三到五天, 3-5个工作日, 一两周) is due
 *   at its upper end; 十天半个月 → in 15 days.
 * - Weekdays: 周五 / 周五之前 / 这周五 is this week's Friday, or next week's once this week's has gone (said on Saturday →
 *   next Friday); said on a Friday it means today. 下周X is X of the next ISO week (Monday-first, as in China): said on
 *   Sunday, 下周一 is tomorrow.
 * - 本周内 / 这周 → this Friday 18:00, or Sunday 18:00 when it is already the weekend. 下周 / 下周内 → next week's Friday.
 *   周末 → Saturday 18:00 (today on a weekend); 周末前 → Friday; 下周末 → next week's Saturday; 下周初 → next Monday.
 * - 这两天 / 过两天 / 明后天 / 一两天 → in 2 days at 18:00; 今明两天 → tomorrow; 这几天 / 过几天 / 两三天 → in 3 days.
 * - 月底(前) / 这个月内 → last day of the month; 月初 → the 3rd (of next month once past); 月中 → the 15th; 下个月
 *   alone → its 5th; 年底 / 年内 → 31 December;
 *   上旬 / 中旬 / 下旬 → the 5th / 15th / 25th (of the month named, else this month's or next month's once past).
 * - 明天这个时候 → that day at the clock of `now`. 三点一刻 → 15:15. 零点前 → 23:59 of the day (before midnight), and so
 *   are 今晚/晚上十二点(前) and a bare 12点前 said after 18:00 (the night's twelve, not tomorrow's noon).
 * - A month and day in figures (12.12前, 12/15) read like 12月12号, but only where a date can stand (not 12.5元, 2.5公斤).
 * - 25号(之前) without a month → this month's 25th, or next month's once past.
 * - 11月25号 without a year → this year's, except when that date is more than 30 days gone, then next year's (1月5号 said on
 *   31 December → 5 January next year). A date up to 30 days gone stays in the past, so the reminder shows as overdue at
 *   once: a slip ("11月25号" typed on 1 December) is better caught now than eleven months later.
 * - Vague words give no time, only a hint for defaultDue (default-due.ts): 马上 now, 稍后/一会儿 soon, 尽快 asap, 晚点 later,
 *   有结果/问好了 on_result, 到货/补货 on_restock. Any time that is said wins over a vague word in the same clause.
 *
 * chrono-node's Simplified-Chinese parser (chrono.zh.hans) reads the day and clock words (今天/明天/后天/明早, 下午三点, 15:30, 11月25号).
 * Weekdays, durations and the forms above that it misses or reads differently (三点前 as 03:00, 下周一 on a Sunday as a week
 * later, N天内 as noon of day N, 上午 as 06:00, 25号 not at all) are read here first and hidden from chrono.
 */
// The root import, not 'chrono-node/zh/hans': that subpath comes from the package's "./*/*" exports pattern, which Vite's
// resolver (resolve.exports) expands wrongly, so WXT builds and vitest cannot load it (Node and esbuild can).
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import {
  addDays,
  addMinutes,
  addWorkingDays,
  atTime,
  calendarDaysBetween,
  dayOfMonth,
  isSameDay,
  isoWeekday,
  lastDayOfMonth,
  nextWeekdayAt,
  nextWorkingDay,
  startOfDay,
  weekdayOfNextWeek,
  type IsoWeekday,
} from '../time';
import { NUMBER_SOURCE, parseChineseNumber, parseCountOrRange } from './chinese-number';
import { dayBackFromNearBreak, HOLIDAY_SOURCE, holidayNamed, lunarNewYearDay } from './holidays';
import type { VagueHint } from './types';

export interface DueReading {
  /** The due time the words name, by the rules above; null when no time was said. */
  due: Date | null;
  /** The vague time word in the text, if any (meaningful when `due` is null). */
  hint: VagueHint | null;
  /** Character ranges [start, end) read as time words, including vague ones. */
  spans: ReadonlyArray<readonly [number, number]>;
  /**
   * The time came only from a work-start anchor (上班后, 一上班) with no day or clock: "once we open", which a clause
   * before may have pinned down (财务下午上班，上班后马上给您开票).
   */
  relative?: boolean;
  /**
   * The time is a clock or a part of the day with no day named (中午前, 三点): today's or tomorrow's by the rules above,
   * unless a clause before in the message named the day (明天一早去催快递，催完中午前给您回话).
   */
  dayless?: boolean;
}

const DAY_DEFAULT = { hours: 18, minutes: 0 } as const;
const LATE_TODAY = { hours: 23, minutes: 0 } as const;
const LATE_TODAY_FROM_MINUTES = 22 * 60;
const PAST_DATE_GRACE_DAYS = 30;

type Span = readonly [number, number];

interface PartOfDay {
  /** Due time when this part of the day is named. */
  end: readonly [number, number];
  /** After this the part is over: named alone, it then means tomorrow's. */
  close: readonly [number, number];
  /** 1–7 o'clock in this part means the afternoon/evening. */
  afternoon: boolean;
  /** 中午一点 is 13:00, 中午十一点 is 11:00. */
  noon?: true;
  /** 今晚 / 明早 name their day too. */
  dayOffset?: number;
  /** Due time of "before this part" (下午之前 → 12:00), for parts that start later than the working day does. */
  before?: readonly [number, number];
  /** A work-start anchor (上班后): relative to a day the clause or the one before may name. */
  anchor?: true;
}

const MORNING: PartOfDay = { end: [10, 0], close: [12, 0], afternoon: false };
const EVENING: PartOfDay = {
  end: [21, 0],
  close: [24, 0],
  afternoon: true,
  before: [18, 0],
};
const PARTS_OF_DAY: ReadonlyArray<readonly [RegExp, PartOfDay]> = [
  [/今晚|当晚/, { ...EVENING, dayOffset: 0 }],
  [/明晚/, { ...EVENING, dayOffset: 1 }],
  [/今早/, { ...MORNING, dayOffset: 0 }],
  [/明早/, { ...MORNING, dayOffset: 1 }],
  [/晚上|夜里|晚间/, EVENING],
  [/傍晚/, { end: [19, 0], close: [20, 0], afternoon: true }],
  [/下班(?:之前|以前|前)|收工前|(?:吃)?晚饭(?:之前|以前|前)/, { end: [18, 0], close: [24, 0], afternoon: true }],
  [/(?:下午|午后)上班/, { end: [14, 0], close: [15, 0], afternoon: true }],
  [/下午|午后|下昼|晏昼/, { end: [18, 0], close: [19, 0], afternoon: true, before: [12, 0] }],
  [/(?:吃)?午饭(?:之前|以前|前)/, { end: [12, 0], close: [13, 0], afternoon: false, noon: true }],
  [/中午|晌午/, { end: [12, 0], close: [14, 0], afternoon: false, noon: true }],
  [/上午|上昼/, { end: [12, 0], close: [12, 0], afternoon: false }],
  [/(?<![下不没])(?:一|等|到)?(?:上班|开工)(?!时间)/, { end: [10, 0], close: [12, 0], afternoon: false, anchor: true }],
  [/一早|早上|早晨|清早|大早|早起|天(?:一)?亮/, MORNING],
  [/白天(?!上班|开工)/, { end: [18, 0], close: [18, 0], afternoon: true }],
];

/** Colloquial day words, replaced one character for one so offsets still point into the original. */
const COLLOQUIAL_DAYS: ReadonlyArray<readonly [RegExp, string]> = [
  [/明儿早/g, '明早＿'],
  [/今儿个?|今日/g, '今天'],
  [/明儿个?|明日|次日|隔天|[听聽]日/g, '明天'],
  [/后儿个?/g, '后天'],
  [/(?<!后)第二天/g, '＿明天'], // 元旦后第二天 counts from the holiday, not from today
  // 三点一刻 / 三点三刻: chrono reads neither
  [/(?<=点)一刻/g, '15'],
  [/(?<=点)三刻/g, '45'],
];
const COLLOQUIAL_GATE = /儿|日|隔天|第二天|刻/;

function readColloquialDays(text: string): string {
  if (!COLLOQUIAL_GATE.test(text)) return text;
  let out = text;
  for (const [re, plain] of COLLOQUIAL_DAYS)
    out = out.replace(re, (m) => plain.padEnd(m.length, '＿').slice(0, m.length));
  return out;
}

const VAGUE_WORDS: ReadonlyArray<readonly [VagueHint, RegExp]> = [
  ['on_restock', /到货|补货|(?<!没)有货|来货|货到|上架|新货到/],
  [
    'on_result',
    /有(?:结果|消息|进展|回复|回音|答复|准信|反馈|更新|动静|信儿?|眉目)|一签收|签收(?:后|了)|问(?:好|清楚|到了|完)|查(?:到|好|清楚|完)|核实(?:好|后|清楚|完)|确认(?:好|后|清楚|完)|处理好|弄好|换好了|退好了|等(?:仓库|快递|厂家|师傅|财务|主管|领导|那边|他们|对方).{0,4}(?:回复|答复|消息|反馈|回话)/,
  ],
  ['now', /马上|立刻|立即|立马|这就|现在就|现在(?=[给帮去来改处弄办操加])|即刻|当即|(?:我|先)去(?![年过])/],
  ['soon', /稍后|稍等|一会儿?|待会儿?|等会儿?|等下|等一下|过会儿?|随后/],
  ['asap', /尽快|尽早|抓紧|加急|赶紧|第一时间|优先|早点|快点/],
  ['later', /晚点|晚些|晚一点|晚一些|回头|迟点|迟些/],
];

const N = `(${NUMBER_SOURCE})`;
const WEEKDAY_NUMBERS: Readonly<Record<string, IsoWeekday>> = {
  一: 1,
  '1': 1,
  二: 2,
  '2': 2,
  三: 3,
  '3': 3,
  四: 4,
  '4': 4,
  五: 5,
  '5': 5,
  六: 6,
  '6': 6,
  日: 7,
  天: 7,
  '7': 7,
};

/** What the recognisers found; composed into one due time at the end. */
interface Findings {
  instant?: { at: Date; index: number };
  /** `before`: the day was said as a deadline (周五前, 12月5号之前), which falls due the day before (see the header). */
  day?: { at: Date; index: number; before?: boolean };
  clock?: {
    hour: number;
    minute: number;
    meridiemKnown: boolean;
    index: number;
  };
  part?: PartOfDay;
  hint: VagueHint | null;
  spans: Span[];
}

/** Full-width digits and colon to ASCII, one character for one, so offsets still point into the original. */
export function normaliseWidth(text: string): string {
  // 一哈 is 川渝 for 一下 (问一哈快递, 看一哈后台); same length, so offsets hold.
  return text
    .replace(/[０-９：]/g, (c) => (c === '：' ? ':' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)))
    .replace(/一哈(?=[\u4e00-\u9fa5])/g, '一下');
}

function lateToday(now: Date): Date {
  const minutes = now.getHours() * 60 + now.getMinutes();
  if (minutes < LATE_TODAY_FROM_MINUTES) return atTime(now, LATE_TODAY.hours, LATE_TODAY.minutes);
  const hourLater = addMinutes(now, 60);
  const endOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59);
  return hourLater < endOfToday ? hourLater : endOfToday;
}

/** A day that was named without a time of day, at the day default. */
function dayAtDefault(day: Date, now: Date): Date {
  const due = atTime(day, DAY_DEFAULT.hours, DAY_DEFAULT.minutes);
  return isSameDay(day, now) && due <= now ? lateToday(now) : due;
}

type Recogniser = (match: RegExpExecArray, now: Date, f: Findings) => void;

function setInstant(f: Findings, at: Date, index: number): void {
  if (!f.instant || index < f.instant.index) f.instant = { at, index };
}

function setDay(f: Findings, at: Date, index: number, before = false): void {
  if (!f.day || index < f.day.index)
    f.day = before ? { at: startOfDay(at), index, before } : { at: startOfDay(at), index };
}

const BEFORE_WORD = /^(?:之前|以前|前)/;

/** 周五前 said on Wednesday: Thursday. Said on Thursday or Friday, today (never a day already gone). */
function dayBeforeDeadline(day: Date, now: Date): Date {
  const before = addDays(day, -1);
  return before >= startOfDay(now) ? before : day;
}

function minutesOf(countText: string | undefined, half: boolean, unit: string): number {
  const count =
    countText === undefined || countText === '半' ? 0 : countText === '个把' ? 1 : parseCountOrRange(countText);
  const base = countText === '半' ? 0.5 : count + (half ? 0.5 : 0);
  if (unit.startsWith('分') || unit.trim().startsWith('min')) return base;
  if (unit.startsWith('刻')) return base * 15;
  return base * 60;
}

/**
 * Recognisers for what chrono misses or reads differently; each consumes its span so chrono does not read it again.
 * The first element is a cheap gate: most clauses have none of these words and skip the full pattern.
 */
const RECOGNISERS: ReadonlyArray<readonly [RegExp, RegExp, Recogniser]> = [
  // 两小时后, 半小时内, 一个半小时内, 30分钟后, 24小时内, 一刻钟以后, 24h内, 30min后, 个把小时
  [
    /小时|钟头|分钟|刻钟|[0-9] ?(?:h|H|min)/,
    new RegExp(
      `(?:(?<=过)(${NUMBER_SOURCE}|半|个把)个?(半)?(小时|钟头|分钟|刻钟)(?!以内|之内|内)|(${NUMBER_SOURCE}|半|个把)?个?(半)?(小时|钟头|分钟|刻钟|(?<=[0-9]) ?(?:hours?|hrs?|h|H|mins?))(?:以内|之内|内|之后|以后|后|左右))`,
      'g',
    ),
    (m, now, f) => {
      // 过两个钟头 (after two hours) reads like 两小时后.
      const minutes = m[3] ? minutesOf(m[1], m[2] === '半', m[3]) : minutesOf(m[4], m[5] === '半', m[6] ?? '');
      if (minutes > 0 && Number.isFinite(minutes)) setInstant(f, addMinutes(now, minutes), m.index);
    },
  ],
  // 大概二十分钟, 等我五分钟, a clause opening on 二十分钟: an estimate without 后/内
  [
    /小时|钟头|分钟|刻钟/,
    new RegExp(
      `(?:大概|大约|约|估计|预计|差不多|等我|再等|给我|^)(${NUMBER_SOURCE}|半)个?(半)?(小时|钟头|分钟|刻钟)`,
      'g',
    ),
    (m, now, f) => {
      const minutes = minutesOf(m[1], m[2] === '半', m[3] ?? '');
      if (minutes > 0 && Number.isFinite(minutes)) setInstant(f, addMinutes(now, minutes), m.index);
    },
  ],
  // 初八, 年后初十, 正月十五 is not read: days of the first lunar month, around the Spring Festival
  [
    /初/,
    /(?:正月|农历|(?:过完?)?年后|春节后)?(?<![月最当起])初([一二三四五六七八九十])(?![中级])/g,
    (m, now, f) => {
      const n = parseChineseNumber(m[1] ?? '');
      if (n >= 1) {
        const at = lunarNewYearDay(n, now);
        if (at) setDay(f, at, m.index);
      }
    },
  ],
  // 元旦前, 国庆后第一天, 春节之前, 双十一当天, 元旦后第一个工作日
  [
    new RegExp(HOLIDAY_SOURCE),
    new RegExp(
      `(${HOLIDAY_SOURCE})(?:节|假期|长假|放假)?(之前|以前|前|(?:之后|以后|过后|后|结束后|忙完|过完|放假回来|回来)(?:的)?(?:第一个工作日|第一个上班日|上班第一天|第[一二三四五]天)?|当天|那天)?`,
      'g',
    ),
    (m, now, f) => {
      const holiday = holidayNamed(m[1] ?? '', m.input.slice(m.index + (m[1] ?? '').length));
      if (!holiday) return;
      const when = m[2] ?? '';
      const target = (year: number): Date | null => {
        const first = holiday.firstDay(year);
        if (!first) return null;
        // 跨年前 said on 31 December: the day before is gone, the holiday is not — today.
        if (/前/.test(when))
          return addDays(first, -1) < startOfDay(now) && first >= startOfDay(now) ? first : addDays(first, -1);
        // 元旦后第二天 counts from the first day after; 元旦后第一个工作日 skips a weekend.
        const nth = /第([一二三四五])天/.exec(when);
        const after = addDays(first, holiday.length + (nth ? parseChineseNumber(nth[1] ?? '一') - 1 : 0));
        if (/工作日|上班|回来/.test(when)) return nextWorkingDay(after);
        if (/后|完/.test(when)) return after;
        return first;
      };
      const today = startOfDay(now);
      let at = target(now.getFullYear());
      if (at && at < today) at = target(now.getFullYear() + 1);
      if (at) setDay(f, at, m.index);
    },
  ],
  // 明天这个时候: the clock of now, on the day named before it
  [
    /这个(?:时候|点)/,
    /(?<=(?:明天|后天|大后天|(?:周|礼拜|星期)[一二三四五六日天])(?:的)?)这个(?:时候|点儿?)/g,
    (m, now, f) => {
      if (!f.clock) f.clock = { hour: now.getHours(), minute: now.getMinutes(), meridiemKnown: true, index: m.index };
    },
  ],
  // 放假回来, 节后, 收假后: the first day back from the break nearest now
  [
    /假|节后/,
    /(?:放假|假期|休假|(?<![请休病])假)(?:结束)?(?:回来|之后|以后|后)(?:的)?(?:第一个工作日|第一个上班日|上班第一天|第一天)?|收假(?:后|以后|之后)?|节后/g,
    (m, now, f) => {
      const back = dayBackFromNearBreak(now);
      if (back) setDay(f, back, m.index);
    },
  ],
  // 两个工作日内, 3个工作日
  [
    /工作/,
    new RegExp(`(?<!第)${N}个?工作(?:日|天)(?:以内|之内|内)?`, 'g'),
    (m, now, f) => {
      const n = parseCountOrRange(m[1] ?? '');
      if (n > 0) setInstant(f, addWorkingDays(now, n), m.index);
    },
  ],
  // 三到五天, 3-5个工作日: the upper end, the latest the agent committed to
  [
    /[到至~\-－—]/,
    new RegExp(`${N}(?:到|至|~|-|－|—)${N}个?(工作日|工作天|天|日)(?:以内|之内|内|左右)?`, 'g'),
    (m, now, f) => {
      const high = parseChineseNumber(m[2] ?? '');
      if (!(high > 0) || !(high > parseChineseNumber(m[1] ?? ''))) return;
      if ((m[3] ?? '').startsWith('工作')) setInstant(f, addWorkingDays(now, high), m.index);
      else setDay(f, addDays(now, high), m.index);
    },
  ],
  // 三天内 → now + 3 days; 两天后 → that day at the day default
  [
    /[天日]/,
    new RegExp(`${N}个?(?:天|日)(以内|之内|内|之后|以后|后)`, 'g'),
    (m, now, f) => {
      const n = parseCountOrRange(m[1] ?? '');
      if (!(n > 0)) return;
      if ((m[2] ?? '').endsWith('内')) setInstant(f, addDays(now, n), m.index);
      else setDay(f, addDays(now, n), m.index);
    },
  ],
  // 个把小时: about an hour
  [
    /个把/,
    /个把(?:小时|钟头)/g,
    (m, now, f) => {
      setInstant(f, addMinutes(now, 60), m.index);
    },
  ],
  // 半天内: half a working day
  [
    /半天/,
    /半天(?:以内|之内|内)/g,
    (m, now, f) => {
      setInstant(f, addMinutes(now, 4 * 60), m.index);
    },
  ],
  // 一周内, 两个星期内, 一周后, 一两周
  [
    /[周期拜]/,
    new RegExp(`${N}个?(?:周|星期|礼拜)(以内|之内|内|之后|以后|后)?(?![一二三四五六日天1-7末年])`, 'g'),
    (m, now, f) => {
      const n = parseCountOrRange(m[1] ?? '');
      if (!(n > 0)) return;
      if ((m[2] ?? '').endsWith('内')) setInstant(f, addDays(now, 7 * n), m.index);
      else setDay(f, addDays(now, 7 * n), m.index);
    },
  ],
  // 下个月10号, 这个月25号: a day of a named month
  [
    /月/,
    new RegExp(`(下个?|这个?|本)月${N}(?:号|日)(之前|以前|前)?`, 'g'),
    (m, now, f) => {
      const day = parseChineseNumber(m[2] ?? '');
      if (day >= 1 && day <= 31) setDay(f, dayOfMonth(now, day, m[1]?.startsWith('下') ? 1 : 0), m.index, !!m[3]);
    },
  ],
  // 十二月中旬, 下个月上旬, 中旬: the 5th, 15th or 25th (this month's, or next month's once past)
  [
    /旬/,
    new RegExp(`(?:(${NUMBER_SOURCE})月份?|(下个?|这个?|本)月)?(上|中|下)旬`, 'g'),
    (m, now, f) => {
      const day = m[3] === '上' ? 5 : m[3] === '中' ? 15 : 25;
      const month = m[1] ? parseChineseNumber(m[1]) : Number.NaN;
      if (month >= 1 && month <= 12) setDay(f, yearForMonthDay(month, day, now), m.index);
      else if (m[2]) setDay(f, dayOfMonth(now, day, m[2].startsWith('下') ? 1 : 0), m.index);
      else setDay(f, dayOfMonth(now, day, now.getDate() > day ? 1 : 0), m.index);
    },
  ],
  // 月底, 这个月底之前, 下个月底, 月初, 下个月初, 月中, 年底
  [
    /[月年]/,
    /(下个?|这个?|本)?月(底|末|初|中|内|之内|以内)|(?:今)?年(?:底|末|内)|下个?月(?![0-9零〇一二两俩三四五六七八九十底末初中内号份])/g,
    (m, now, f) => {
      if (m[0].includes('年')) {
        setDay(f, new Date(now.getFullYear(), 11, 31), m.index);
        return;
      }
      const offset = m[1]?.startsWith('下') || m[2] === undefined ? 1 : 0;
      const which = m[2];
      // 下个月 alone: early next month, when the agent should get to it.
      if (which === undefined) setDay(f, dayOfMonth(now, 5, 1), m.index);
      else if (which === '底' || which === '末' || which.endsWith('内'))
        setDay(f, lastDayOfMonth(dayOfMonth(now, 1, offset)), m.index);
      else if (which === '中') setDay(f, dayOfMonth(now, 15, offset === 0 && now.getDate() > 15 ? 1 : offset), m.index);
      else setDay(f, dayOfMonth(now, 3, offset === 0 && now.getDate() > 3 ? 1 : offset), m.index);
    },
  ],
  // 周五, 周五之前, 这周五, 下周一, 星期天, 礼拜六, 下下周二
  [
    /[周期拜]/,
    /(?<!上个?)(下下个?|下一?个?|这一?个?|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])(之前|以前|前)?/g,
    (m, now, f) => {
      const weekday = WEEKDAY_NUMBERS[m[2] ?? ''];
      if (!weekday) return;
      const prefix = m[1] ?? '';
      let at: Date;
      if (prefix.startsWith('下下')) at = addDays(weekdayOfNextWeek(now, weekday, 0), 7);
      else if (prefix.startsWith('下')) at = weekdayOfNextWeek(now, weekday, 0);
      else at = nextWeekdayAt(now, weekday, 0);
      setDay(f, at, m.index, !!m[3]);
    },
  ],
  // 本周内, 这周, 这个星期; 下周, 下周内; 周末, 周末前
  [
    /[周期拜]/,
    /(本|这一?个?|下一?个?)(?:周|星期|礼拜)(初)?(?:以内|之内|内)?(?![一二三四五六日天1-7末])|(这个?|本|下一?个?)?周末(之前|以前|前)?/g,
    (m, now, f) => {
      const today = isoWeekday(now);
      if (m[0].includes('周末')) {
        const next = m[3]?.startsWith('下') === true;
        if (m[4]) setDay(f, next ? weekdayOfNextWeek(now, 5, 0) : nextWeekdayAt(now, 5, 0), m.index);
        else if (next) setDay(f, weekdayOfNextWeek(now, 6, 0), m.index);
        else setDay(f, today >= 6 ? now : nextWeekdayAt(now, 6, 0), m.index);
        return;
      }
      // 下周初: the start of next week
      if (m[2]) {
        setDay(f, weekdayOfNextWeek(now, 1, 0), m.index);
        return;
      }
      if (m[1]?.startsWith('下')) setDay(f, weekdayOfNextWeek(now, 5, 0), m.index);
      else setDay(f, today <= 5 ? nextWeekdayAt(now, 5, 0) : nextWeekdayAt(now, 7, 0), m.index);
    },
  ],
  // 这两天, 过两天, 这几天, 两三天内
  [
    /天/,
    /(?:这|过|近|这一)(两|几|一两)天|两三天(?:以内|之内|内)?|明后(?:两)?天|一两天|今明(?:两)?天|十天半个?月/g,
    (m, now, f) => {
      if (m[0].startsWith('今明')) setDay(f, addDays(now, 1), m.index);
      else if (m[0].startsWith('十天')) setDay(f, addDays(now, 15), m.index);
      else {
        const two = m[1] === '两' || m[1] === '一两' || m[0].startsWith('明后') || m[0].startsWith('一两');
        setDay(f, addDays(now, two ? 2 : 3), m.index);
      }
    },
  ],
  // 12.12前, 12/15: a month and day in figures (not prices, sizes or discounts)
  [
    /[0-9][./][0-9]/,
    /(?<![0-9.¥￥])(1[0-2]|0?[1-9])[./](3[01]|[12][0-9]|0?[1-9])(?=$|之前|以前|前|号|日|当天|那天|[，,。！!？?\s～~给发寄开退换回到补晚早上下中])(之前|以前|前)?/g,
    (m, now, f) => {
      const month = Number(m[1]);
      const day = Number(m[2]);
      setDay(f, yearForMonthDay(month, day, now), m.index, !!m[3]);
    },
  ],
  // 25号之前, 2号 (no month: this month's, or next month's once past)
  [
    /[号日]/,
    new RegExp(
      `(?<![月0-9零〇一二两俩三四五六七八九十第])(?<!(?:型号|尺码|码数|鞋码|款号|编号|门牌|房间)[是为:]?)${N}(?:号|日)(?![码线楼色店仓链款位])(之前|以前|前)?`,
      'g',
    ),
    (m, now, f) => {
      const day = parseChineseNumber(m[1] ?? '');
      if (!(day >= 1 && day <= 31)) return;
      setDay(f, dayOfMonth(now, day, day < now.getDate() ? 1 : 0), m.index, !!m[2]);
    },
  ],
];

function readVagueHint(text: string, spans: Span[]): VagueHint | null {
  let found: VagueHint | null = null;
  for (const [hint, re] of VAGUE_WORDS) {
    const m = re.exec(text);
    if (!m) continue;
    spans.push([m.index, m.index + m[0].length]);
    found ??= hint;
  }
  return found;
}

const PART_OF_DAY_GATE = /[晚早午班夜饭昼工亮白]/;

const BEFORE_AFTER_PART = /^(?:之前|以前|前)/;

function readPartOfDay(text: string, spans: Span[]): PartOfDay | undefined {
  if (!PART_OF_DAY_GATE.test(text)) return undefined;
  let best: { part: PartOfDay; index: number } | undefined;
  for (const [re, found] of PARTS_OF_DAY) {
    const m = re.exec(text);
    if (!m) continue;
    const end = m.index + m[0].length;
    spans.push([m.index, end]);
    const before = found.before && BEFORE_AFTER_PART.test(text.slice(end)) ? found.before : undefined;
    const part = before ? { ...found, end: before, close: before } : found;
    if (!best || m.index < best.index) best = { part, index: m.index };
  }
  return best?.part;
}

const DAY_WORD = /[今明后昨前当]|月|号|日/;
const CHRONO_WORTHY = /[今明昨]|后天|前天|当天|[点时:]|月/;

/** Month and day said without a year: this year's unless that date is more than 30 days gone. */
function yearForMonthDay(month: number, day: number, now: Date): Date {
  const thisYear = new Date(now.getFullYear(), month - 1, day);
  return calendarDaysBetween(thisYear, now) > PAST_DATE_GRACE_DAYS
    ? new Date(now.getFullYear() + 1, month - 1, day)
    : thisYear;
}

function readChrono(text: string, now: Date, f: Findings): void {
  // chrono is the costliest step; only day words, clock words and month dates need it (the rest was read above).
  if (!CHRONO_WORTHY.test(text)) return;
  let results: ParsedResult[];
  try {
    // zh.hans, not zh: chrono.zh's casual parser is the Traditional one and misses 后天 and 大后天.
    results = chrono.zh.hans.parse(text, now);
  } catch {
    // chrono throws on a few malformed number forms; a clause with no readable time is still a clause.
    return;
  }
  for (const r of results) {
    const s = r.start;
    f.spans.push([r.index, r.index + r.text.length]);
    // chrono marks today's date as certain for a bare 下午 or 晚上; only a day word names a day.
    if (s.isCertain('day') && DAY_WORD.test(r.text)) {
      const month = s.get('month') ?? now.getMonth() + 1;
      const day = s.get('day') ?? now.getDate();
      const at =
        s.isCertain('month') && !s.isCertain('year') && /月/.test(r.text)
          ? yearForMonthDay(month, day, now)
          : new Date(s.get('year') ?? now.getFullYear(), month - 1, day);
      const before = /[月号日]/.test(r.text) && BEFORE_WORD.test(text.slice(r.index + r.text.length));
      setDay(f, at, r.index, before);
    }
    if (s.isCertain('hour') && (!f.clock || r.index < f.clock.index)) {
      // A range (三点到五点) is a deadline at its end.
      const end = r.end && r.end.isCertain('hour') ? r.end : undefined;
      const source = end ?? s;
      let hour = source.get('hour') ?? 0;
      const meridiemKnown = s.isCertain('meridiem') || (end?.isCertain('meridiem') ?? false);
      if (end && !end.isCertain('meridiem') && s.isCertain('meridiem') && (s.get('hour') ?? 0) >= 12 && hour < 12) {
        hour += 12;
      }
      // 零点前 is before midnight tonight: the last minute of the day, not 00:00 of it.
      // 今晚十二点(前) too: chrono reads the night's twelve as noon.
      const beforeMidnight =
        (source.get('minute') ?? 0) === 0 &&
        ((hour === 0 && BEFORE_WORD.test(text.slice(r.index + r.text.length))) ||
          (hour === 12 && /[晚夜]/.test(text.slice(0, r.index + r.text.length))));
      f.clock = {
        hour: beforeMidnight ? 23 : hour,
        minute: beforeMidnight ? 59 : source.get('minute') ?? 0,
        meridiemKnown: meridiemKnown || beforeMidnight,
        index: r.index,
      };
    }
  }
}

function hourForPart(hour: number, part: PartOfDay | undefined): number {
  if (hour >= 12 || hour === 0) return hour;
  if (part?.afternoon || (part?.noon && hour <= 3)) return hour + 12;
  if (part) return hour;
  return hour >= 1 && hour <= 7 ? hour + 12 : hour;
}

function resolveClock(clock: NonNullable<Findings['clock']>, f: Findings, now: Date): Date {
  const explicitDay = f.day?.at ?? (f.part?.dayOffset !== undefined ? addDays(now, f.part.dayOffset) : undefined);
  // 12点前 said in the evening: midnight tonight (its last minute), not tomorrow's noon.
  if (clock.hour === 12 && clock.minute === 0 && !explicitDay && !f.part && now.getHours() >= 18) return atTime(now, 23, 59);
  const hour = clock.meridiemKnown ? clock.hour : hourForPart(clock.hour, f.part);
  if (explicitDay) return atTime(explicitDay, hour, clock.minute);
  const today = atTime(now, hour, clock.minute);
  if (today > now) return today;
  // 8–11 without a part of the day, already gone this morning: said in the afternoon or evening (九点前 at 14:00, 八点半
  // at 20:00) it means tonight; said before noon, tomorrow morning.
  if (!clock.meridiemKnown && !f.part && hour >= 8 && hour <= 11 && now.getHours() >= 12) {
    const tonight = atTime(now, hour + 12, clock.minute);
    if (tonight > now) return tonight;
  }
  return addDays(today, 1);
}

function resolvePart(part: PartOfDay, day: Date | undefined, now: Date): Date {
  const namedDay = day ?? (part.dayOffset !== undefined ? addDays(now, part.dayOffset) : undefined);
  const on = namedDay ?? now;
  const due = atTime(on, part.end[0], part.end[1]);
  if (due > now) return due;
  if (!isSameDay(on, now)) return due; // a named day in the past stays there (overdue)
  const close = atTime(now, part.close[0], part.close[1]);
  if (now < close) {
    const hourLater = addMinutes(now, 60);
    const endOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate(), 23, 59);
    return hourLater < endOfToday ? hourLater : endOfToday;
  }
  return namedDay ? lateToday(now) : atTime(addDays(now, 1), part.end[0], part.end[1]);
}

/** Reads the due time that `text` (one clause) names, relative to `now`. */
export function readDueTime(text: string, now: Date): DueReading {
  const normalised = readColloquialDays(normaliseWidth(text));
  const f: Findings = { hint: null, spans: [] };
  const hidden = normalised.split('');
  let source = normalised;
  for (const [gate, re, recognise] of RECOGNISERS) {
    if (!gate.test(source)) continue;
    re.lastIndex = 0;
    let hid = false;
    for (let m = re.exec(source); m; m = re.exec(source)) {
      recognise(m, now, f);
      f.spans.push([m.index, m.index + m[0].length]);
      for (let i = m.index; i < m.index + m[0].length; i++) hidden[i] = '＿';
      hid = true;
    }
    if (hid) source = hidden.join('');
  }
  // Vague words go before chrono: it reads the 一时 of 第一时间 as one o'clock.
  const vagueSpans: Span[] = [];
  f.hint = readVagueHint(normalised, vagueSpans);
  for (const [start, end] of vagueSpans) for (let i = start; i < end; i++) hidden[i] = '＿';
  f.spans.push(...vagueSpans);
  readChrono(hidden.join(''), now, f);
  f.part = readPartOfDay(normalised, f.spans);

  let due: Date | null = null;
  const dayIndex = Math.min(f.day?.index ?? Infinity, f.clock?.index ?? Infinity);
  if (f.instant && f.instant.index <= dayIndex) due = f.instant.at;
  else if (f.clock) due = resolveClock(f.clock, f, now);
  else if (f.part) due = resolvePart(f.part, f.day?.at, now);
  else if (f.day) due = dayAtDefault(f.day.before ? dayBeforeDeadline(f.day.at, now) : f.day.at, now);
  const relative = due !== null && !f.instant && !f.clock && !f.day && f.part?.anchor === true;
  if (relative) return { due, hint: f.hint, spans: f.spans, relative };
  const dayless = due !== null && !f.instant && !f.day && (f.clock !== undefined || f.part?.dayOffset === undefined);
  return dayless ? { due, hint: f.hint, spans: f.spans, dayless } : { due, hint: f.hint, spans: f.spans };
}
