const pad2 = (n: number): string => String(n).padStart(2, '0');

/**
 * ISO 8601 in the runtime's local zone with its offset, e.g. `2026-11-24T15:00:00+08:00`.
 * `Date.prototype.toISOString` always answers in UTC (`…Z`), which agents and the `kefu` CLI should not have to convert.
 * Milliseconds are kept only when present, so whole-second times read like the examples in the brief.
 */
export function formatIsoWithOffset(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatIsoWithOffset: invalid date');
  const offsetMinutes = -date.getTimezoneOffset();
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  const ms = date.getMilliseconds();
  const year = date.getFullYear();
  // Years outside 0000–9999 need the expanded form or the string will not parse back.
  const yearText =
    year >= 0 && year <= 9999
      ? String(year).padStart(4, '0')
      : (year < 0 ? '-' : '+') + String(Math.abs(year)).padStart(6, '0');
  return (
    `${yearText}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}` +
    `T${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}` +
    (ms ? `.${String(ms).padStart(3, '0')}` : '') +
    `${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`
  );
}
