/**
 * Variables and fill-ins in reply content.
 * - Variables are filled from context: {买家} {店铺} {客服} {今天} {明天} {日期+N}. Each has a fallback, so a reply never
 *   reads "谢谢 {买家}" or "谢谢 S*******n" (Pinduoduo masks nicknames; a masked name is no name).
 * - Any other `{名称}` or `{名称|默认值}` is a fill-in the agent completes on insert (单号, 金额). Without a value and without a
 *   default the reply cannot be inserted yet: `renderReply` says what is missing instead of leaving a raw placeholder.
 */

export interface VariableContext {
  buyerName?: string;
  shopName?: string;
  agentName?: string;
  now: Date;
}

export interface FillIn {
  name: string;
  defaultValue?: string;
}

export type RenderResult = { ok: true; text: string } | { ok: false; missing: FillIn[] };

const PLACEHOLDER = /\{([^{}|\n]{1,16})(?:\|([^{}\n]{0,40}))?\}/g;
const DATE_OFFSET = /^日期\+(\d{1,3})$/;

export const VARIABLE_NAMES = ['买家', '店铺', '客服', '今天', '明天', '日期+N'] as const;

export function isVariableName(name: string): boolean {
  return name === '买家' || name === '店铺' || name === '客服' || name === '今天' || name === '明天' || DATE_OFFSET.test(name);
}

/** Fill-ins of a reply, once each, in order of appearance. */
export function listFillIns(content: string): FillIn[] {
  const seen = new Map<string, FillIn>();
  for (const m of content.matchAll(PLACEHOLDER)) {
    const name = m[1]!.trim();
    if (isVariableName(name) || seen.has(name)) continue;
    seen.set(name, m[2] !== undefined && m[2].trim() ? { name, defaultValue: m[2].trim() } : { name });
  }
  return [...seen.values()];
}

/** A fill-in the agent must type before the reply can be inserted. */
export function requiredFillIns(content: string, values: Record<string, string> = {}): FillIn[] {
  return listFillIns(content).filter((f) => !values[f.name]?.trim() && !f.defaultValue);
}

export function renderReply(content: string, ctx: VariableContext, values: Record<string, string> = {}): RenderResult {
  const missing = requiredFillIns(content, values);
  if (missing.length) return { ok: false, missing };
  const text = content.replace(PLACEHOLDER, (whole, rawName: string, rawDefault?: string) => {
    const name = rawName.trim();
    if (isVariableName(name)) return variableValue(name, ctx);
    const given = values[name]?.trim();
    return given || rawDefault?.trim() || whole;
  });
  return { ok: true, text };
}

/** For lists and previews: variables filled, fill-ins shown as 【名称】 so nobody mistakes them for final text. */
export function previewReply(content: string, ctx: VariableContext): string {
  return content.replace(PLACEHOLDER, (_whole, rawName: string, rawDefault?: string) => {
    const name = rawName.trim();
    if (isVariableName(name)) return variableValue(name, ctx);
    return rawDefault?.trim() || `【${name}】`;
  });
}

function variableValue(name: string, ctx: VariableContext): string {
  switch (name) {
    case '买家':
      return usableBuyerName(ctx.buyerName) ?? '亲';
    case '店铺':
      return ctx.shopName?.trim() || '本店';
    case '客服':
      return ctx.agentName?.trim() || '客服';
    case '今天':
      return formatMonthDay(ctx.now, 0);
    case '明天':
      return formatMonthDay(ctx.now, 1);
    default: {
      const days = Number(DATE_OFFSET.exec(name)?.[1] ?? 0);
      return formatMonthDay(ctx.now, days);
    }
  }
}

/** Masked (S*******n), empty or id-like names are not used to address a buyer. */
export function usableBuyerName(name: string | undefined): string | undefined {
  const trimmed = name?.trim();
  if (!trimmed || trimmed.includes('*') || trimmed.length > 24) return undefined;
  if (/^[\d_-]{6,}$/.test(trimmed)) return undefined;
  return trimmed;
}

/** 11月23日 — the way shop chat writes dates. Local calendar; months roll over naturally. */
export function formatMonthDay(now: Date, addDays: number): string {
  const d = new Date(now.getFullYear(), now.getMonth(), now.getDate() + addDays);
  return `${d.getMonth() + 1}月${d.getDate()}日`;
}
