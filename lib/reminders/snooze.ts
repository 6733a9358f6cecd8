import { addDays, atTime, HOUR_MS } from '../time';

/**
 * 推迟 1 小时: an hour after the later of the due time and now, so snoozing a promise that is already late still gives
 * the agent an hour, and snoozing one that is still ahead moves it by exactly an hour.
 */
export function snoozeOneHour(due: number, now: number): number {
  return Math.max(due, now) + HOUR_MS;
}

export const TOMORROW_MORNING = { hours: 9, minutes: 0 } as const;

/** 明天 9:00 in the agent's local zone, whatever the promise's current due time. */
export function tomorrowMorning(now: number): number {
  return atTime(addDays(new Date(now), 1), TOMORROW_MORNING.hours, TOMORROW_MORNING.minutes).getTime();
}
