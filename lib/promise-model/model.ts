import { foldCantonese } from '../dialect/cantonese';
import { analyseClauses, defaultDue, isHearsay, promisesOfClauses, readDueTime, PROMISE_KINDS } from '../promises';
import type { DetectedPromise, PromiseKind } from '../promises';
import { loadModel as loadTextModel, scoreLabels, strongestClause, trainTextModel, type LoadedModel as LoadedTextModel, type TextModel, type TrainOptions } from '../text-model';

/**
 * Promise capture, rules and model together. The rules (lib/promises) read structure: a verb class per kind, who acts,
 * whether it is a report or a policy, and the time words. Each new author says promises with verbs and word orders no
 * list has (开给你, 走顺丰, 我查完物流给你回); the model, one logistic regression per kind over character n-grams trained
 * on every labelled message the team has (lib/text-model), hears many of them. It only ever adds: a kind the model is
 * sure the message promises and the rules found no words for (an action they read and judged a report, a policy or
 * someone else's word stays theirs) becomes a promise, due at the time its clause names (or the
 * defaults of default-due.ts). It never removes a rule's promise: its reading of non-promises that look like promises
 * (policies, reports) is weaker than the rules', and a missed reminder costs an agent more than one extra.
 */
export type PromiseModel = TextModel<PromiseKind>;
export type LoadedPromiseModel = LoadedTextModel<PromiseKind>;

/** A kind the model reads with at least this probability and the rules did not find is added. */
export const PROMISE_MODEL_ADD_AT = 0.65;

export interface LabelledMessage {
  text: string;
  promises: ReadonlyArray<{ kind: string }>;
}

export function trainPromiseModel(rows: readonly LabelledMessage[], opts: TrainOptions = {}): PromiseModel {
  return trainTextModel(
    rows.map((r) => ({ text: r.text, labels: r.promises.map((p) => p.kind) })),
    PROMISE_KINDS,
    { positiveWeight: 2, ...opts },
  );
}

export function loadPromiseModel(model: PromiseModel): LoadedPromiseModel {
  return loadTextModel(model, PROMISE_KINDS);
}

export function scorePromiseKinds(model: LoadedPromiseModel, text: string): Record<PromiseKind, number> {
  return scoreLabels(model, text);
}

/** The promises in one agent message: the rules' and, added after them, the kinds only the model hears. */
export function detectPromisesWithModel(
  text: string,
  opts: { now: Date },
  model: LoadedPromiseModel,
): DetectedPromise[] {
  if (Number.isNaN(opts.now.getTime())) throw new RangeError('detectPromisesWithModel: opts.now is not a valid date');
  const clauses = analyseClauses(text, opts.now);
  const found = promisesOfClauses(text, clauses, opts.now);
  const p = scorePromiseKinds(model, text);
  for (const kind of PROMISE_KINDS) {
    if (p[kind] < PROMISE_MODEL_ADD_AT || found.some((f) => f.kind === kind)) continue;
    // The rules read this action and judged it a report, a policy, someone else's word…: theirs is the better reading.
    if (clauses.some((a) => a.action?.kind === kind && a.verdict !== null && a.verdict !== 'none')) continue;
    const where = strongestClause(model, text, kind, 0.5, clauses.map((a) => a.clause));
    // 快递那边回复说后天能到: someone else's word passed on is no promise of the agent's, whatever it sounds like.
    // Read as the rules read it (written Cantonese as Mandarin); the same length, so `where` still points into `text`.
    const read = foldCantonese(text);
    if (isHearsay(read.slice(where.start, where.end))) continue;
    // The clause's own time as the rules read it (times lent between clauses included), else the message's.
    const own = clauses.find((a) => a.clause.start === where.start && a.clause.end === where.end);
    const reading = own?.reading.due ? own.reading : readDueTime(read.slice(where.start, where.end), opts.now);
    const whole = reading.due || reading.hint ? reading : readDueTime(read, opts.now);
    found.push({
      kind,
      due: whole.due ?? defaultDue(kind, opts.now, whole.hint ?? undefined),
      text: text.slice(where.start, where.end).trim(),
      vague: whole.due === null,
    });
  }
  return found;
}
