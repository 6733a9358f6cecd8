import { describe, expect, it } from 'vitest';
import { PanelController } from '@/components/panel/panel-controller';
import { ReplyIndex } from '@/lib/replies';

describe('PanelController after an Alt+N insert', () => {
  it('keeps suggesting for the buyer, not for the inserted text, whichever message arrives first', () => {
    const posted: unknown[] = [];
    const c = new PanelController({
      post: (m) => posted.push(m),
      recordPick: async () => undefined,
      editedAfterInsert: async () => {},
      saveAsReply: async () => {},
      variables: () => ({}),
      now: () => new Date('2026-11-23T10:00:00+08:00'),
    });
    c.setIndex(new ReplyIndex([{ id: 'fp', group: '发票', content: '亲,可以开电子发票的' }]));
    c.receive({ type: 'conversation', buyer: null, messages: [{ id: '1', side: 'buyer', text: '能开发票吗' }] });
    c.receive({ type: 'draft', text: '亲,可以开电子发票的', flags: [] });
    c.receive({ type: 'inserted', replyId: 'fp', text: '亲,可以开电子发票的' });
    expect(c.state.source).toBe('buyer');
  });
});
