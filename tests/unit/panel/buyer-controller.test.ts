import { describe, expect, it, vi } from 'vitest';
import { BuyerController, type Call } from '@/components/panel/buyer-controller';
import type { BuyerRef, ChatMessage } from '@/lib/adapters/types';
import type { BuyerRow, PromiseRow } from '@/lib/db/database';

const a: BuyerRef = { platform: 'pinduoduo', uid: 'A', name: 'S*******n' };
const b: BuyerRef = { platform: 'pinduoduo', uid: 'B', name: 'S*******n' };

function fakeData(notes: Record<string, string> = {}) {
  const calls: { method: string; params: unknown }[] = [];
  const resolvers: (() => void)[] = [];
  let hold = false;
  const call = (async (method: string, params: any) => {
    calls.push({ method, params });
    if (hold) await new Promise<void>((r) => resolvers.push(r));
    if (method === 'buyer.open') {
      const row: Partial<BuyerRow> = { ...params.buyer, note: notes[params.buyer.uid] ?? '', tags: [] };
      return { buyer: row, promises: [] };
    }
    if (method === 'buyer.saveNote') {
      notes[params.buyer.uid] = params.note;
      return { ...params.buyer, note: params.note, tags: [] };
    }
    if (method === 'promises.capture') {
      return /明天/.test(params.text) ? [{ id: `p-${params.messageId}`, text: params.text, status: 'open' } as Partial<PromiseRow>] : [];
    }
    return undefined;
  }) as unknown as Call;
  return { call, calls, notes, holdAnswers: (on: boolean) => (hold = on), release: () => resolvers.splice(0).forEach((r) => r()) };
}

const msg = (id: string, side: ChatMessage['side'], text: string): ChatMessage => ({ id, side, text });

describe('BuyerController notes', () => {
  it('saves the note for the buyer it was typed for when the agent switches at once', async () => {
    const data = fakeData({ A: '', B: '老顾客' });
    const c = new BuyerController({ call: data.call, now: () => 0, url: () => undefined });
    c.onConversation(a, []);
    await vi.waitFor(() => expect(c.state.loaded).toBe(true));
    c.setNote('怕压');
    c.onConversation(b, []); // switch before the throttled save fires
    await vi.waitFor(() => expect(data.notes.A).toBe('怕压'));
    await vi.waitFor(() => expect(c.state.note).toBe('老顾客'));
    expect(c.state.key).toBe('pinduoduo|B');
  });

  it('ignores a late answer for a buyer the agent already left', async () => {
    const data = fakeData({ A: 'A 的备注', B: 'B 的备注' });
    const c = new BuyerController({ call: data.call, now: () => 0, url: () => undefined });
    data.holdAnswers(true);
    c.onConversation(a, []);
    c.onConversation(b, []);
    data.holdAnswers(false);
    data.release();
    await vi.waitFor(() => expect(c.state.loaded).toBe(true));
    expect(c.state.note).toBe('B 的备注');
  });
});

describe('BuyerController promise capture', () => {
  it('reads only agent messages that arrive after the conversation was seen, once each', async () => {
    const data = fakeData();
    let now = 0;
    const c = new BuyerController({ call: data.call, now: () => now, url: () => 'https://x' });
    const history = [msg('1', 'buyer', '在吗'), msg('2', 'agent', '明天给您发货')];
    c.onConversation(a, history);
    now = 300;
    c.onConversation(a, [...history, msg('0', 'agent', '明天给您回复')]); // an id set late while still settling
    now = 5000;
    c.onConversation(a, [...history, msg('0', 'agent', '明天给您回复'), msg('3', 'agent', '好的,明天给您补发')]);
    c.onConversation(a, [...history, msg('0', 'agent', '明天给您回复'), msg('3', 'agent', '好的,明天给您补发')]);
    c.onConversation(a, [msg('9', 'agent', '明天发货(旧消息,刚拿到 id)'), ...history, msg('0', 'agent', 'x'), msg('3', 'agent', 'y')]);
    const captured = data.calls.filter((x) => x.method === 'promises.capture').map((x) => (x.params as { messageId: string }).messageId);
    expect(captured).toEqual(['3']);
    await vi.waitFor(() => expect(c.state.promises.map((p) => p.id)).toEqual(['p-3']));
    expect(c.state.fresh).toEqual(['p-3']);
  });

  it('skips buyer, system and robot messages', () => {
    const data = fakeData();
    let now = 0;
    const c = new BuyerController({ call: data.call, now: () => now, url: () => undefined });
    c.onConversation(a, []);
    now = 5000;
    c.onConversation(a, [msg('1', 'buyer', '明天发吗'), msg('2', 'system', '明天'), { ...msg('3', 'agent', '明天发货'), robot: true }]);
    expect(data.calls.filter((x) => x.method === 'promises.capture')).toEqual([]);
  });
});
