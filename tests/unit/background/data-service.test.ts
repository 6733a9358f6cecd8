import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DataService, SAVED_SENT_GROUP } from '@/lib/background/data-service';
import { KefuDb } from '@/lib/db';
import type { BuyerRef } from '@/lib/adapters/types';

let n = 0;
function service(now = Date.parse('2026-11-23T10:00:00+08:00')) {
  const db = new KefuDb({ indexedDB, IDBKeyRange }, `data-service-${n++}`);
  const changed: number[] = [];
  const data = new DataService(db, {
    starter: [{ id: 's1', group: '通用', content: '亲,在的' }],
    now: () => now,
    onPromisesChanged: () => changed.push(1),
  });
  return { db, data, changed };
}
const buyer: BuyerRef = { platform: 'douyin', uid: '0:1:42:7', name: '小美' };

describe('DataService', () => {
  it('seeds the starter library once and serves it with usage', async () => {
    const { data } = service();
    const first = await data.handlers['library.snapshot']();
    const second = await data.handlers['library.snapshot']();
    expect(first.replies.map((r) => r.id)).toEqual(['s1']);
    expect(second.replies).toHaveLength(1);
    expect(first.replies[0]!.source).toBe('starter');
  });

  it('saves a sent message as a reply once, in 我的话术', async () => {
    const { data } = service();
    const a = await data.handlers['library.saveSent']({ content: ' 亲,明天一早给您补发配件哦 ' });
    expect(a.existed).toBe(false);
    expect(a.reply).toMatchObject({ group: SAVED_SENT_GROUP, content: '亲,明天一早给您补发配件哦', source: 'sent' });
    const again = await data.handlers['library.saveSent']({ content: '亲，明天一早给您补发配件哦' });
    expect(again).toMatchObject({ existed: true, reply: { id: a.reply.id } });
  });

  it('captures promises from a message once, and reports changes', async () => {
    const { data, changed } = service();
    const text = '好的亲,明天下午三点前给您发顺丰';
    const added = await data.handlers['promises.capture']({ buyer, messageId: 'm1', text, url: 'https://im.jinritemai.com/x' });
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ kind: 'ship', status: 'open', uid: buyer.uid, url: 'https://im.jinritemai.com/x' });
    expect(new Date(added[0]!.due).toISOString()).toBe('2026-11-24T07:00:00.000Z');
    expect(await data.handlers['promises.capture']({ buyer, messageId: 'm1', text })).toEqual([]);
    expect(changed).toHaveLength(1);
    const opened = await data.handlers['buyer.open']({ buyer });
    expect(opened.promises.map((p) => p.id)).toEqual([added[0]!.id]);
  });

  it('counts an inserted reply edited before sending', async () => {
    const { data } = service();
    await data.handlers['usage.pick']({ replyId: 's1', tokens: ['c:greeting'] });
    await data.handlers['usage.edited']({ replyId: 's1' });
    await data.handlers['usage.edited']({ replyId: 's1' });
    const { usage } = await data.handlers['library.snapshot']();
    expect(usage[0]).toMatchObject({ replyId: 's1', picks: 1, editedAfterInsert: 2 });
  });

  it('answers an unknown method or a failing call with an error, not a throw', async () => {
    const { data } = service();
    expect(await data.handle({ id: 1, method: 'nope' as 'usage.pick', params: { replyId: 'x', tokens: [] } })).toMatchObject({ ok: false });
    const bad = await data.handle({ id: 2, method: 'buyer.saveNote', params: { buyer: { platform: 'jd' } as BuyerRef, note: 'x' } });
    expect(bad).toMatchObject({ id: 2, ok: false });
  });
});
