import type { PlatformId } from '../adapters/types';
import type { PromiseKind } from '../promises/types';
import type { AbsoluteDue, RelativeDue } from './describe-due';

/**
 * Looks a message up by key with positional substitutions ($1…$9): `browser.i18n.getMessage` or WXT's `i18n.t`. Passed
 * in, so this file stays free of extension APIs and the words can be checked against the locale files in Node.
 */
export type Translate = (key: string, substitutions?: string[]) => string;

const KIND_KEYS: Readonly<Record<PromiseKind, string>> = {
  ship: 'remKindShip',
  resend: 'remKindResend',
  exchange: 'remKindExchange',
  refund: 'remKindRefund',
  reply: 'remKindReply',
  callback: 'remKindCallback',
  warehouse: 'remKindWarehouse',
  logistics: 'remKindLogistics',
  invoice: 'remKindInvoice',
  restock_notice: 'remKindRestockNotice',
  other: 'remKindOther',
};

const PLATFORM_KEYS: Readonly<Record<PlatformId, string>> = {
  pinduoduo: 'remPlatformPinduoduo',
  douyin: 'remPlatformDouyin',
  jd: 'remPlatformJd',
  kuaishou: 'remPlatformKuaishou',
  taobao: 'remPlatformTaobao',
  generic: 'remPlatformGeneric',
};

const RELATIVE_KEYS = {
  past: { minute: 'remAgoMinutes', hour: 'remAgoHours', day: 'remAgoDays' },
  future: { minute: 'remInMinutes', hour: 'remInHours', day: 'remInDays' },
} as const;

const ABSOLUTE_KEYS = {
  today: 'remToday',
  tomorrow: 'remTomorrow',
  yesterday: 'remYesterday',
  date: 'remDate',
  dateYear: 'remDateYear',
} as const;

const OTHER_KEYS = [
  'remNow',
  'remNoticeTitle',
  'remNoticeDue',
  'remNoticeDueVague',
  'remNoticeDone',
  'remNoticeSnooze',
  'remSummaryTitle',
  'remSummaryMessage',
  'remBadgeTitle',
  'remBadgeTitleNone',
] as const;

/** Every message key these words read: the locale test checks each one exists in zh_CN and en. */
export const REMINDER_MESSAGE_KEYS: readonly string[] = [
  ...Object.values(KIND_KEYS),
  ...Object.values(PLATFORM_KEYS),
  ...Object.values(RELATIVE_KEYS.past),
  ...Object.values(RELATIVE_KEYS.future),
  ...Object.values(ABSOLUTE_KEYS),
  ...OTHER_KEYS,
];

/** What the reminders say, in the browser's language: shared by the background's notifications and the popup. */
export interface ReminderWords {
  relative(r: RelativeDue): string;
  absolute(a: AbsoluteDue): string;
  platform(p: PlatformId): string;
  kind(k: PromiseKind): string;
  noticeTitle(buyerName: string, platform: PlatformId): string;
  noticeDue(dueText: string, vague: boolean): string;
  noticeDone(): string;
  noticeSnooze(): string;
  summaryTitle(count: number): string;
  summaryMessage(buyerNames: readonly string[]): string;
  badgeTitle(overdue: number): string;
}

/** Buyer names in a summary line: a few, then "等". */
const SUMMARY_NAMES = 3;

export function reminderWords(t: Translate): ReminderWords {
  const words: ReminderWords = {
    relative: (r) => (r.when === 'now' ? t('remNow') : t(RELATIVE_KEYS[r.when][r.unit], [String(r.n)])),
    absolute: (a) => {
      switch (a.day) {
        case 'date':
          return t(ABSOLUTE_KEYS.date, [String(a.month), String(a.date), a.time]);
        case 'dateYear':
          return t(ABSOLUTE_KEYS.dateYear, [String(a.year), String(a.month), String(a.date), a.time]);
        default:
          return t(ABSOLUTE_KEYS[a.day], [a.time]);
      }
    },
    platform: (p) => t(PLATFORM_KEYS[p] ?? PLATFORM_KEYS.generic),
    kind: (k) => t(KIND_KEYS[k] ?? KIND_KEYS.other),
    noticeTitle: (buyerName, platform) => t('remNoticeTitle', [buyerName, words.platform(platform)]),
    noticeDue: (dueText, vague) => t(vague ? 'remNoticeDueVague' : 'remNoticeDue', [dueText]),
    noticeDone: () => t('remNoticeDone'),
    noticeSnooze: () => t('remNoticeSnooze'),
    summaryTitle: (count) => t('remSummaryTitle', [String(count)]),
    summaryMessage: (names) => {
      const unique = [...new Set(names.filter(Boolean))];
      return t('remSummaryMessage', [unique.slice(0, SUMMARY_NAMES).join('、')]);
    },
    badgeTitle: (overdue) => (overdue > 0 ? t('remBadgeTitle', [String(overdue)]) : t('remBadgeTitleNone')),
  };
  return words;
}
