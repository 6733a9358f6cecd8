/**
 * Suggestion speed at shop scale, run by `npm run bench` (scripts/bench-suggest.mjs). Builds a 10,000-reply library
 * from the three labelled libraries with realistic variation, then reports index build time, index memory, p50/p95
 * per buyer message, incremental edit cost, and plain fuse.js over the same library in the same run as the baseline.
 */
import { readFileSync } from 'node:fs';
import Fuse from 'fuse.js';
import { ReplyIndex, type Reply } from '@/lib/replies';
import { parseJsonText, repliesFromRows } from '@/lib/replies/io';

const read = (path: string) => readFileSync(path, 'utf8');
const libraries = [
  'lib/replies/starter-library.json',
  'tests/fixtures/suggest-c/library-c.json',
  'tests/fixtures/holdout/library-b.json',
].map((p) => repliesFromRows(parseJsonText(read(p))).replies);
const messages = ['tests/fixtures/suggest/dev.jsonl', 'tests/fixtures/suggest-c/messages-c.jsonl']
  .flatMap((p) => read(p).split('\n'))
  .filter((l) => l.trim())
  .map((l) => (JSON.parse(l) as { text: string }).text);

/** Deterministic variation so 10,000 replies are not 300 repeated ones. */
function synthesize(n: number): Reply[] {
  const base = libraries.flat();
  const products = ['连衣裙', '羽绒服', '电饭煲', '蓝牙耳机', '充电器', '面霜', '坚果礼盒', '四件套', '保温杯', '运动鞋', '婴儿湿巾', '吹风机'];
  const tails = ['有问题随时找我哦～', '祝您购物愉快！', '感谢您的耐心等待。', '我们会尽快为您处理。', '具体以页面信息为准哦。', ''];
  let seed = 42;
  const rand = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % k);
  return Array.from({ length: n }, (_, i) => {
    const r = base[i % base.length]!;
    const product = products[rand(products.length)]!;
    return {
      ...r,
      id: `${r.id}-${i}`,
      code: r.code ? `${r.code}${i}` : undefined,
      title: r.title ? `${r.title}·${product}` : undefined,
      content: `${i % 3 === 0 ? `【${product}】` : ''}${r.content}${tails[rand(tails.length)]}`,
    };
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function timeQueries(fn: (text: string) => unknown, texts: string[]): { p50: number; p95: number; mean: number } {
  const times: number[] = [];
  for (const text of texts) {
    const t0 = performance.now();
    fn(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), mean: times.reduce((a, b) => a + b, 0) / times.length };
}

const gc = (globalThis as { gc?: () => void }).gc;
const ms = (x: number) => `${x.toFixed(2)} ms`;

export function run(): Record<string, unknown> {
  const replies = synthesize(10_000);
  // Build: median of three, the first warming the pinyin cache like a panel that has run a while.
  const builds: number[] = [];
  let index: ReplyIndex | null = null;
  let memory = NaN;
  for (let i = 0; i < 3; i++) {
    index = null;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    index = new ReplyIndex(replies);
    builds.push(performance.now() - t0);
    index.suggest({ buyerMessages: ['能开发票吗'] }, 9); // the query buffers belong to the index too
    gc?.();
    if (gc) memory = process.memoryUsage().heapUsed - before;
  }
  const buildMs = [...builds].sort((a, b) => a - b)[1]!;
  if (!index) throw new Error('no index');

  const built = index;
  for (const text of messages.slice(0, 50)) built.suggest({ buyerMessages: [text] }, 9); // warm-up
  const ours = timeQueries((text) => built.suggest({ buyerMessages: [text] }, 9), messages);
  const starter = new ReplyIndex(libraries[0]!);
  const oursStarter = timeQueries((text) => starter.suggest({ buyerMessages: [text] }, 9), messages);

  // Baseline: plain fuse.js over the same 10,000 replies (content, title, keywords), same messages (a sample: it is slow).
  const fuse = new Fuse(replies, { keys: ['content', 'title', 'keywords'], threshold: 0.4, ignoreLocation: true });
  const sample = messages.filter((_, i) => i % 5 === 0);
  const baseline = timeQueries((text) => fuse.search(text, { limit: 9 }), sample);
  const oursOnSample = timeQueries((text) => built.suggest({ buyerMessages: [text] }, 9), sample);

  // An edit in the options page: one reply changed.
  const edits: number[] = [];
  for (let i = 0; i < 200; i++) {
    const r = replies[(i * 37) % replies.length]!;
    const t0 = performance.now();
    built.upsert({ ...r, content: `${r.content}(已更新${i})` });
    edits.push(performance.now() - t0);
  }
  edits.sort((a, b) => a - b);

  const result = {
    replies: replies.length,
    queries: messages.length,
    buildMs,
    indexMemoryMB: memory / 2 ** 20,
    suggest10k: ours,
    suggestStarter: oursStarter,
    fuse10kSample: baseline,
    ours10kSample: oursOnSample,
    ratioMeanVsFuse: oursOnSample.mean / baseline.mean,
    editP50Ms: percentile(edits, 50),
    editP95Ms: percentile(edits, 95),
  };
  console.log(`Suggestion benchmark (${result.replies} replies, ${result.queries} buyer messages)`);
  console.log(`  index build            ${ms(buildMs)} (median of 3)`);
  console.log(`  index memory           ${Number.isFinite(memory) ? `${result.indexMemoryMB.toFixed(1)} MB` : 'n/a (run node with --expose-gc)'}`);
  console.log(`  suggest, 10k replies   p50 ${ms(ours.p50)}  p95 ${ms(ours.p95)}  mean ${ms(ours.mean)}`);
  console.log(`  suggest, starter (142) p50 ${ms(oursStarter.p50)}  p95 ${ms(oursStarter.p95)}`);
  console.log(`  plain fuse.js, 10k     p50 ${ms(baseline.p50)}  p95 ${ms(baseline.p95)}  mean ${ms(baseline.mean)}  (${sample.length} messages)`);
  console.log(`  ours on the same ${sample.length}    mean ${ms(oursOnSample.mean)}  → ${result.ratioMeanVsFuse.toFixed(4)}× fuse.js`);
  console.log(`  edit one reply         p50 ${ms(result.editP50Ms)}  p95 ${ms(result.editP95Ms)}`);
  return result;
}
