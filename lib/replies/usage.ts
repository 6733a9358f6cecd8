import type { Features } from './features';

/**
 * What the agent's picks taught us about one reply. `assoc` counts, per query token, how often this reply was picked for a
 * buyer message containing it — so "到哪了" → the logistics reply the team always uses, even when the lexicon does not
 * know the buyer's words.
 */
export interface ReplyUsage {
  replyId: string;
  picks: number;
  lastPickedAt: number;
  /** query token → picks with that token present */
  assoc: Record<string, number>;
  /** Times the agent changed the inserted text before sending (话术优化 signal). */
  editedAfterInsert?: number;
}

/** Tokens worth remembering from a query: concepts and bigrams, strongest first, capped so records stay small. */
export function tokensToLearn(features: Features, max = 12): string[] {
  return [...features.entries()]
    .filter(([t]) => t.startsWith('c:') || t.startsWith('b:'))
    .sort((a, b) => b[1] - a[1])
    .slice(0, max)
    .map(([t]) => t);
}

/** Caps keep one reply's record bounded however long the shop uses it. */
const MAX_ASSOC_TOKENS = 200;

export function applyPick(prev: ReplyUsage | undefined, replyId: string, tokens: string[], now: number): ReplyUsage {
  const assoc = { ...(prev?.assoc ?? {}) };
  for (const t of tokens) assoc[t] = (assoc[t] ?? 0) + 1;
  const entries = Object.entries(assoc);
  const trimmed =
    entries.length > MAX_ASSOC_TOKENS
      ? Object.fromEntries(entries.sort((a, b) => b[1] - a[1]).slice(0, MAX_ASSOC_TOKENS))
      : assoc;
  return {
    ...prev,
    replyId,
    picks: (prev?.picks ?? 0) + 1,
    lastPickedAt: now,
    assoc: trimmed,
  };
}
