import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { PromiseKind } from '@/lib/promises/types';

const KIND_LABEL: Record<PromiseKind, () => string> = {
  ship: () => i18n.t('kind_ship'),
  resend: () => i18n.t('kind_resend'),
  exchange: () => i18n.t('kind_exchange'),
  refund: () => i18n.t('kind_refund'),
  reply: () => i18n.t('kind_reply'),
  callback: () => i18n.t('kind_callback'),
  warehouse: () => i18n.t('kind_warehouse'),
  logistics: () => i18n.t('kind_logistics'),
  invoice: () => i18n.t('kind_invoice'),
  restock_notice: () => i18n.t('kind_restock_notice'),
  other: () => i18n.t('kind_other'),
};

export function kindLabel(kind: PromiseKind): string {
  return (KIND_LABEL[kind] ?? KIND_LABEL.other)();
}

/**
 * The zh or en half of a Bilingual, matching the message files: English for an English browser, Chinese otherwise
 * (zh_CN is the default locale).
 */
export function pickLanguage(text: { zh: string; en: string }): string {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('en') ? text.en : text.zh;
}
