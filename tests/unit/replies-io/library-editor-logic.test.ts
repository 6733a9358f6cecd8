import { describe, expect, it } from 'vitest';
import type { StoredReply } from '@/lib/db';
import { joinUsage } from '@/lib/db/library-ops';
import type { Reply, ReplyUsage } from '@/lib/replies';
import { STARTER_LIBRARY } from '@/lib/replies';
import { duplicateCodeIds, findDuplicates } from '@/components/options/library/duplicates';
import { buildGroupTree } from '@/components/options/library/group-tree';
import { buildView, usageBand, type ViewOptions } from '@/components/options/library/library-view';

const NOW = Date.UTC(2026, 10, 20, 4, 0);
const DAY = 86_400_000;

const stored = (r: Reply, extra: Partial<StoredReply> = {}): StoredReply => ({
  createdAt: NOW - 10 * DAY,
  updatedAt: NOW - 10 * DAY,
  source: 'user',
  ...r,
  ...extra,
});

describe('buildGroupTree', () => {
  const tree = buildGroupTree([
    { id: '1', group: '售前/物流', content: 'a' },
    { id: '2', group: '售前/物流/顺丰', content: 'b' },
    { id: '3', group: '售前', content: 'c' },
    { id: '4', group: '售后', content: 'd' },
    { id: '5', group: '', content: 'e' },
    { id: '6', group: '发票', content: 'f' },
  ]);

  it('nests groups and counts each reply in every group above it', () => {
    const shape = (nodes: typeof tree.roots): unknown =>
      nodes.map((n) => [n.name, n.count, ...(n.children.length ? [shape(n.children)] : [])]);
    // Sorted by pinyin: 发票 (fa) < 售后 (shou hou) < 售前 (shou qian).
    expect(shape(tree.roots)).toEqual([
      ['发票', 1],
      ['售后', 1],
      ['售前', 3, [['物流', 2, [['顺丰', 1]]]]],
    ]);
    expect(tree.ungrouped).toBe(1);
    expect(tree.total).toBe(6);
    expect(tree.paths).toEqual(['发票', '售后', '售前', '售前/物流', '售前/物流/顺丰']);
  });

  it('gives the starter library a group for every reply', () => {
    const t = buildGroupTree(STARTER_LIBRARY);
    expect(t.roots.reduce((sum, n) => sum + n.count, 0) + t.ungrouped).toBe(STARTER_LIBRARY.length);
  });
});

describe('findDuplicates', () => {
  it.each<[string, string, string, 'same' | 'near' | null]>([
    ['punctuation and width only', '亲，在的呢~请问有什么可以帮您？', '亲,在的呢 请问有什么可以帮您?', 'same'],
    [
      'a particle added and a word swapped',
      '亲，在的呢~请问有什么可以帮您？',
      '亲，在的哦，请问有什么可以帮您的？',
      'near',
    ],
    [
      'the refund reply lightly edited',
      '亲，退款已经处理，1-3个工作日原路退回',
      '亲，退款已处理，1-3个工作日会原路退回哦',
      'near',
    ],
    ['same opening, different answer', '亲，您的包裹已经到{城市}了', '亲，您的包裹已经发出了，请耐心等待', null],
    ['too short to judge by overlap', '好的亲', '好的呢亲', null],
    ['fill-in versus fixed text', '亲，单号是{单号}', '亲，单号是单号', null],
  ])('%s → %s', (_name, a, b, kind) => {
    const d = findDuplicates([
      { id: 'a', group: '', content: a },
      { id: 'b', group: '', content: b },
    ]);
    if (kind === null) expect(d.size).toBe(0);
    else {
      expect(d.get('a')![kind]).toEqual(['b']);
      expect(d.get('b')![kind]).toEqual(['a']);
    }
  });

  it('finds the same pairs as comparing every pair (prefix filtering loses nothing)', () => {
    const library: Reply[] = [
      ...STARTER_LIBRARY,
      ...STARTER_LIBRARY.slice(0, 40).map((r, i) => ({
        ...r,
        id: `v${i}`,
        content: r.content.replace(/亲[，,]?/, '') + '哦',
      })),
    ];
    const grams = (s: string) => {
      const key = [
        ...s
          .normalize('NFKC')
          .toLowerCase()
          .replace(/[^\p{L}\p{N}{}]+/gu, ''),
      ];
      return new Set(key.slice(1).map((c, i) => key[i]! + c));
    };
    const expected = new Set<string>();
    for (let i = 0; i < library.length; i++) {
      for (let j = i + 1; j < library.length; j++) {
        const a = grams(library[i]!.content);
        const b = grams(library[j]!.content);
        if (a.size < 4 || b.size < 4) continue;
        let shared = 0;
        for (const g of a) if (b.has(g)) shared++;
        const jaccard = shared / (a.size + b.size - shared);
        if (jaccard >= 0.6 && jaccard < 1) expected.add(`${library[i]!.id}|${library[j]!.id}`);
      }
    }
    const found = new Set<string>();
    const order = new Map(library.map((r, i) => [r.id, i]));
    for (const [id, info] of findDuplicates(library)) {
      for (const other of info.near) if (order.get(id)! < order.get(other)!) found.add(`${id}|${other}`);
    }
    expect(expected.size).toBeGreaterThan(30);
    expect(found).toEqual(expected);
  });

  it('lists replies that share a code', () => {
    expect(
      duplicateCodeIds([
        { id: 'a', group: '', code: 'fp', content: 'x' },
        { id: 'b', group: '', code: 'FP', content: 'y' },
        { id: 'c', group: '', code: 'kd', content: 'z' },
        { id: 'd', group: '', content: 'w' },
      ])
    ).toEqual(new Set(['a', 'b']));
  });
});

