import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Translate } from '@/lib/reminders';

/**
 * The messages of one locale file, read the way this project writes them (flat `key: value`, values plain or quoted),
 * and a `getMessage` that substitutes $1…$9 as Chrome does — so tests see the words an agent sees.
 */
export function readLocale(lang: 'zh_CN' | 'en'): Map<string, string> {
  const text = readFileSync(resolve(__dirname, `../../../locales/${lang}.yml`), 'utf8');
  const messages = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^([A-Za-z0-9_]+):\s?(.*)$/.exec(line);
    if (!m) continue;
    const [, key, raw] = m as unknown as [string, string, string];
    const value = raw.trim();
    if (value.startsWith('"')) messages.set(key, JSON.parse(value) as string);
    else if (value.startsWith("'")) messages.set(key, value.slice(1, -1).replace(/''/g, "'"));
    else messages.set(key, value);
  }
  return messages;
}

export function localeTranslate(lang: 'zh_CN' | 'en' = 'zh_CN'): Translate & { missing: string[] } {
  const messages = readLocale(lang);
  const missing: string[] = [];
  const t = ((key: string, substitutions: string[] = []) => {
    const message = messages.get(key);
    if (message === undefined) {
      missing.push(key);
      return '';
    }
    return message.replace(/\$(\d|\$)/g, (_m, d: string) => (d === '$' ? '$' : (substitutions[Number(d) - 1] ?? '')));
  }) as Translate & { missing: string[] };
  t.missing = missing;
  return t;
}
