import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The latest value of a Dexie live query: re-runs whenever a table it read changes, in this page or any other. */
export function useLive<T>(query: () => Promise<T>, deps: readonly unknown[]): T | undefined {
  const [value, setValue] = useState<{ current: T } | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (current: T) => setValue({ current }),
      error: (e: unknown) => console.error('[kefu] live query failed', e),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return value?.current;
}

/** "Now", refreshed every `everyMs` so relative times ("25 分钟后") and the day's bounds stay true while the popup is open. */
export function useClock(now: () => number, everyMs = 30_000): number {
  const [t, setT] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setT(now()), everyMs);
    return () => clearInterval(timer);
  }, [now, everyMs]);
  return t;
}
