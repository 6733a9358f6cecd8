import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { seedStarterLibrary, type KefuDb, type StoredReply } from '@/lib/db';
import { ReplyIndex, STARTER_LIBRARY, type ReplyUsage } from '@/lib/replies';

export interface LibraryData {
  replies: StoredReply[];
  usage: ReplyUsage[];
  /**
   * kept in step with `replies` one reply at a time; `version` changes whenever it does. Null for a moment after the
   * page opens: the list is drawn first and the index (0.6 s for 10,000 replies) is built right after.
   */
  index: ReplyIndex | null;
  version: number;
}

/**
 * The library and its usage, live: edits from this page, a panel or an import arrive through liveQuery. The search index is
 * built once and then patched per changed reply (by updatedAt), so saving one reply in a library of thousands stays instant.
 */
export function useLibrary(db: KefuDb): { data: LibraryData | null; error: unknown } {
  const [data, setData] = useState<LibraryData | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    let index: ReplyIndex | null = null;
    let replies: StoredReply[] = [];
    let usage: ReplyUsage[] = [];
    let versions = new Map<string, number>();
    let picks = new Map<string, number>();
    let version = 0;
    const subscriptions: { unsubscribe(): void }[] = [];
    let building = false;
    const publish = () => {
      if (!cancelled) setData({ replies, usage, index, version: ++version });
    };

    const onReplies = (next: StoredReply[]) => {
      replies = next;
      const nextVersions = new Map(next.map((r) => [r.id, r.updatedAt]));
      if (!index) {
        if (!building) {
          building = true;
          // After this paint: the rows show at once, search follows a moment later.
          setTimeout(() => {
            if (cancelled) return;
            index = new ReplyIndex(replies, usage);
            versions = new Map(replies.map((r) => [r.id, r.updatedAt]));
            publish();
          }, 0);
        }
      } else {
        for (const r of next) if (versions.get(r.id) !== r.updatedAt) index.upsert(r);
        for (const id of versions.keys()) if (!nextVersions.has(id)) index.remove(id);
      }
      versions = nextVersions;
      publish();
    };
    const onUsage = (next: ReplyUsage[]) => {
      usage = next;
      const nextPicks = new Map(next.map((u) => [u.replyId, u.picks]));
      if (index) for (const u of next) if (picks.get(u.replyId) !== u.picks) index.applyUsage(u);
      picks = nextPicks;
      publish();
    };

    // The panel seeds the starter library on first use; so does this page, for a shop that opens the settings first.
    void seedStarterLibrary(db, STARTER_LIBRARY, Date.now())
      .catch((e: unknown) => console.error('[kefu] seeding the starter library failed', e))
      .then(() => {
        if (cancelled) return;
        const fail = (e: unknown) => {
          console.error('[kefu] library query failed', e);
          setError(e);
        };
        subscriptions.push(liveQuery(() => db.usage.toArray()).subscribe({ next: onUsage, error: fail }));
        subscriptions.push(liveQuery(() => db.replies.toArray()).subscribe({ next: onReplies, error: fail }));
      });
    return () => {
      cancelled = true;
      for (const s of subscriptions) s.unsubscribe();
    };
  }, [db]);

  return { data, error };
}
