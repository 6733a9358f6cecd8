/**
 * Sent by the popup and the options page after they change promises themselves. Dexie's liveQuery already carries
 * such writes to a running background, but an MV3 service worker sleeps after ~30 s idle and a BroadcastChannel message
 * does not wake it; a runtime message does, so the badge and the next alarm follow at once instead of on the next tick.
 */
export const REMINDERS_REFRESH = 'kefu.reminders.refresh';

export interface RemindersRefreshMessage {
  type: typeof REMINDERS_REFRESH;
}

export function isRemindersRefresh(message: unknown): message is RemindersRefreshMessage {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === REMINDERS_REFRESH;
}