describe('usage bands', () => {
  it.each<[string, Partial<ReplyUsage> | undefined, string]>([
    ['never picked', undefined, 'unused'],
    ['picked twice', { picks: 2, lastPickedAt: NOW - DAY }, 'rare'],
    ['picked often but not for 31 days', { picks: 50, lastPickedAt: NOW - 31 * DAY }, 'rare'],
    ['picked often, lately', { picks: 50, lastPickedAt: NOW - 2 * DAY }, 'used'],
    ['picked 3 times this month', { picks: 3, lastPickedAt: NOW - 29 * DAY }, 'used'],
  ])('%s → %s', (_name, usage, band) => {
    const stats = joinUsage(
      [{ id: 'r', group: '', content: 'x' }],
      usage ? [{ replyId: 'r', assoc: {}, picks: 0, lastPickedAt: 0, ...usage }] : []
    );
    expect(usageBand(stats.get('r'), NOW)).toBe(band);
  });
});

describe('buildView', () => {
  const replies = [
    stored({ id: 'zd', group: '售前', code: 'zd', content: '亲，在的呢~请问有什么可以帮您？' }, { source: 'starter' }),
    stored(
      { id: 'zd2', group: '售前', code: 'ZD', content: '亲，在的哦，请问有什么可以帮您的？' },
      { source: 'import' }
    ),
    stored(
      { id: 'fh', group: '售前/发货', code: 'fh', content: '亲，下午4点前付款当天发货哦' },
      { updatedAt: NOW - DAY }
    ),
    stored({ id: 'tk', group: '售后', code: 'tk', content: '亲，退款已经处理，1-3个工作日原路退回' }),
    stored({ id: 'bz', group: '', content: '亲，这款是标准码，按平时穿的码数拍就可以' }, { source: 'sent' }),
  ];
  const usage: ReplyUsage[] = [
    { replyId: 'zd', picks: 120, lastPickedAt: NOW - 3_600_000, assoc: {}, editedAfterInsert: 4 },
    { replyId: 'fh', picks: 30, lastPickedAt: NOW - 2 * DAY, assoc: {}, editedAfterInsert: 12 },
    { replyId: 'tk', picks: 1, lastPickedAt: NOW - 40 * DAY, assoc: {} },
  ];
  const inputs = {
    replies,
    stats: joinUsage(replies, usage),
    duplicates: findDuplicates(replies),
    duplicateCodes: duplicateCodeIds(replies),
  };
  const base: ViewOptions = {
    group: null,
    source: 'all',
    usage: 'all',
    duplicates: 'all',
    sort: 'group',
    descending: false,
    now: NOW,
    hits: null,
  };

  it.each<[string, Partial<ViewOptions>, string[]]>([
    ['everything, by group then code', {}, ['bz', 'tk', 'zd', 'zd2', 'fh']],
    ['a group includes its subgroups', { group: '售前' }, ['zd', 'zd2', 'fh']],
    ['未分组', { group: '' }, ['bz']],
    ['by source', { source: 'import' }, ['zd2']],
    ['never used', { usage: 'unused' }, ['bz', 'zd2']],
    ['rarely used', { usage: 'rare' }, ['tk']],
    ['edited after insertion', { usage: 'edited' }, ['zd', 'fh']],
    ['duplicate content', { duplicates: 'content' }, ['zd', 'zd2']],
    ['duplicate codes', { duplicates: 'code' }, ['zd', 'zd2']],
    ['most picked first', { sort: 'picks', descending: true }, ['zd', 'fh', 'tk', 'bz', 'zd2']],
    ['most edited first', { sort: 'edited', descending: true }, ['fh', 'zd', 'bz', 'tk', 'zd2']],
    ['least recently used first', { sort: 'lastUsed' }, ['bz', 'zd2', 'tk', 'fh', 'zd']],
    ['recently updated first', { sort: 'updated', descending: true }, ['fh', 'bz', 'tk', 'zd', 'zd2']],
    [
      'search hits by relevance, filters still apply',
      {
        sort: 'relevance',
        hits: new Map([
          ['tk', 3],
          ['fh', 9],
          ['bz', 1],
        ]),
        group: '售前',
      },
      ['fh'],
    ],
    [
      'search hits by relevance',
      {
        sort: 'relevance',
        hits: new Map([
          ['tk', 3],
          ['fh', 9],
          ['bz', 1],
        ]),
      },
      ['fh', 'tk', 'bz'],
    ],
  ])('%s', (_name, opts, ids) => {
    expect(buildView(inputs, { ...base, ...opts }).map((r) => r.id)).toEqual(ids);
  });
});
