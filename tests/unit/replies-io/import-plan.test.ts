import { describe, expect, it } from 'vitest';
import type { Reply } from '@/lib/replies';
import {
  parseCsvText,
  parseJsonText,
  planImport,
  resolveImport,
  resolutionOf,
  type ImportChoices,
  type ImportStatus,
} from '@/lib/replies/io';

const LIBRARY: Reply[] = [
  {
    id: 'zd',
    group: '售前',
    code: 'zd',
    content: '亲，在的呢~请问有什么可以帮您？',
  },
  {
    id: 'fh',
    group: '售前/发货',
    code: 'fh',
    title: '发货时间',
    content: '亲，下午4点前付款当天发货哦',
  },
  {
    id: 'tk',
    group: '售后',
    code: 'tk',
    content: '亲，退款已经处理，1-3个工作日原路退回',
  },
];

const json = (items: unknown[]) => parseJsonText(JSON.stringify(items), 'x.json');
const statuses = (items: unknown[], existing = LIBRARY) => planImport(existing, json(items)).rows.map((r) => r.status);

describe('planImport statuses', () => {
  it.each<[string, unknown, ImportStatus, string | undefined]>([
    ['a new reply', { id: 'new', group: '售后', content: '亲，补发的配件今天寄出' }, 'add', undefined],
    ['the same reply again', LIBRARY[1], 'unchanged', '完全相同'],
    ['same id, different content', { ...LIBRARY[1], content: '亲，今天下午5点前付款当天发' }, 'conflict', '内容不同'],
    [
      'same id, other group and title',
      { ...LIBRARY[1], group: '发货', title: '几点发货' },
      'conflict',
      '分组、标题不同',
    ],
    ['same id, an extra column', { ...LIBRARY[1], 备注: '旺季改' }, 'conflict', '其他列不同'],
    ['same code on a new reply', { id: 'x', code: 'ZD', content: '在的亲，您说' }, 'conflict', '编码「ZD」已被库里的'],
    [
      'same content under a new id',
      { id: 'y', content: '亲,在的呢～请问有什么可以帮您?' },
      'duplicate',
      '内容与库里的「zd」重复',
    ],
    ['no content', { id: 'z', content: '' }, 'invalid', '内容不能为空'],
    ['content over 1,000 characters', { id: 'z', content: '亲'.repeat(1001) }, 'invalid', '1000'],
    ['a code with spaces', { id: 'z', code: 'f p', content: '亲' }, 'invalid', '空格'],
    ['a code too long', { id: 'z', code: 'abcdefghijklm', content: '亲' }, 'invalid', '太长'],
    ['not an object', 42, 'invalid', '不是对象'],
  ])('%s → %s', (_name, item, status, reason) => {
    const plan = planImport(LIBRARY, json([item]));
    const row = plan.rows[0]!;
    expect(row.status).toBe(status);
    expect(row.label).toEqual({ zh: '第 1 项', en: 'Item 1' });
    if (reason) {
      expect(row.reasons.map((r) => r.zh).join(' ')).toContain(reason);
      expect(row.reasons.every((r) => r.en.length > 0)).toBe(true);
    } else {
      expect(row.reasons).toEqual([]);
    }
    expect(plan.counts[status]).toBe(1);
  });

  it('names the row as the spreadsheet shows it', () => {
    const plan = planImport(LIBRARY, parseCsvText('分组,快捷短语\n售前,新话术\n\n售后,\n', 'x.csv'));
    expect(plan.rows.map((r) => [r.label.zh, r.label.en, r.status])).toEqual([
      ['第 2 行', 'Row 2', 'add'],
      ['第 4 行', 'Row 4', 'invalid'],
    ]);
  });

  it('compares rows with earlier rows of the same file', () => {
    const plan = planImport(
      [],
      json([
        { id: 'a', code: 'kd', content: '亲，快递已经发出' },
        { id: 'a', code: 'kd', content: '亲，快递已经发出' },
        { id: 'a', content: '亲，快递明天发' },
        { id: 'b', content: '亲，快递已经发出！' },
        { id: 'c', code: 'kd', content: '亲，快递单号稍后发您' },
      ])
    );
    expect(plan.rows.map((r) => [r.status, r.target?.fileRow, r.conflict])).toEqual([
      ['add', undefined, undefined],
      ['unchanged', 1, undefined],
      ['conflict', 1, 'id'],
      ['duplicate', 1, undefined],
      ['conflict', 1, 'code'],
    ]);
    expect(plan.rows[3]!.reasons[0]!.zh).toBe('内容与文件第 1 行重复');
  });

  it('gives an id conflict a free "keep both" id', () => {
    const plan = planImport(
      [...LIBRARY, { id: 'fh-2', group: '', content: '别的话术' }],
      json([
        { ...LIBRARY[1], content: '新的发货话术' },
        { id: 'fh-3', content: '文件里也有' },
      ])
    );
    expect(plan.rows[0]!.keepBothId).toBe('fh-4');
    expect(plan.rows[0]!.differences).toEqual(['content']);
  });
});

