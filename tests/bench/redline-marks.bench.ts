import { bench, describe } from 'vitest';
import { createRedlineEngine } from '@/lib/redline';
import { STARTER_LIBRARY } from '@/lib/replies';
import { computeRedlineMarks, type MarkCache } from '@/components/options/library/redline-marks';

/**
 * Red-line marks of the options-page library at 10,000 replies: the full pass after a settings change (cold cache, run in
 * slices in the page) and the pass after one reply is saved (warm cache). Run:
 * npx vitest bench --run tests/bench/redline-marks.bench.ts
 */
const RISKY = ['', '', '', '', '', '', '，加我微信发您优惠券', '，这款是全网最低价', '，好评返现5元'];
function synthesize(n: number, minLength: number) {
  return Array.from({ length: n }, (_, i) => {
    const base = STARTER_LIBRARY[i % STARTER_LIBRARY.length]!;
    let content = `${base.content}${RISKY[i % RISKY.length]}（${i}号）`;
    // Longer replies are built from other replies, as a shop's long answers are.
    for (let k = 1; content.length < minLength; k++)
      content += STARTER_LIBRARY[(i + k * 7) % STARTER_LIBRARY.length]!.content;
    return { id: `r${i}`, content };
  });
}
const typical = synthesize(10_000, 0);
const long = synthesize(10_000, 200);
const engine = createRedlineEngine({
  platform: 'douyin',
  custom: [
    { id: 'c1', pattern: '私[聊信]我', isRegex: true, category: 'off_platform', severity: 'block', enabled: true },
  ],
  disabled: ['absolute.best'],
});
const check = (t: string) => engine.check(t);
const warm: MarkCache = new Map();
await computeRedlineMarks(typical, check, { cache: warm });
let edits = 0;

describe('library red-line marks, 10,000 replies', () => {
  bench(
    `full pass, typical replies (~${Math.round(typical.reduce((s, r) => s + r.content.length, 0) / 1e4)} chars)`,
    async () => {
      await computeRedlineMarks(typical, check);
    }
  );
  bench('full pass, 200+ character replies', async () => {
    await computeRedlineMarks(long, check);
  });
  bench('after saving one reply (warm cache)', async () => {
    const edited = typical.map((r, i) => (i === 5000 ? { ...r, content: `${r.content}${++edits}` } : r));
    await computeRedlineMarks(edited, check, { cache: warm });
  });
});
