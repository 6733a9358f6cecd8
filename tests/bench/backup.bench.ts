/**
 * A large shop's backup: 10,000 replies with usage, 3,000 buyers, 5,000 promises. What an import costs before anything is
 * written (reading the file, checking every row, planning the merge against a database holding an overlapping copy), and
 * what the reminder check costs per minute tick over 5,000 open promises.
 * Run: npx vitest bench --run tests/bench/backup.bench.ts
 */
import { bench, describe } from 'vitest';
import { mergeBackup, parseBackup, serializeBackup, type BackupData, type LocalSnapshot } from '../../lib/db/backup';
import type { BuyerRow, PromiseRow, StoredReply } from '../../lib/db/database';
import { countOverdue, groupPending, nextAlarmAt } from '../../lib/reminders';
import type { ReplyUsage } from '../../lib/replies/usage';

const T0 = new Date(2026, 10, 23, 14).getTime();
const replies: StoredReply[] = Array.from({ length: 10_000 }, (_, i) => ({
  id: `r${i}`,
  group: `售后/物流/${i % 40}`,
  code: `c${i}`,
  content: `亲，您的包裹已经在路上了，预计${(i % 3) + 2}天送达，到了驿站会有短信通知您哦（${i}）`,
  keywords: ['物流', '到哪了'],
  createdAt: T0,
  updatedAt: T0 + i,
  source: 'user',
}));
const usage: ReplyUsage[] = replies.map((r, i) => ({ replyId: r.id, picks: i % 17, lastPickedAt: T0 + i, assoc: { 'c:logistics': i % 5 } }));
const buyers: BuyerRow[] = Array.from({ length: 3_000 }, (_, i) => ({
  platform: 'pinduoduo',
  uid: `u${i}`,
  name: `S***${i}`,
  tags: ['老顾客', i % 2 ? '怕压' : '只收顺丰'],
  note: `第${i}位买家：包装用纸箱，别用袋子`,
  createdAt: T0,
  updatedAt: T0 + i,
  lastSeenAt: T0 + i,
}));
const promises: PromiseRow[] = Array.from({ length: 5_000 }, (_, i) => ({
  id: `p${i}`,
  platform: 'douyin',
  uid: `u${i % 3000}`,
  buyerName: `S***${i}`,
  text: '今天下午五点前给您补发配件',
  kind: 'resend',
  due: T0 + (i - 2_500) * 60_000,
  vague: i % 7 === 0,
  status: i % 4 === 0 ? 'done' : 'open',
  sourceKey: `douyin|u${i % 3000}|m${i}|0`,
  createdAt: T0,
  updatedAt: T0 + i,
}));
const data: BackupData = { replies, usage, buyers, promises, meta: [{ key: 'starterSeeded', value: T0 }], storage: {} };
const text = serializeBackup({ format: 'kefu-sidekick-backup', version: 1, exportedAt: '2026-11-23T14:00:00+08:00', data });
console.log(`backup file: ${(text.length / 1e6).toFixed(1)} MB of JSON`);

// This computer: half the rows the same, a quarter edited later here, a quarter missing.
const local: LocalSnapshot = {
  replies: replies.slice(0, 7_500).map((r, i) => (i % 3 === 0 ? { ...r, content: `${r.content}（本机改）`, updatedAt: r.updatedAt + 1e6 } : r)),
  usage: usage.slice(0, 7_500),
  buyers: buyers.slice(0, 2_250).map((b, i) => (i % 3 === 0 ? { ...b, note: '只收顺丰', updatedAt: b.updatedAt + 1e6 } : b)),
  promises: promises.slice(0, 3_750),
  meta: [],
  storage: {},
};
const parsed = parseBackup(text);
if (!parsed.ok) throw new Error(parsed.error.en);

describe('import of a large backup (before writing)', () => {
  bench('parseBackup: JSON.parse + check every row', () => {
    parseBackup(text);
  });
  bench('baseline: JSON.parse alone', () => {
    JSON.parse(text);
  });
  bench('mergeBackup: plan against an overlapping database', () => {
    mergeBackup(local, parsed.backup.data);
  });
});

describe('reminder check over 5,000 promises (pure part, per tick)', () => {
  bench('countOverdue + nextAlarmAt', () => {
    countOverdue(promises, T0);
    nextAlarmAt(promises, T0);
  });
  bench('groupPending (popup)', () => {
    groupPending(promises, T0);
  });
});
