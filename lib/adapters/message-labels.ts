/** Short labels that stand in for messages that are not text, on every platform. */
export const MESSAGE_LABELS = {
  goods: '[商品卡片]',
  order: '[订单卡片]',
  notify: '[通知卡片]',
  image: '[图片]',
  other: '[其他消息]',
} as const;

export type MessageLabelKind = keyof typeof MESSAGE_LABELS;

/** One line per missing part for `recognise()`: what was looked for and where, so a developer can fix the selector. */
export function missingPart(what: string, selectors: readonly string[]): string {
  return `${what}: nothing matches ${selectors.join(' , ')}`;
}
