export {
  DUE_ALARM,
  TICK_ALARM,
  TICK_MINUTES,
  MAX_SINGLE_NOTICES,
  BADGE_COLOR,
  BADGE_TEXT_COLOR,
  SUMMARY_NOTICE_ID,
  isOverdue,
  countOverdue,
  needsNotice,
  nextAlarmAt,
  planNotices,
  badgeText,
  noticeIdOf,
  promiseIdOfNotice,
} from './schedule';
export { snoozeOneHour, tomorrowMorning, TOMORROW_MORNING } from './snooze';
export { dayBounds, groupPending, dailyReview, type PendingGroups, type DailyReview } from './group-promises';
export { relativeDue, absoluteDue, type RelativeDue, type AbsoluteDue } from './describe-due';
export { reminderWords, REMINDER_MESSAGE_KEYS, type ReminderWords, type Translate } from './words';
export {
  PLATFORM_CHAT_PAGES,
  isWebUrl,
  matchesPattern,
  pickChatTab,
  chatUrlToOpen,
  type TabLike,
  type ChatTarget,
} from './chat-tab';
export { openChat, type ChatTabsApi, type OpenChatResult } from './open-chat';
export { REMINDERS_REFRESH, isRemindersRefresh, type RemindersRefreshMessage } from './messages';
export { NOTICE_ICON_URL } from './notice-icon';
