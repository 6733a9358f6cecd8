import { i18n } from '#i18n';
import type { Bilingual } from '@/lib/errors';

/** The language the extension's messages are shown in (the browser's, falling back to Chinese), as the locale files say. */
export function uiLanguage(): 'zh' | 'en' {
  return i18n.t('libLangCode') === 'en' ? 'en' : 'zh';
}

/** Messages from lib/ carry both languages; show the one the page is in. */
export function localized(message: Bilingual): string {
  return uiLanguage() === 'en' ? message.en : message.zh;
}

const DAY = 86_400_000;

/** 今天 14:05 / 昨天 / 3 天前 / 11月3日: how recently a reply was used, at a glance. */
export function formatLastUsed(at: number | undefined, now: number): string {
  if (!at) return i18n.t('libNeverUsed');
  const startOfToday = new Date(now);
  startOfToday.setHours(0, 0, 0, 0);
  const today = startOfToday.getTime();
  const lang = uiLanguage() === 'en' ? 'en' : 'zh-CN';
  if (at >= today) {
    const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
    return i18n.t('libToday', [time]);
  }
  if (at >= today - DAY) return i18n.t('libYesterday');
  const days = Math.ceil((today - at) / DAY);
  if (days <= 7) return i18n.t('libDaysAgo', [String(days)]);
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return new Intl.DateTimeFormat(lang, sameYear ? { month: 'short', day: 'numeric' } : { dateStyle: 'medium' }).format(
    at
  );
}

export function formatDateTime(at: number): string {
  return new Intl.DateTimeFormat(uiLanguage() === 'en' ? 'en' : 'zh-CN', {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(at);
}
