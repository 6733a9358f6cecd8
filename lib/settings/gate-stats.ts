import type { CategoryId, Flag } from '../redline/types';

/**
 * How often the send gate stopped a blocking draft and how often agents sent one anyway: the overrides a team lead
 * should look at. Kept in `browser.storage.local`, written by the content script.
 */
export const GATE_STATS_KEY = 'gateStats';

export interface GateStats {
  blocked: number;
  overridden: number;
  byCategory: Partial<Record<CategoryId, { blocked: number; overridden: number }>>;
  lastOverrideAt?: number;
}

export function readGateStats(raw: unknown): GateStats {
  const r = raw && typeof raw === 'object' ? (raw as Partial<GateStats>) : {};
  return {
    blocked: typeof r.blocked === 'number' ? r.blocked : 0,
    overridden: typeof r.overridden === 'number' ? r.overridden : 0,
    byCategory: r.byCategory && typeof r.byCategory === 'object' ? r.byCategory : {},
    ...(typeof r.lastOverrideAt === 'number' && { lastOverrideAt: r.lastOverrideAt }),
  };
}

export function countGateEvent(stats: GateStats, event: 'blocked' | 'overridden', flags: readonly Flag[], now: number): GateStats {
  const byCategory = { ...stats.byCategory };
  for (const category of new Set(flags.map((f) => f.category))) {
    const c = byCategory[category] ?? { blocked: 0, overridden: 0 };
    byCategory[category] = { ...c, [event]: c[event] + 1 };
  }
  return {
    ...stats,
    [event]: stats[event] + 1,
    byCategory,
    ...(event === 'overridden' && { lastOverrideAt: now }),
  };
}
