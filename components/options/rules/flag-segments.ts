import type { Flag, Severity } from '@/lib/redline';

export interface TextSegment {
  text: string;
  start: number;
  /** The strongest severity of the flags covering this stretch; absent for plain text. */
  severity?: Severity;
  /** Indexes (into the flags given) of the flags covering this stretch. */
  flags: number[];
}

/**
 * Cuts a text at every flag boundary so each stretch can be drawn once, marked by the flags over it. Flags of different
 * categories may overlap (加微信 is off-platform, 好评返现 on the same words is a review problem): a stretch covered by a
 * blocking and a warning flag reads as blocking.
 */
export function segmentByFlags(text: string, flags: readonly Flag[]): TextSegment[] {
  const cuts = new Set<number>([0, text.length]);
  for (const f of flags) {
    cuts.add(Math.max(0, Math.min(text.length, f.start)));
    cuts.add(Math.max(0, Math.min(text.length, f.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = flags.flatMap((f, k) => (f.start <= start && f.end >= end ? [k] : []));
    const segment: TextSegment = { text: text.slice(start, end), start, flags: covering };
    if (covering.length) segment.severity = covering.some((k) => flags[k]!.severity === 'block') ? 'block' : 'warn';
    segments.push(segment);
  }
  return segments;
}
