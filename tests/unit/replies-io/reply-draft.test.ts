import { describe, expect, it } from 'vitest';
import type { Reply } from '@/lib/replies';
import {
  checkDraft,
  draftFromReply,
  newReplyId,
  replyFromDraft,
  type ReplyDraft,
} from '@/components/options/library/reply-draft';

const LIBRARY: Reply[] = [
  { id: 'fp', group: '售前/发票', code: 'fp', title: '开发票', content: '亲，可以开发票的' },
  { id: 'kd', group: '售后', code: 'kd', content: '亲，默认发中通快递哦' },
];
const owner = (code: string) => LIBRARY.find((r) => r.code?.toLowerCase() === code.toLowerCase());
const draft = (d: Partial<ReplyDraft>): ReplyDraft => ({
  group: '',
  code: '',
  title: '',
  content: '',
  keywords: '',
  ...d,
});

describe('checkDraft', () => {
  it.each<[string, Partial<ReplyDraft>, string | null, string | undefined]>([
    ['a good new reply', { content: '亲，单号{单号}', code: 'dh' }, null, undefined],
    ['content required', { content: '  ' }, '内容不能为空', undefined],
    ['a code taken by another reply', { content: 'x', code: 'FP' }, '编码「FP」已被「开发票」使用', undefined],
    ['its own code is fine', { content: 'x', code: 'fp' }, null, 'fp'],
    ['a broken fill-in is an error here', { content: '亲，单号{单号' }, '没有配对', undefined],
    ['a code with a space', { content: 'x', code: 'f p' }, '空格', undefined],
  ])('%s', (_name, d, error, selfId) => {
    const { errors } = checkDraft(draft(d), owner, selfId);
    if (error === null) expect(errors).toEqual([]);
    else expect(errors.map((e) => e.zh).join(' ')).toContain(error);
    expect(errors.every((e) => e.en.length > 0)).toBe(true);
  });
});

describe('draft ↔ reply', () => {
  it('round-trips a reply through the form', () => {
    const reply: Reply = {
      id: 'a',
      group: '售前/物流',
      code: 'kd',
      title: '快递',
      content: '亲，默认中通',
      keywords: ['快递', '哪家快递'],
    };
    expect(replyFromDraft(draftFromReply(reply), reply, () => 'unused')).toEqual(reply);
  });

  it('keeps unknown fields, drops cleared ones and storage bookkeeping, normalises group, keywords and line ends', () => {
    const stored = {
      id: 'a',
      group: '售前',
      code: 'kd',
      title: '快递',
      content: 'x',
      keywords: ['k'],
      登记日期: '2024/10/08',
      createdAt: 1,
      updatedAt: 2,
      source: 'import',
    };
    const saved = replyFromDraft(
      draft({ group: '售前 > 物流', content: ' 亲，第一行\r\n第二行 ', keywords: '快递，顺丰 顺丰' }),
      stored,
      () => 'unused'
    );
    expect(saved).toEqual({
      id: 'a',
      group: '售前/物流',
      content: '亲，第一行\n第二行',
      keywords: ['快递', '顺丰'],
      登记日期: '2024/10/08',
    });
  });

  it('gives a new reply a fresh id and the selected group', () => {
    const d = draftFromReply(null, '售后/退款');
    expect(d.group).toBe('售后/退款');
    const a = replyFromDraft({ ...d, content: '亲，退款已处理' }, null, newReplyId);
    const b = replyFromDraft({ ...d, content: '亲，退款已处理' }, null, newReplyId);
    expect(a.id).toMatch(/^u-[0-9a-f]{12}$/);
    expect(a.id).not.toBe(b.id);
  });
});
