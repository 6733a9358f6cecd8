/**
 * Scores detectPromises against a labelled JSONL file (tests/fixtures/promises/*.jsonl), one message per line:
 * `{"text", "now", "promises": [{"kind", "dueFrom", "dueTo"}]}`.
 *
 * - recall: labelled promises found with the right kind. Found promises are matched to labels in order, each used once.
 * - false rate: false detections / all detections. A false detection is any promise found in a message labelled with
 *   none, or one more than the labels of a promise message hold.
 * - non-promise fire rate: messages labelled with no promise that yield any.
 * - window: matched promises whose due time lies in the label's [dueFrom, dueTo].
 */
import { readFileSync } from 'node:fs';
import { detectPromises, PROMISE_KINDS, type PromiseKind } from '../../../lib/promises';
import { formatIsoWithOffset } from '../../../lib/time';

export interface LabelledPromise {
  kind: PromiseKind;
  dueFrom: string;
  dueTo: string;
}

export interface LabelledMessage {
  text: string;
  now: string;
  promises: LabelledPromise[];
}

export interface Score {
  messages: number;
  labelled: number;
  found: number;
  detections: number;
  falseDetections: number;
  nonPromiseMessages: number;
  nonPromiseFired: number;
  inWindow: number;
  recall: number;
  falseRate: number;
  nonPromiseFireRate: number;
  windowRate: number;
  /** One line per message that missed, fired falsely or fell outside its window. */
  problems: string[];
}

export function readLabelled(path: string): LabelledMessage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const row = JSON.parse(line) as LabelledMessage;
      const kinds: readonly string[] = PROMISE_KINDS;
      if (typeof row.text !== 'string' || Number.isNaN(Date.parse(row.now)) || !Array.isArray(row.promises)) {
        throw new Error(`${path}:${i + 1}: malformed row`);
      }
      for (const p of row.promises) {
        if (!kinds.includes(p.kind) || !(Date.parse(p.dueFrom) <= Date.parse(p.dueTo))) {
          throw new Error(`${path}:${i + 1}: bad promise label ${JSON.stringify(p)}`);
        }
      }
      return row;
    });
}

export function scoreLabelled(rows: readonly LabelledMessage[]): Score {
  let labelled = 0;
  let found = 0;
  let detections = 0;
  let falseDetections = 0;
  let nonPromiseMessages = 0;
  let nonPromiseFired = 0;
  let inWindow = 0;
  const problems: string[] = [];

  for (const row of rows) {
    const got = detectPromises(row.text, { now: new Date(row.now) });
    detections += got.length;
    const used = new Set<number>();
    const notes: string[] = [];
    for (const label of row.promises) {
      labelled += 1;
      const index = got.findIndex((g, i) => !used.has(i) && g.kind === label.kind);
      if (index === -1) {
        notes.push(`missed ${label.kind}`);
        continue;
      }
      used.add(index);
      found += 1;
      const due = got[index]!.due.getTime();
      if (due >= Date.parse(label.dueFrom) && due <= Date.parse(label.dueTo)) inWindow += 1;
      else
        notes.push(
          `${label.kind} due ${formatIsoWithOffset(got[index]!.due)} outside ${label.dueFrom}..${label.dueTo}`,
        );
    }
    const extras = got.filter((_, i) => !used.has(i));
    falseDetections += extras.length;
    if (row.promises.length === 0) {
      nonPromiseMessages += 1;
      if (got.length > 0) nonPromiseFired += 1;
    }
    if (extras.length > 0) notes.push(`extra ${extras.map((e) => `${e.kind}「${e.text}」`).join(' ')}`);
    if (notes.length > 0) problems.push(`${row.now} ${row.text} — ${notes.join('; ')}`);
  }

  return {
    messages: rows.length,
    labelled,
    found,
    detections,
    falseDetections,
    nonPromiseMessages,
    nonPromiseFired,
    inWindow,
    recall: labelled ? found / labelled : 1,
    falseRate: detections ? falseDetections / detections : 0,
    nonPromiseFireRate: nonPromiseMessages ? nonPromiseFired / nonPromiseMessages : 0,
    windowRate: found ? inWindow / found : 1,
    problems,
  };
}

export function describeScore(name: string, s: Score): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  return [
    `${name}: ${s.messages} messages, ${s.labelled} labelled promises, ${s.nonPromiseMessages} non-promise messages`,
    `  recall ${pct(s.recall)} (${s.found}/${s.labelled})`,
    `  false rate ${pct(s.falseRate)} (${s.falseDetections}/${s.detections} detections); ` +
      `non-promise messages firing ${pct(s.nonPromiseFireRate)} (${s.nonPromiseFired}/${s.nonPromiseMessages})`,
    `  due in window ${pct(s.windowRate)} (${s.inWindow}/${s.found})`,
    ...s.problems.map((p) => `  · ${p}`),
  ].join('\n');
}
