import { describe, expect, it } from 'vitest';
import { createRedlineEngine, type CategoryId, type PlatformId } from '../../../lib/redline';

/**
 * The shared harness of the round-by-round meaning-class tables (round3-classes … round7-classes): one engine per
 * platform, a failure message that shows which rule matched which words, and the two kinds of row.
 */
const engines = new Map<PlatformId, ReturnType<typeof createRedlineEngine>>();

export function check(text: string, platform: PlatformId = 'generic') {
  let e = engines.get(platform);
  if (!e) engines.set(platform, (e = createRedlineEngine({ platform })));
  return e.check(text);
}

/** What matched, as [rule, matched text] pairs: the message of a failing row. */
export const show = (text: string, platform?: PlatformId) =>
  JSON.stringify(check(text, platform).map((f) => [f.rule, text.slice(f.start, f.end)]));

export interface Classes {
  category: CategoryId;
  /** [class it exercises, reply]: must be flagged with the category. */
  fires: Array<[shape: string, text: string]>;
  /** [why it is fine, reply]: must not be flagged at all. */
  clean: Array<[why: string, text: string]>;
}

/** One describe per category: every `fires` row is flagged with it, every `clean` row with nothing. */
export function describeClasses(round: string, classes: Classes[]): void {
  describe.each(classes)(`${round} $category classes`, ({ category, fires, clean }) => {
    it.each(fires)('fires on %s: 「%s」', (_shape, text) => {
      expect(
        check(text).map((f) => f.category),
        show(text),
      ).toContain(category);
    });
    it.each(clean)('stays quiet (%s): 「%s」', (_why, text) => {
      expect(check(text), show(text)).toEqual([]);
    });
  });
}
