import { useEffect, useRef, useState } from 'preact/hooks';
import type { RedlineEngine } from '@/lib/redline';
import { computeRedlineMarks, type MarkCache, type RedlineMark } from './redline-marks';

const NO_MARKS: ReadonlyMap<string, RedlineMark> = new Map();
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Red-line marks of the library, recomputed once per library or settings change (never per render). A new engine
 * starts a fresh cache and a full pass in slices; until it ends, the previous marks stay on screen.
 */
export function useRedlineMarks(
  replies: ReadonlyArray<{ id: string; content: string }> | undefined,
  engine: RedlineEngine | null
): { marks: ReadonlyMap<string, RedlineMark>; pending: boolean } {
  const [marks, setMarks] = useState<ReadonlyMap<string, RedlineMark>>(NO_MARKS);
  const [pending, setPending] = useState(false);
  const cache = useRef<{ engine: RedlineEngine | null; contents: MarkCache }>({ engine: null, contents: new Map() });

  useEffect(() => {
    if (!replies || !engine) return;
    if (cache.current.engine !== engine) cache.current = { engine, contents: new Map() };
    let cancelled = false;
    setPending(true);
    void computeRedlineMarks(replies, (text) => engine.check(text), {
      cache: cache.current.contents,
      pause: yieldToPage,
      cancelled: () => cancelled,
    }).then((next) => {
      if (cancelled || !next) return;
      setMarks(next);
      setPending(false);
    });
    return () => {
      cancelled = true;
    };
  }, [replies, engine]);

  return { marks, pending };
}
