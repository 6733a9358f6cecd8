import { describe, expect, it } from 'vitest';
import { PROMISE_KINDS } from '@/lib/promises/types';
import { PLATFORM_IDS } from '@/lib/redline/types';
import { absoluteDue, relativeDue, REMINDER_MESSAGE_KEYS, reminderWords } from '@/lib/reminders';
import { HOUR, MIN, T0 } from './fixtures';
import { localeTranslate, readLocale } from './locale-messages';

describe('reminder words in the locale files', () => {
  it.each(['zh_CN', 'en'] as const)('%s has every key the reminders read', (lang) => {
    const messages = readLocale(lang);
    expect(REMINDER_MESSAGE_KEYS.filter((k) => !messages.get(k))).toEqual([]);
  });

  it.each(['zh_CN', 'en'] as const)('%s has the same rem/popup/data keys as the other locale', (lang) => {
    const mine = [...readLocale(lang).keys()].filter((k) => /^(rem|popup|data)[A-Z]/.test(k));
    const other = readLocale(lang === 'en' ? 'zh_CN' : 'en');
    expect(mine.filter((k) => !other.has(k))).toEqual([]);
  });

  it('names every kind and platform', () => {
    const t = localeTranslate('zh_CN');
    const words = reminderWords(t);
    for (const k of PROMISE_KINDS) expect(words.kind(k)).not.toBe('');
    for (const p of PLATFORM_IDS) expect(words.platform(p)).not.toBe('');
    expect(t.missing).toEqual([]);
  });
});

describe('what the agent reads (zh_CN)', () => {
  const words = reminderWords(localeTranslate('zh_CN'));

  it.each([
    [T0 - 25 * MIN, '超时 25 分钟'],
    [T0 - 3 * HOUR, '超时 3 小时'],
    [T0 - 72 * HOUR, '超时 3 天'],
    [T0 + 10 * MIN, '10 分钟后'],
    [T0 + 2 * HOUR, '2 小时后'],
    [T0 + 20_000, '到点了'],
  ])('relative %i → %s', (due, text) => {
    expect(words.relative(relativeDue(due, T0))).toBe(text);
  });

  it.each([
    [new Date(2026, 10, 23, 18).getTime(), '今天 18:00'],
    [new Date(2026, 10, 24, 9).getTime(), '明天 09:00'],
    [new Date(2026, 10, 22, 21, 30).getTime(), '昨天 21:30'],
    [new Date(2026, 10, 25, 15).getTime(), '11月25日 15:00'],
    [new Date(2027, 0, 2, 10).getTime(), '2027年1月2日 10:00'],
  ])('absolute %i → %s', (due, text) => {
    expect(words.absolute(absoluteDue(due, T0))).toBe(text);
  });

  it('writes the notification lines', () => {
    expect(words.noticeTitle('S*******n', 'pinduoduo')).toBe('承诺到期 · S*******n（拼多多）');
    expect(words.noticeDue('今天 15:00', false)).toBe('约定时间：今天 15:00');
    expect(words.noticeDue('今天 15:00', true)).toBe('约定时间（默认，可修改）：今天 15:00');
    expect(words.summaryTitle(4)).toBe('另有 4 条承诺已到期');
    expect(words.summaryMessage(['小王', '小李', '小王', '阿张', '老赵'])).toBe('小王、小李、阿张 等买家在等，点这里查看全部待办');
    expect(words.badgeTitle(3)).toBe('客服助手 · 3 条承诺已超时');
    expect(words.badgeTitle(0)).toBe('客服助手');
  });

  it('falls back for a kind or platform from a newer version', () => {
    expect(words.kind('teleport' as never)).toBe('其他');
    expect(words.platform('taobao-live' as never)).toBe('其他平台');
  });
});
