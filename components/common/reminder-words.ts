import { i18n } from '#i18n';
import { reminderWords, type Translate } from '@/lib/reminders';

// WXT types `i18n.t` per key; the shared reminder words look keys up by name (a test checks them against both locales).
const translate: Translate = (key, substitutions) =>
  (i18n.t as unknown as (key: string, substitutions?: string[]) => string)(key, substitutions);

/** Platform, kind and due-time words for the panel and the popup, the same ones the background's notifications use. */
export const words = reminderWords(translate);
