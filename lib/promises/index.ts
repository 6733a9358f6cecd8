export { detectPromises, promisesOfClauses, analyseClauses, type DetectOptions, type AnalysedClause } from './detect-promises';
export {
  defaultDue,
  endOfWorkingDay,
  outOfQuietHours,
  HINT_DEFAULT_MINUTES,
  WORKDAY_END,
  DISPATCH_CUTOFF,
  QUIET_AFTER,
  QUIET_UNTIL,
  MORNING_CHECK,
  RESTOCK_CHECK_MINUTES,
} from './default-due';
export { readDueTime, type DueReading } from './parse-due-time';
export { findKindMatches, pickKind, KIND_PRIORITY, type KindMatch } from './classify-kind';
export { judgeClause, isHearsay, type Verdict, type NonPromiseReason } from './judge-clause';
export { splitClauses, type Clause } from './split-clauses';
export { PROMISE_KINDS, VAGUE_HINTS, type PromiseKind, type DetectedPromise, type VagueHint } from './types';