describe('resolveImport', () => {
  const file = [
    { id: 'new', group: '售后', content: '亲，补发的配件今天寄出' },
    { ...LIBRARY[1], content: '亲，下午5点前付款当天发货' },
    { id: 'x', code: 'zd', content: '在的亲，您说' },
    { id: 'y', content: '亲，退款已经处理，1-3个工作日原路退回' },
    LIBRARY[0],
    { id: 'bad', content: '' },
  ];
  const existingIds = new Set(LIBRARY.map((r) => r.id));
  const plan = planImport(LIBRARY, json(file));

  it('has the statuses the cases above pin', () => {
    expect(plan.rows.map((r) => r.status)).toEqual([
      'add',
      'conflict',
      'conflict',
      'duplicate',
      'unchanged',
      'invalid',
    ]);
  });

  it.each<[string, ImportChoices, [string, string | undefined][], number[]]>([
    [
      'defaults: conflicts keep both, duplicates are skipped',
      {},
      [
        ['new', undefined],
        ['fh-2', undefined],
        ['x', undefined],
      ],
      [3, 4, 5],
    ],
    [
      'overwrite all conflicts and duplicates',
      { conflict: 'overwrite', duplicate: 'overwrite' },
      [
        ['new', undefined],
        ['fh', 'fh'],
        ['zd', 'zd'],
        ['tk', 'tk'],
      ],
      [4, 5],
    ],
    ['skip all', { conflict: 'skip', duplicate: 'skip' }, [['new', undefined]], [1, 2, 3, 4, 5]],
    [
      'a row choice beats the choice for all',
      { conflict: 'skip', duplicate: 'keep-both', rows: { 1: 'overwrite' } },
      [
        ['new', undefined],
        ['fh', 'fh'],
        ['y', undefined],
      ],
      [2, 4, 5],
    ],
  ])('%s', (_name, choices, writes, untouched) => {
    const resolved = resolveImport(plan, existingIds, choices);
    expect(resolved.writes.map((w) => [w.reply.id, w.replaces])).toEqual(writes);
    expect(resolved.untouched).toEqual(untouched);
    expect(resolutionOf(plan, 0, choices)).toBeUndefined();
  });

  it('an overwrite writes the incoming fields under the id of the reply it replaces', () => {
    const { writes } = resolveImport(plan, existingIds, {
      conflict: 'overwrite',
    });
    expect(writes.find((w) => w.replaces === 'zd')!.reply).toEqual({
      id: 'zd',
      group: '',
      code: 'zd',
      content: '在的亲，您说',
    });
  });

  it('never replaces a reply that appeared after the preview unless told to overwrite it', () => {
    const { writes } = resolveImport(plan, new Set([...existingIds, 'new']));
    expect(writes[0]!.reply.id).toBe('new-2');
    expect(writes[0]!.replaces).toBeUndefined();
  });

  it('lets a later row of the file overwrite an earlier one', () => {
    const p = planImport(
      [],
      json([
        { id: 'a', content: '旧' },
        { id: 'a', content: '新' },
      ])
    );
    const { writes, untouched } = resolveImport(p, new Set(), {
      conflict: 'overwrite',
    });
    expect(writes.map((w) => [w.reply.id, w.reply.content, w.replaces])).toEqual([['a', '新', undefined]]);
    expect(untouched).toEqual([0]);
  });
});

describe('idempotent re-import', () => {
  it.each([
    ['CSV without ids', () => parseCsvText('分组,快捷编码,快捷短语\n售前,zd2,亲在的\n售后,,退款已处理\n', 'x.csv')],
    [
      'JSON with ids',
      () =>
        json([
          { id: 'q1', content: '亲在的' },
          { id: 'fh', content: '和库里 fh 冲突' },
        ]),
    ],
  ])('%s: importing the same file twice changes nothing the second time', (_name, parse) => {
    let library: Reply[] = [...LIBRARY];
    const first = planImport(library, parse());
    const ids = new Set(library.map((r) => r.id));
    library = [
      ...library,
      ...resolveImport(first, ids)
        .writes.filter((w) => !w.replaces)
        .map((w) => w.reply),
    ];
    const second = planImport(library, parse());
    expect(second.rows.map((r) => r.status)).toEqual(second.rows.map(() => 'unchanged'));
    expect(resolveImport(second, new Set(library.map((r) => r.id))).writes).toEqual([]);
  });

  it('statuses of a mixed file', () => {
    expect(statuses([{ id: 'n', content: '新的' }, LIBRARY[0], { content: '' }])).toEqual([
      'add',
      'unchanged',
      'invalid',
    ]);
  });
});
