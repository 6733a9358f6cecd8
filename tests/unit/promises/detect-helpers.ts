import { detectPromises, type PromiseKind } from '../../../lib/promises';
import { formatIsoWithOffset } from '../../../lib/time';

/** The reference moment of the round-by-round promise tables: a Monday morning. */
export const MON_MORNING = new Date('2026-11-23T10:15:00+08:00');

/** The kinds detectPromises finds in `text`, in order. */
export function kinds(text: string, now = MON_MORNING): PromiseKind[] {
  return detectPromises(text, { now }).map((p) => p.kind);
}

/** The due times it finds, as ISO text with the +08:00 offset. */
export function dueOf(text: string, now = MON_MORNING): string[] {
  return detectPromises(text, { now }).map((p) => formatIsoWithOffset(p.due));
}
