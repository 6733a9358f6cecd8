/** What an agent promised to do. */
export const PROMISE_KINDS = [
  'ship', // 发货 / 发顺丰 / 安排发出
  'resend', // 补发
  'exchange', // 换货
  'refund', // 退款 / 退差价 / 补偿
  'reply', // 回复 / 答复 / 给您消息
  'callback', // 回电 / 打电话
  'warehouse', // 催仓库 / 问仓库
  'logistics', // 查物流 / 联系快递
  'invoice', // 开发票
  'restock_notice', // 到货通知
  'other',
] as const;
export type PromiseKind = (typeof PROMISE_KINDS)[number];

export interface DetectedPromise {
  kind: PromiseKind;
  /** When it falls due. */
  due: Date;
  /** The clause that carries the promise, as written. */
  text: string;
  /** True when no time was said and `due` is a default the agent may want to change (稍后, 晚点, 有结果第一时间). */
  vague: boolean;
}

/**
 * What a vague time word promised, so a default due time can be picked (see default-due.ts for the values):
 * `now` 马上/立刻/这就 · `soon` 稍后/一会儿/等下 · `asap` 尽快/第一时间 · `later` 晚点/回头 ·
 * `on_result` 有结果/问好了/有消息 · `on_restock` 到货/补货了/有货了.
 */
export const VAGUE_HINTS = ['now', 'soon', 'asap', 'later', 'on_result', 'on_restock'] as const;
export type VagueHint = (typeof VAGUE_HINTS)[number];
