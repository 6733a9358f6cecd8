import type { Bilingual } from '../errors';
import { calendarDaysBetween } from './calendar';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A due time the way an agent reads it at a glance: 今天 15:00, 明天 09:00, 周五 18:00 (within a week), 11月25日 18:00,
 * 2027年1月2日 18:00 (another year). Local calendar.
 */
export function formatDueLabel(due: Date, now: Date): Bilingual {
  const time = `${pad(due.getHours())}:${pad(due.getMinutes())}`;
  const days = calendarDaysBetween(now, due);
  const zhWeek = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'][due.getDay()]!;
  const enWeek = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][due.getDay()]!;
  if (days === 0) return { zh: `今天 ${time}`, en: `today ${time}` };
  if (days === 1) return { zh: `明天 ${time}`, en: `tomorrow ${time}` };
  if (days === -1) return { zh: `昨天 ${time}`, en: `yesterday ${time}` };
  if (days > 1 && days < 7) return { zh: `${zhWeek} ${time}`, en: `${enWeek} ${time}` };
  const md = `${due.getMonth() + 1}月${due.getDate()}日`;
  const enMd = `${due.getMonth() + 1}/${due.getDate()}`;
  if (due.getFullYear() !== now.getFullYear()) {
    return { zh: `${due.getFullYear()}年${md} ${time}`, en: `${due.getFullYear()}/${enMd} ${time}` };
  }
  return { zh: `${md} ${time}`, en: `${enMd} ${time}` };
}

/** How far off a due time is: 还有 2 小时 / 已超时 35 分钟. */
export function formatDueDistance(due: Date, now: Date): Bilingual {
  const diff = due.getTime() - now.getTime();
  const minutes = Math.round(Math.abs(diff) / 60_000);
  const span: Bilingual =
    minutes < 60
      ? { zh: `${minutes} 分钟`, en: `${minutes} min` }
      : minutes < 48 * 60
        ? { zh: `${Math.round(minutes / 60)} 小时`, en: `${Math.round(minutes / 60)} h` }
        : { zh: `${Math.round(minutes / 1440)} 天`, en: `${Math.round(minutes / 1440)} d` };
  return diff >= 0 ? { zh: `还有 ${span.zh}`, en: `in ${span.en}` } : { zh: `已超时 ${span.zh}`, en: `${span.en} overdue` };
}

/** `<input type="datetime-local">` value for a local time, and back. */
export function toDatetimeLocal(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function fromDatetimeLocal(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return Number.isNaN(d.getTime()) ? null : d;
}
