import { describe, expect, it } from 'vitest';
import { readDueTime } from '../../../lib/promises';
import { formatIsoWithOffset } from '../../../lib/time';

/** Fixed clocks (Asia/Shanghai). 2026-11-23 is a Monday. */
const MON_MORNING = '2026-11-23T10:15:00+08:00';
const MON_EVENING = '2026-11-23T19:40:00+08:00';
const TUE_EARLY = '2026-11-24T08:50:00+08:00';
const FRI_AFTERNOON = '2026-11-27T15:30:00+08:00';
const SAT_MORNING = '2026-11-28T11:00:00+08:00';
const SUN_NIGHT = '2026-11-29T22:30:00+08:00';
const MONTH_END = '2026-11-30T16:20:00+08:00';
const DEC_1 = '2026-12-01T09:30:00+08:00';
const YEAR_END = '2026-12-31T17:45:00+08:00';

function due(text: string, now: string): string | null {
  const reading = readDueTime(text, new Date(now));
  return reading.due ? formatIsoWithOffset(reading.due) : null;
}

describe('readDueTime: phrases chrono reads, pinned to our semantics', () => {
  it.each([
    ['明天下午3点', MON_MORNING, '2026-11-24T15:00:00+08:00'],
    ['明天下午三点前', MON_MORNING, '2026-11-24T15:00:00+08:00'],
    ['今天下午五点', MON_MORNING, '2026-11-23T17:00:00+08:00'],
    ['今晚八点', MON_MORNING, '2026-11-23T20:00:00+08:00'],
    ['今天晚上8点半', MON_MORNING, '2026-11-23T20:30:00+08:00'],
    ['明天上午十点前', MON_MORNING, '2026-11-24T10:00:00+08:00'],
    ['11月25日', MON_MORNING, '2026-11-25T18:00:00+08:00'],
    ['11月25号之前', MON_MORNING, '2026-11-24T18:00:00+08:00'], // a day as a deadline: the day before
    ['12月3号之前', MONTH_END, '2026-12-02T18:00:00+08:00'],
    ['明天', MON_MORNING, '2026-11-24T18:00:00+08:00'],
    ['后天', MON_MORNING, '2026-11-25T18:00:00+08:00'],
    ['大后天', MON_MORNING, '2026-11-26T18:00:00+08:00'],
    ['15:30前', MON_MORNING, '2026-11-23T15:30:00+08:00'],
    ['１５：３０前', MON_MORNING, '2026-11-23T15:30:00+08:00'], // full-width digits
    ['下午3点半', MON_MORNING, '2026-11-23T15:30:00+08:00'],
    ['中午12点前', MON_MORNING, '2026-11-23T12:00:00+08:00'],
    ['中午一点', MON_MORNING, '2026-11-23T13:00:00+08:00'],
    ['下午三点到五点之间', MON_MORNING, '2026-11-23T17:00:00+08:00'], // a range is due at its end
  ])('%s (now %s) → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
});

describe('readDueTime: forms chrono misses or reads wrongly', () => {
  it.each([
    // bare clock: 1–7 is the afternoon; 8–11 the morning if ahead, the evening after 17:00, else tomorrow morning
    ['三点前', MON_MORNING, '2026-11-23T15:00:00+08:00'],
    ['3点半之前', MON_MORNING, '2026-11-23T15:30:00+08:00'],
    ['五点前', FRI_AFTERNOON, '2026-11-27T17:00:00+08:00'],
    ['三点前', FRI_AFTERNOON, '2026-11-28T15:00:00+08:00'], // already past today → tomorrow
    ['十点前', TUE_EARLY, '2026-11-24T10:00:00+08:00'],
    ['九点半', TUE_EARLY, '2026-11-24T09:30:00+08:00'],
    ['九点前', MON_EVENING, '2026-11-23T21:00:00+08:00'], // evening: tonight
    ['十点前', MON_MORNING, '2026-11-24T10:00:00+08:00'], // 10:00 passed, not yet evening: tomorrow morning
    ['今天五点前', FRI_AFTERNOON, '2026-11-27T17:00:00+08:00'],
    // parts of the day, due at their end
    ['下午', MON_MORNING, '2026-11-23T18:00:00+08:00'],
    ['下午', MON_EVENING, '2026-11-24T18:00:00+08:00'], // afternoon over → tomorrow's
    ['上午', TUE_EARLY, '2026-11-24T12:00:00+08:00'],
    ['上午', MON_EVENING, '2026-11-24T12:00:00+08:00'],
    ['中午之前', TUE_EARLY, '2026-11-24T12:00:00+08:00'],
    ['晚上', MON_MORNING, '2026-11-23T21:00:00+08:00'],
    ['今晚', MON_EVENING, '2026-11-23T21:00:00+08:00'],
    ['今晚', SUN_NIGHT, '2026-11-29T23:30:00+08:00'], // evening still going: an hour from now
    ['明早', MON_MORNING, '2026-11-24T10:00:00+08:00'],
    ['明天一早', MON_EVENING, '2026-11-24T10:00:00+08:00'],
    ['明天早上', MON_EVENING, '2026-11-24T10:00:00+08:00'],
    ['明天中午之前', MON_MORNING, '2026-11-24T12:00:00+08:00'],
    ['明天晚上', MON_MORNING, '2026-11-24T21:00:00+08:00'],
    ['后天上午', MON_MORNING, '2026-11-25T12:00:00+08:00'],
    ['下班前', FRI_AFTERNOON, '2026-11-27T18:00:00+08:00'],
    ['今天下班前', MON_MORNING, '2026-11-23T18:00:00+08:00'],
    ['明天一上班', SUN_NIGHT, '2026-11-30T10:00:00+08:00'],
    ['傍晚', MON_MORNING, '2026-11-23T19:00:00+08:00'],
    // a day without a time → 18:00, or late today once 18:00 has passed
    ['今天', MON_MORNING, '2026-11-23T18:00:00+08:00'],
    ['今天', MON_EVENING, '2026-11-23T23:00:00+08:00'],
    ['今天之内', SUN_NIGHT, '2026-11-29T23:30:00+08:00'],
    ['今天', YEAR_END, '2026-12-31T18:00:00+08:00'],
    // durations
    ['两小时后', MON_MORNING, '2026-11-23T12:15:00+08:00'],
    ['半小时内', MON_MORNING, '2026-11-23T10:45:00+08:00'],
    ['半个小时后', MON_MORNING, '2026-11-23T10:45:00+08:00'],
    ['一个半小时内', MON_MORNING, '2026-11-23T11:45:00+08:00'],
    ['30分钟后', MON_MORNING, '2026-11-23T10:45:00+08:00'],
    ['十分钟内', MON_MORNING, '2026-11-23T10:25:00+08:00'],
    ['1小时内', MON_MORNING, '2026-11-23T11:15:00+08:00'],
    ['24小时内', MON_MORNING, '2026-11-24T10:15:00+08:00'],
    ['48小时内', MON_MORNING, '2026-11-25T10:15:00+08:00'],
    ['3天内', MON_MORNING, '2026-11-26T10:15:00+08:00'],
    ['三天内', YEAR_END, '2027-01-03T17:45:00+08:00'],
    ['七天之内', MON_MORNING, '2026-11-30T10:15:00+08:00'],
    ['一周内', SAT_MORNING, '2026-12-05T11:00:00+08:00'],
    ['两天后', MON_MORNING, '2026-11-25T18:00:00+08:00'],
    ['两个工作日内', '2026-11-25T14:05:00+08:00', '2026-11-27T14:05:00+08:00'],
    ['1个工作日内', FRI_AFTERNOON, '2026-11-30T15:30:00+08:00'], // weekend skipped
    // vaguer day ranges
    ['这两天', '2026-11-25T14:05:00+08:00', '2026-11-27T18:00:00+08:00'],
    ['过两天', DEC_1, '2026-12-03T18:00:00+08:00'],
    ['过几天', MON_MORNING, '2026-11-26T18:00:00+08:00'],
    // month words
    ['月底前', MON_MORNING, '2026-11-30T18:00:00+08:00'],
    ['这个月底之前', MON_MORNING, '2026-11-30T18:00:00+08:00'],
    ['月底前', MONTH_END, '2026-11-30T18:00:00+08:00'],
    ['下个月底', MON_MORNING, '2026-12-31T18:00:00+08:00'],
    ['下个月初', MONTH_END, '2026-12-03T18:00:00+08:00'],
    ['月初', MON_MORNING, '2026-12-03T18:00:00+08:00'],
    ['月中', '2026-11-02T10:00:00+08:00', '2026-11-15T18:00:00+08:00'],
    ['年底前', MON_MORNING, '2026-12-31T18:00:00+08:00'],
    // day of month without a month
    ['25号之前', MON_MORNING, '2026-11-24T18:00:00+08:00'],
    ['二十五号', MON_MORNING, '2026-11-25T18:00:00+08:00'],
    ['2号', YEAR_END, '2027-01-02T18:00:00+08:00'],
    ['5号前', DEC_1, '2026-12-04T18:00:00+08:00'],
    ['2号前', DEC_1, '2026-12-01T18:00:00+08:00'], // the day before is today
    ['1号前', DEC_1, '2026-12-01T18:00:00+08:00'], // the 1st is today: today
    ['1号前', '2027-01-29T10:00:00+08:00', '2027-01-31T18:00:00+08:00'], // next month's 1st: the day before
  ])('%s (now %s) → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
});

describe('readDueTime: week boundaries (Monday-first weeks, as in China)', () => {
  it.each([
    ['周五', MON_MORNING, '2026-11-27T18:00:00+08:00'],
    ['周五之前', MON_MORNING, '2026-11-26T18:00:00+08:00'], // a deadline day: due the day before
    ['星期五', MON_MORNING, '2026-11-27T18:00:00+08:00'],
    ['礼拜五前', MON_MORNING, '2026-11-26T18:00:00+08:00'],
    ['周五之前', FRI_AFTERNOON, '2026-11-27T18:00:00+08:00'], // said on Friday: today (the day before is gone)
    ['周六之前', FRI_AFTERNOON, '2026-11-27T18:00:00+08:00'], // said the day before: today
    ['周日之前', '2026-11-27T23:05:00+08:00', '2026-11-28T18:00:00+08:00'],
    ['周五之前', SAT_MORNING, '2026-12-03T18:00:00+08:00'], // said on Saturday: next Friday, so Thursday
    ['周五之前', SUN_NIGHT, '2026-12-03T18:00:00+08:00'],
    ['这周五之前', DEC_1, '2026-12-03T18:00:00+08:00'],
    ['下周一之前', SAT_MORNING, '2026-11-29T18:00:00+08:00'],
    ['上周五', MON_MORNING, null], // last week: not a day ahead
    ['周一', MON_MORNING, '2026-11-23T18:00:00+08:00'], // today is Monday
    ['周一', SAT_MORNING, '2026-11-30T18:00:00+08:00'],
    ['下周一', MON_MORNING, '2026-11-30T18:00:00+08:00'],
    ['下周一', SUN_NIGHT, '2026-11-30T18:00:00+08:00'], // on Sunday, 下周一 is tomorrow (chrono says a week later)
    ['下周一上午', SAT_MORNING, '2026-11-30T12:00:00+08:00'],
    ['下周五', MON_MORNING, '2026-12-04T18:00:00+08:00'],
    ['下下周二', MON_MORNING, '2026-12-08T18:00:00+08:00'],
    ['周日', MON_MORNING, '2026-11-29T18:00:00+08:00'],
    ['星期天', SUN_NIGHT, '2026-11-29T23:30:00+08:00'], // today, 18:00 gone → late today
    ['周一上班第一时间', FRI_AFTERNOON, '2026-11-30T10:00:00+08:00'],
    ['下周一', YEAR_END, '2027-01-04T18:00:00+08:00'],
    ['本周内', MON_MORNING, '2026-11-27T18:00:00+08:00'],
    ['本周内', FRI_AFTERNOON, '2026-11-27T18:00:00+08:00'],
    ['这周内', SAT_MORNING, '2026-11-29T18:00:00+08:00'], // weekend already: Sunday
    ['下周', SAT_MORNING, '2026-12-04T18:00:00+08:00'],
    ['下周内', MON_MORNING, '2026-12-04T18:00:00+08:00'],
    ['周末', MON_MORNING, '2026-11-28T18:00:00+08:00'],
    ['周末前', MON_MORNING, '2026-11-27T18:00:00+08:00'],
  ])('%s (now %s) → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
});

describe('readDueTime: month and year rollover', () => {
  it.each([
    ['1月5号之前', YEAR_END, '2027-01-04T18:00:00+08:00'], // more than 30 days gone this year → next year; 前 → the 4th
    ['1月5日', '2026-12-20T10:00:00+08:00', '2027-01-05T18:00:00+08:00'],
    ['11月25号之前', DEC_1, '2026-11-25T18:00:00+08:00'], // 6 days gone: a slip, kept (shows overdue at once)
    ['11月25号', SAT_MORNING, '2026-11-25T18:00:00+08:00'], // 3 days gone, same rule
    ['10月20号', '2026-11-25T10:00:00+08:00', '2027-10-20T18:00:00+08:00'], // 36 days gone → next year
    ['2027年1月3号', '2026-11-25T10:00:00+08:00', '2027-01-03T18:00:00+08:00'],
    ['25号之前', '2026-11-28T11:00:00+08:00', '2026-12-24T18:00:00+08:00'], // day of month gone → next month
    ['月底前', '2026-12-31T10:00:00+08:00', '2026-12-31T18:00:00+08:00'],
    ['下个月初', YEAR_END, '2027-01-03T18:00:00+08:00'],
    ['31号', '2027-02-03T10:00:00+08:00', '2027-02-28T18:00:00+08:00'], // February has no 31st: its last day
    ['31号之前', '2027-02-03T10:00:00+08:00', '2027-02-27T18:00:00+08:00'],
  ])('%s (now %s) → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
});

describe('readDueTime: vague words give a hint, not a time', () => {
  it.each([
    ['稍后给您回复', 'soon'],
    ['一会儿给您发单号', 'soon'],
    ['等下打电话给仓库', 'soon'],
    ['待会儿回您', 'soon'],
    ['马上给您安排', 'now'],
    ['这就给您补发', 'now'],
    ['我现在去问仓库', 'now'],
    ['尽快给您处理', 'asap'],
    ['第一时间给您发出', 'asap'],
    ['晚点给您答复', 'later'],
    ['回头联系您', 'later'],
    ['有结果第一时间告诉您', 'on_result'],
    ['问好了告诉您', 'on_result'],
    ['有消息了我马上通知您', 'on_result'],
    ['等仓库回复了我告诉您', 'on_result'],
    ['补货了第一时间通知您', 'on_restock'],
    ['有货了通知您', 'on_restock'],
    ['到货后我们会短信通知您', 'on_restock'],
  ])('%s → %s', (text, hint) => {
    const reading = readDueTime(text, new Date(MON_MORNING));
    expect(reading.due).toBeNull();
    expect(reading.hint).toBe(hint);
  });

  it('a said time wins over a vague word in the same clause', () => {
    const reading = readDueTime('明天上午第一时间给您处理', new Date(MON_MORNING));
    expect(formatIsoWithOffset(reading.due!)).toBe('2026-11-24T12:00:00+08:00');
    expect(reading.hint).toBe('asap');
  });

  it.each(['我去仓库看看有没有货', '第一时间'])('%s is not read as a restock or as one o’clock', (text) => {
    const reading = readDueTime(text, new Date(MON_MORNING));
    expect(reading.due).toBeNull();
    expect(reading.hint).not.toBe('on_restock');
  });

  it.each(['好的亲', '单号是YT1234567890', '补10元运费', '这是1号链接', '型号是3号'])('%s names no time', (text) => {
    expect(readDueTime(text, new Date(MON_MORNING)).due).toBeNull();
  });
});

describe('readDueTime: colloquial days, meal and work anchors, holidays, estimates (v2)', () => {
  it.each([
    // colloquial days read as the plain ones
    ['明儿', MON_MORNING, '2026-11-24T18:00:00+08:00'],
    ['明儿一早', MON_MORNING, '2026-11-24T10:00:00+08:00'],
    ['明儿上午', MON_EVENING, '2026-11-24T12:00:00+08:00'],
    ['今儿下午', MON_MORNING, '2026-11-23T18:00:00+08:00'],
    ['今儿', MON_EVENING, '2026-11-23T23:00:00+08:00'],
    ['后儿', MON_MORNING, '2026-11-25T18:00:00+08:00'],
    ['次日', MON_MORNING, '2026-11-24T18:00:00+08:00'],
    ['第二天上午', MON_MORNING, '2026-11-24T12:00:00+08:00'],
    // meals and work: the end of the part they close, or the start of work
    ['午饭前', MON_MORNING, '2026-11-23T12:00:00+08:00'],
    ['晚饭前', MON_MORNING, '2026-11-23T18:00:00+08:00'],
    ['吃晚饭之前', MON_MORNING, '2026-11-23T18:00:00+08:00'],
    ['下午上班后', MON_MORNING, '2026-11-23T14:00:00+08:00'],
    ['上班后', SUN_NIGHT, '2026-11-30T10:00:00+08:00'],
    ['周一上班', SAT_MORNING, '2026-11-30T10:00:00+08:00'],
    ['白天上班后', '2026-12-01T00:40:00+08:00', '2026-12-01T10:00:00+08:00'],
    ['早上九点上班', '2026-12-01T00:40:00+08:00', '2026-12-01T09:00:00+08:00'],
    // before a part that starts later in the day: before it starts
    ['下午之前', MON_MORNING, '2026-11-23T12:00:00+08:00'],
    ['今天下午之前', MON_MORNING, '2026-11-23T12:00:00+08:00'],
    ['晚上之前', MON_MORNING, '2026-11-23T18:00:00+08:00'],
    ['明天晚上之前', MON_MORNING, '2026-11-24T18:00:00+08:00'],
    // estimates without 后/内, and ranges: the upper end
    ['大概二十分钟', MON_MORNING, '2026-11-23T10:35:00+08:00'],
    ['等我五分钟', MON_MORNING, '2026-11-23T10:20:00+08:00'],
    ['约半小时', MON_MORNING, '2026-11-23T10:45:00+08:00'],
    ['两三天内', MON_MORNING, '2026-11-26T10:15:00+08:00'],
    ['三五个工作日内', MON_MORNING, '2026-11-30T10:15:00+08:00'],
    ['一两个小时内', MON_MORNING, '2026-11-23T12:15:00+08:00'],
    // a day of a named month
    ['下个月10号', MON_MORNING, '2026-12-10T18:00:00+08:00'],
    ['这个月28号', MON_MORNING, '2026-11-28T18:00:00+08:00'],
    // holidays in the next year not yet passed: 前 = the day before, 后 = back to work
    ['元旦前', MON_MORNING, '2026-12-31T18:00:00+08:00'],
    ['元旦前', YEAR_END, '2026-12-31T18:00:00+08:00'],
    ['元旦后', YEAR_END, '2027-01-02T18:00:00+08:00'],
    ['元旦后第一天', MON_MORNING, '2027-01-02T18:00:00+08:00'],
    ['国庆前', MON_MORNING, '2027-09-30T18:00:00+08:00'],
    ['国庆后', MON_MORNING, '2027-10-08T18:00:00+08:00'],
    ['国庆前', '2026-09-20T10:00:00+08:00', '2026-09-30T18:00:00+08:00'],
    ['春节前', MON_MORNING, '2027-02-04T18:00:00+08:00'], // the day before 除夕 (2027-02-05)
    ['春节后', MON_MORNING, '2027-02-13T18:00:00+08:00'], // 初八
    ['中秋前', MON_MORNING, '2027-09-14T18:00:00+08:00'],
    ['双十一', MON_MORNING, '2027-11-11T18:00:00+08:00'],
  ])('%s (now %s) → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });

  it('a lunar holiday outside the table names no time', () => {
    expect(readDueTime('春节前', new Date('2031-03-01T10:00:00+08:00')).due).toBeNull();
  });

  it.each([
    ['上班后', true],
    ['一上班', true],
    ['明天一上班', false],
    ['下午上班后', false],
    ['早上九点上班', false],
  ])('%s is relative to a day said elsewhere: %s', (text, relative) => {
    expect(readDueTime(text, new Date(SUN_NIGHT)).relative === true).toBe(relative);
  });
});

describe('readDueTime: round-3 forms (QC-inspector and livestream voices)', () => {
  const NOV_29 = '2026-11-29T14:00:00+08:00'; // Sunday
  const DEC_10 = '2026-12-10T15:45:00+08:00'; // Thursday
  const NEW_YEARS_EVE = '2026-12-31T16:30:00+08:00'; // Thursday; 2027-01-02 is a Saturday
  const JAN_29 = '2027-01-29T10:00:00+08:00'; // 春节 2027 is 02-06, so 除夕 is 02-05
  it.each<[string, string, string | null]>([
    // ranges: the upper end
    ['三到五天', DEC_1, '2026-12-06T18:00:00+08:00'],
    ['3-5天', DEC_1, '2026-12-06T18:00:00+08:00'],
    ['三至五个工作日', DEC_1, '2026-12-08T09:30:00+08:00'],
    // quarter hours
    ['一刻钟以后', MON_MORNING, '2026-11-23T10:30:00+08:00'],
    ['三刻钟内', MON_MORNING, '2026-11-23T11:00:00+08:00'],
    ['明后天', MONTH_END, '2026-12-02T18:00:00+08:00'],
    // thirds of a month
    ['十二月中旬', NOV_29, '2026-12-15T18:00:00+08:00'],
    ['中旬', MON_MORNING, '2026-12-15T18:00:00+08:00'], // this month's is gone: next month's
    ['下个月上旬', MON_MORNING, '2026-12-05T18:00:00+08:00'],
    ['下旬', MON_MORNING, '2026-11-25T18:00:00+08:00'],
    // the first lunar month
    ['初八', JAN_29, '2027-02-13T18:00:00+08:00'],
    ['年后初十左右', JAN_29, '2027-02-15T18:00:00+08:00'],
    ['初八开工', JAN_29, '2027-02-13T10:00:00+08:00'],
    ['月初', JAN_29, '2027-02-03T18:00:00+08:00'], // 月初 is not 初N
    // holidays
    ['除夕前', JAN_29, '2027-02-04T18:00:00+08:00'],
    ['年前', JAN_29, '2027-02-04T18:00:00+08:00'],
    ['年后', JAN_29, '2027-02-13T18:00:00+08:00'],
    ['一年前', JAN_29, null],
    ['跨年前', '2026-12-25T20:00:00+08:00', '2026-12-30T18:00:00+08:00'],
    ['双十二前', DEC_10, '2026-12-11T18:00:00+08:00'],
    ['双十二忙完', DEC_10, '2026-12-13T18:00:00+08:00'],
    ['元旦后第一天', NEW_YEARS_EVE, '2027-01-02T18:00:00+08:00'],
    ['元旦后第二天', NEW_YEARS_EVE, '2027-01-03T18:00:00+08:00'],
    ['元旦后第一个工作日', NEW_YEARS_EVE, '2027-01-04T18:00:00+08:00'],
    ['元旦放假回来', NEW_YEARS_EVE, '2027-01-04T18:00:00+08:00'],
    // parts of the day and dialect
    ['天亮了', '2026-12-01T00:40:00+08:00', '2026-12-01T10:00:00+08:00'],
    ['明天白天', MON_MORNING, '2026-11-24T18:00:00+08:00'],
    ['白天上班后', '2026-12-01T00:40:00+08:00', '2026-12-01T10:00:00+08:00'], // the work start, not the whole day
    ['听日下昼', TUE_EARLY, '2026-11-25T18:00:00+08:00'],
    ['明天这个时候', MON_MORNING, '2026-11-24T10:15:00+08:00'],
    ['这个点', MON_MORNING, null], // without a day it names no time
    // more spans of time
    ['下个月', MON_MORNING, '2026-12-05T18:00:00+08:00'], // early next month
    ['这个月内', MON_MORNING, '2026-11-30T18:00:00+08:00'],
    ['年内', MON_MORNING, '2026-12-31T18:00:00+08:00'],
    ['一两天', MON_MORNING, '2026-11-25T18:00:00+08:00'],
    ['今明两天', MON_MORNING, '2026-11-24T18:00:00+08:00'],
    ['一两周', MON_MORNING, '2026-12-07T18:00:00+08:00'],
    ['十天半个月', MON_MORNING, '2026-12-08T18:00:00+08:00'],
    ['三周年', MON_MORNING, null],
    ['周一周二', MON_MORNING, '2026-11-23T18:00:00+08:00'], // two weekdays, not 一周
    ['个把小时', MON_MORNING, '2026-11-23T11:15:00+08:00'],
    ['半天内', MON_MORNING, '2026-11-23T14:15:00+08:00'],
    ['24h内', MON_MORNING, '2026-11-24T10:15:00+08:00'],
    ['30min后', MON_MORNING, '2026-11-23T10:45:00+08:00'],
    ['三点一刻', MON_MORNING, '2026-11-23T15:15:00+08:00'],
    ['下周末', MON_MORNING, '2026-12-05T18:00:00+08:00'],
    ['下周初', MON_MORNING, '2026-11-30T18:00:00+08:00'],
    ['零点前', MON_MORNING, '2026-11-23T23:59:00+08:00'], // before midnight tonight
    ['八点半左右', '2026-12-09T14:20:00+08:00', '2026-12-09T20:30:00+08:00'], // gone this morning, said after noon: tonight
    ['跨年前', NEW_YEARS_EVE, '2026-12-31T18:00:00+08:00'], // the day before is gone, the holiday is not: today
    // dates in figures, not prices or weights
    ['12.12前', DEC_1, '2026-12-11T18:00:00+08:00'],
    ['12/15给您发', DEC_1, '2026-12-15T18:00:00+08:00'],
    ['12.5元', DEC_1, null],
    ['2.5公斤', DEC_1, null],
    // more holidays
    ['圣诞节前', DEC_1, '2026-12-24T18:00:00+08:00'],
    ['平安夜', DEC_1, '2026-12-24T18:00:00+08:00'],
    ['618前', DEC_1, '2027-06-17T18:00:00+08:00'],
    // back from the break nearest now, unnamed
    ['放假回来', NEW_YEARS_EVE, '2027-01-04T18:00:00+08:00'], // 元旦; 1月2日 is a Saturday
    ['节后', '2027-02-08T10:00:00+08:00', '2027-02-15T18:00:00+08:00'], // during the Spring Festival: 初八 is a Saturday
    ['放假回来', DEC_10, null], // no break near: no time
  ])('%s (now %s) → %s', (text, now, expected) => {
    expect(due(text, now)).toBe(expected);
  });
});
