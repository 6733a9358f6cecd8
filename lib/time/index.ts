export { formatIsoWithOffset } from './format-iso-with-offset';
export {
  MINUTE_MS,
  HOUR_MS,
  type IsoWeekday,
  startOfDay,
  atTime,
  addDays,
  addMinutes,
  addHours,
  isSameDay,
  isoWeekday,
  startOfIsoWeek,
  calendarDaysBetween,
  nextWeekdayAt,
  weekdayOfNextWeek,
  lastDayOfMonth,
  dayOfMonth,
  addWorkingDays,
  nextWorkingDay,
  minutesOfDay,
} from './calendar';
export { toDatetimeLocal, fromDatetimeLocal } from './datetime-local';
