import type { BuyerRef, ChatMessage } from '@/lib/adapters/types';
import type { PromiseRow } from '@/lib/db/database';
import type { DataMethod, DataMethods } from '@/lib/messaging/data-protocol';
import type { PromiseKind } from '@/lib/promises/types';

export type Call = <M extends DataMethod>(method: M, params: DataMethods[M]['params']) => Promise<DataMethods[M]['result']>;

export interface BuyerMemoryState {
  /** `platform|uid` of the buyer shown, or null */
  key: string | null;
  loaded: boolean;
  note: string;
  tags: string[];
  promises: PromiseRow[];
  /** ids captured while this panel watched: shown highlighted */
  fresh: string[];
  saving: boolean;
  error: string | null;
}

export interface BuyerEnvironment {
  call: Call;
  now(): number;
  /** The chat page's URL, stored with promises so the popup can open the chat again. */
  url(): string | undefined;
}

/**
 * Messages first seen this soon after a conversation appears are its history, not something just sent: Douyin gives
 * messages their ids 100–500 ms after drawing them. Nobody switches, writes and sends a reply faster.
 */
const HISTORY_GRACE_MS = 600;
/** Note saves are throttled to one per this interval while typing; switches and unloads flush at once. */
const NOTE_SAVE_MS = 250;

const keyOf = (b: Pick<BuyerRef, 'platform' | 'uid'>) => `${b.platform}|${b.uid}`;

/**
 * The current buyer's note, tags and promises, and promise capture from agent messages.
 * - Every save names the buyer it was typed for; switching buyers flushes the old buyer's note first and a late answer
 *   for a previous buyer is ignored, so a note is never lost or shown for the wrong buyer.
 * - An agent message is read once, by id, and only when it appeared while the panel watched the conversation (history
 *   on screen may be days old: its "明天" is not tomorrow).
 */
export class BuyerController {
  private listeners = new Set<() => void>();
  private buyer: BuyerRef | null = null;
  private seen = new Map<string, { since: number; ids: Set<string> }>();
  private pendingNote: { buyer: BuyerRef; note: string } | null = null;
  private noteTimer: ReturnType<typeof setTimeout> | null = null;
  state: BuyerMemoryState = { key: null, loaded: false, note: '', tags: [], promises: [], fresh: [], saving: false, error: null };

  constructor(private readonly env: BuyerEnvironment) {}

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<BuyerMemoryState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  get current(): BuyerRef | null {
    return this.buyer;
  }

  onConversation(buyer: BuyerRef | null, messages: readonly ChatMessage[]): void {
    const key = buyer ? keyOf(buyer) : null;
    if (key !== this.state.key) this.switchTo(buyer);
    else if (buyer && buyer.name !== this.buyer?.name) this.buyer = buyer;
    if (buyer) this.captureNew(buyer, messages);
  }

  private switchTo(buyer: BuyerRef | null): void {
    void this.flushNote();
    this.buyer = buyer;
    this.set({ key: buyer ? keyOf(buyer) : null, loaded: false, note: '', tags: [], promises: [], fresh: [], error: null });
    if (buyer) void this.load(buyer);
  }

  private async load(buyer: BuyerRef): Promise<void> {
    const key = keyOf(buyer);
    try {
      const { buyer: row, promises } = await this.env.call('buyer.open', { buyer });
      if (this.state.key !== key) return; // the agent moved on meanwhile
      // Typing may have started before the stored note arrived: the typed text wins.
      const note = this.pendingNote && keyOf(this.pendingNote.buyer) === key ? this.pendingNote.note : row.note;
      this.set({ loaded: true, note, tags: row.tags, promises });
    } catch (e) {
      if (this.state.key === key) this.set({ error: String(e) });
    }
  }

  async reloadPromises(): Promise<void> {
    const buyer = this.buyer;
    if (!buyer) return;
    const { promises } = await this.env.call('buyer.open', { buyer });
    if (this.state.key === keyOf(buyer)) this.set({ promises });
  }

  setNote(note: string): void {
    const buyer = this.buyer;
    if (!buyer) return;
    this.pendingNote = { buyer, note };
    this.set({ note });
    if (!this.noteTimer) this.noteTimer = setTimeout(() => void this.flushNote(), NOTE_SAVE_MS);
  }

  /** Saves the note being typed now (conversation switch, panel unload). */
  async flushNote(): Promise<void> {
    if (this.noteTimer) clearTimeout(this.noteTimer);
    this.noteTimer = null;
    const pending = this.pendingNote;
    if (!pending) return;
    this.pendingNote = null;
    this.set({ saving: true });
    try {
      await this.env.call('buyer.saveNote', { buyer: pending.buyer, note: pending.note });
      this.set({ saving: false });
    } catch (e) {
      // Keep it pending so the next flush tries again; say so.
      if (!this.pendingNote) this.pendingNote = pending;
      this.set({ saving: false, error: String(e) });
    }
  }

  async setTags(tags: string[]): Promise<void> {
    const buyer = this.buyer;
    if (!buyer) return;
    this.set({ tags });
    const row = await this.env.call('buyer.setTags', { buyer, tags });
    if (this.state.key === keyOf(buyer)) this.set({ tags: row.tags });
  }

  async addPromise(input: { text: string; kind: PromiseKind; due: number }): Promise<void> {
    const buyer = this.buyer;
    if (!buyer || !input.text.trim()) return;
    const row = await this.env.call('promises.add', { buyer, ...input, text: input.text.trim(), url: this.env.url() });
    if (this.state.key === keyOf(buyer)) this.set({ promises: [row, ...this.state.promises], fresh: [...this.state.fresh, row.id] });
  }

  async setDue(id: string, due: number): Promise<void> {
    await this.env.call('promises.setDue', { id, due });
    this.patchPromise(id, { due, vague: false });
  }

  async close(id: string, status: 'done' | 'dismissed'): Promise<void> {
    await this.env.call('promises.close', { id, status });
    this.patchPromise(id, { status, closedAt: this.env.now() });
  }

  private patchPromise(id: string, patch: Partial<PromiseRow>): void {
    this.set({ promises: this.state.promises.map((p) => (p.id === id ? { ...p, ...patch } : p)) });
  }

  private captureNew(buyer: BuyerRef, messages: readonly ChatMessage[]): void {
    const key = keyOf(buyer);
    const now = this.env.now();
    let seen = this.seen.get(key);
    if (!seen) this.seen.set(key, (seen = { since: now, ids: new Set() }));
    // Still rendering the conversation (Douyin sets message ids up to 500 ms after drawing): all of it is history.
    const settling = now - seen.since < HISTORY_GRACE_MS;
    // Only messages after the last one already known are new; an id appearing earlier in the list is history.
    let lastKnown = -1;
    messages.forEach((m, i) => {
      if (seen!.ids.has(m.id)) lastKnown = i;
    });
    messages.forEach((m, i) => {
      if (seen!.ids.has(m.id)) return;
      seen!.ids.add(m.id);
      if (settling || i < lastKnown || m.side !== 'agent' || m.robot || !m.text.trim()) return;
      void this.env
        .call('promises.capture', { buyer, messageId: m.id, text: m.text, url: this.env.url() })
        .then((added) => {
          if (!added.length || this.state.key !== key) return;
          this.set({ promises: [...added, ...this.state.promises], fresh: [...this.state.fresh, ...added.map((p) => p.id)] });
        })
        .catch((e: unknown) => this.set({ error: String(e) }));
    });
  }
}
