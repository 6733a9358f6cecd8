import { ReplyIndex } from '@/lib/replies';
import type { DataClient } from './data-client';

/**
 * Keeps a ReplyIndex in step with the library: one snapshot from the background, then edits from the options page (or
 * another panel) arrive as deltas and are applied one reply at a time. After the worker restarts, a fresh snapshot.
 */
export function followLibrary(client: DataClient, onIndex: (index: ReplyIndex) => void): void {
  let index: ReplyIndex | null = null;
  const load = async () => {
    const { replies, usage } = await client.call('library.snapshot', undefined);
    index = new ReplyIndex(replies, usage);
    onIndex(index);
  };
  client.onPush((push) => {
    if (push.type !== 'library.delta' || !index) return;
    for (const r of push.upserts) index.upsert(r);
    for (const id of push.removed) index.remove(id);
    onIndex(index);
  });
  client.onReconnect(() => void load());
  void load().catch((e: unknown) => console.error('[kefu] could not load the reply library', e));
}
