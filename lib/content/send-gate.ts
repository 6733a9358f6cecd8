import type { Flag } from '../redline/types';

/**
 * Decides, synchronously inside the keydown/click handler, whether a send may go ahead. A draft with a `block` flag is
 * stopped; the agent sends it anyway by trying again within `overrideMs` with the same draft, or after arming an override
 * from the panel ("仍然发送"). `warn` flags never stop a send.
 */
export interface GateDecision {
  allow: boolean;
  /** the blocking flags that stopped (or were overridden for) this send */
  blocking: Flag[];
  overridden: boolean;
}

export class SendGate {
  private lastBlocked: { draft: string; at: number } | null = null;
  private armed: { draft: string; at: number } | null = null;
  private veto: { draft: string; rules: ReadonlySet<string> } | null = null;
  overrides = 0;

  constructor(
    private readonly check: (text: string) => Flag[],
    readonly overrideMs = 4000,
  ) {}

  /** The panel's "仍然发送": the next send of this draft goes through. */
  arm(draft: string, now: number): void {
    this.armed = { draft, at: now };
  }

  /** The panel's model judged these rule flags on this draft to be no red line (a product feature naming an app…). */
  setVeto(draft: string, rules: readonly string[]): void {
    this.veto = { draft, rules: new Set(rules) };
  }

  decide(draft: string, now: number): GateDecision {
    const vetoed = this.veto?.draft === draft ? this.veto.rules : null;
    const blocking = this.check(draft).filter((f) => f.severity === 'block' && !vetoed?.has(f.rule));
    if (!blocking.length) {
      this.lastBlocked = null;
      return { allow: true, blocking, overridden: false };
    }
    const sameDraftWithin = (mark: { draft: string; at: number } | null) =>
      !!mark && mark.draft === draft && now - mark.at <= this.overrideMs;
    if (sameDraftWithin(this.lastBlocked) || sameDraftWithin(this.armed)) {
      this.lastBlocked = null;
      this.armed = null;
      this.overrides++;
      return { allow: true, blocking, overridden: true };
    }
    this.lastBlocked = { draft, at: now };
    return { allow: false, blocking, overridden: false };
  }
}

/** Enter that sends on these pages: not with Shift (new line) and never while an IME is composing Chinese. */
export function isSendKey(e: KeyboardEvent): boolean {
  if (e.key !== 'Enter' || e.shiftKey || e.altKey) return false;
  // keyCode 229 is what Chromium reports for keys the IME consumes, even when isComposing is already false.
  return !e.isComposing && e.keyCode !== 229;
}

/** Alt+1…Alt+9 → 0…8. Uses `code`, since on macOS Alt+digit changes `key` into a symbol. */
export function altDigit(e: KeyboardEvent): number | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  const m = /^(?:Digit|Numpad)([1-9])$/.exec(e.code);
  return m ? Number(m[1]) - 1 : null;
}
