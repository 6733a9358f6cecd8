import { UserError } from '../errors';
import { bundledPromiseModel, detectPromisesWithModel } from '../promise-model';
import { formatIsoWithOffset } from '../time';
import { requireText } from './jsonl';

export function parseNow(raw: unknown, where: string): Date | undefined {
  if (raw === undefined || raw === null) return undefined;
  const date = typeof raw === 'string' ? new Date(raw) : new Date(NaN);
  if (Number.isNaN(date.getTime())) {
    throw new UserError({
      zh: `${where}的时间「${String(raw)}」不是 ISO 8601 时间,例如 2026-11-23T10:15:00+08:00`,
      en: `"${String(raw)}" is not an ISO 8601 time, e.g. 2026-11-23T10:15:00+08:00`,
    });
  }
  return date;
}

/**
 * `kefu promises`: `{"text"}` → `{"promises":[{"kind","due","text"}]}`, `due` in the environment's time zone with its
 * offset. Rules and model together (lib/promise-model). The clock is `--now`, or a line's own `"now"`, or the real time.
 */
export function promisesCommand(defaultNow: Date | undefined): (input: Record<string, unknown>) => unknown {
  return (input) => {
    const text = requireText(input);
    const now = parseNow(input.now, '这一行') ?? defaultNow ?? new Date();
    return {
      promises: detectPromisesWithModel(text, { now }, bundledPromiseModel()).map((p) => ({ kind: p.kind, due: formatIsoWithOffset(p.due), text: p.text })),
    };
  };
}
