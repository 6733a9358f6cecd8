import type { BuyerRef, ChatMessage, PlatformId } from '@/lib/adapters/types';
import type { ContentToPanel, PageState, PanelToContent, ReadySuggestion } from '@/lib/messaging/protocol';
import type { Flag, RedlineEngine } from '@/lib/redline/types';
import {
  ReplyIndex,
  deferSuggestionMemory,
  warmSuggestionMemory,
  previewReply,
  queryFeatures,
  renderReply,
  tokensToLearn,
  type Reply,
  type ReplyUsage,
  type SuggestInput,
  type VariableContext,
} from '@/lib/replies';

export const MAX_SUGGESTIONS = 9;
/** After the first suggestions are shown, the answer memory is built this much later (search-index.ts). */
const MEMORY_WARM_DELAY_MS = 1500;

const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface ShownSuggestion {
  reply: Reply;
  /** Variables filled; fill-ins shown as 【名称】 */
  preview: string;
  /** Ready to insert, or null when the agent must fill something in first. */
  ready: string | null;
}

export type SuggestionSource = 'buyer' | 'draft' | 'search';

export interface PanelState {
  connected: boolean;
  platform: PlatformId | null;
  page: PageState | null;
  buyer: BuyerRef | null;
  messages: ChatMessage[];
  draft: string;
  flags: Flag[];
  blocked: { flags: Flag[]; overrideMs: number; at: number } | null;
  search: string;
  source: SuggestionSource;
  suggestions: ShownSuggestion[];
  filling: { reply: Reply; values: Record<string, string> } | null;
  /** What the agent sent last through the page (Enter or send button), offered for "存为话术". */
  lastSent: string | null;
  savedSent: boolean;
}

export interface PanelEnvironment {
  post(message: PanelToContent): void;
  recordPick(replyId: string, tokens: string[]): Promise<ReplyUsage | undefined>;
  /** The agent sent an inserted reply changed: counted per reply for 话术优化. */
  editedAfterInsert(replyId: string): Promise<void>;
  saveAsReply(content: string): Promise<void>;
  variables(): Omit<VariableContext, 'buyerName' | 'now'>;
  now(): Date;
}

/**
 * The panel's state and decisions, without rendering: what the buyer asked, what to suggest, what to insert. Preact
 * components subscribe to it; tests drive it directly.
 */
export class PanelController {
  private listeners = new Set<() => void>();
  private index = new ReplyIndex();
  private checker: RedlineEngine | null = null;
  /** Text we just inserted: while the draft still equals it, suggestions stay on the buyer's question. */
  private lastInserted = '';
  /** The reply last inserted, to learn whether the agent changed it before sending (话术优化). */
  private insertedReply: { id: string; text: string } | null = null;
  state: PanelState = {
    connected: false,
    platform: null,
    page: null,
    buyer: null,
    messages: [],
    draft: '',
    flags: [],
    blocked: null,
    search: '',
    source: 'buyer',
    suggestions: [],
    filling: null,
    lastSent: null,
    savedSent: false,
  };

  /** The answer memory is built once, a moment after the first suggestions are shown (search-index.ts). */
  private memoryScheduled = false;

  constructor(private readonly env: PanelEnvironment) {
    deferSuggestionMemory();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<PanelState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  setIndex(index: ReplyIndex): void {
    this.index = index;
    this.refresh();
  }

  get replyIndex(): ReplyIndex {
    return this.index;
  }

  setConnected(connected: boolean): void {
    this.set({ connected });
  }

  receive(message: ContentToPanel): void {
    switch (message.type) {
      case 'page':
        this.set({ platform: message.platform, page: message.state });
        break;
      case 'conversation': {
        const switched = message.buyer?.uid !== this.state.buyer?.uid || message.buyer?.platform !== this.state.buyer?.platform;
        this.state = { ...this.state, buyer: message.buyer, messages: message.messages };
        if (switched) this.state = { ...this.state, filling: null, blocked: null, search: '' };
        this.refresh();
        break;
      }
      case 'draft': {
        const flags = this.judge(message.text, message.flags);
        this.state = { ...this.state, draft: message.text, flags };
        if (!flags.some((f) => f.severity === 'block')) this.state = { ...this.state, blocked: null };
        this.refresh();
        break;
      }
      case 'send-blocked':
        this.set({ blocked: { flags: message.flags, overrideMs: message.overrideMs, at: Date.now() } });
        break;
      case 'sent': {
        const inserted = this.insertedReply;
        if (inserted && normalizeSpace(message.text) !== normalizeSpace(inserted.text)) void this.env.editedAfterInsert(inserted.id);
        this.insertedReply = null;
        this.lastInserted = '';
        this.set({ blocked: null, lastSent: message.text, savedSent: false });
        break;
      }
      case 'inserted':
        this.lastInserted = message.text;
        this.insertedReply = { id: message.replyId, text: message.text };
        void this.learn(message.replyId);
        // The draft update for this insert arrived first and was taken for typing: suggest for the buyer again.
        this.refresh();
        break;
      case 'fill-request': {
        const reply = this.index.get(message.replyId);
        if (reply) this.set({ filling: { reply, values: {} } });
        break;
      }
    }
  }

  /** Rules and model (lib/redline-model), for the platform and the shop's rules; null until the page is known. */
  setChecker(checker: RedlineEngine | null): void {
    this.checker = checker;
  }

  /**
   * The panel judges the draft again with rules and model: model warnings join the rules' flags, and rule flags the model
   * is sure are no red line are dropped — and the gate in the page is told, so it does not stop that draft for them.
   */
  private judge(draft: string, ruleFlags: Flag[]): Flag[] {
    if (!this.checker) return ruleFlags;
    const flags = this.checker.check(draft);
    const kept = new Set(flags.map((f) => `${f.rule}@${f.start}`));
    const vetoed = ruleFlags.filter((f) => !kept.has(`${f.rule}@${f.start}`)).map((f) => f.rule);
    if (vetoed.length) this.env.post({ type: 'veto', draft, rules: vetoed });
    return flags;
  }

  setSearch(search: string): void {
    this.state = { ...this.state, search };
    this.refresh();
  }

  /** The buyer's messages since the agent last wrote (what is still unanswered), newest last. */
  pendingBuyerMessages(): string[] {
    const out: string[] = [];
    for (let i = this.state.messages.length - 1; i >= 0 && out.length < 3; i--) {
      const m = this.state.messages[i]!;
      if (m.side === 'agent' && !m.robot) break;
      if (m.side === 'buyer' && m.text.trim() && !/^\[.*\]$/.test(m.text.trim())) out.unshift(m.text);
    }
    return out;
  }

  private suggestInput(): { input: SuggestInput; source: SuggestionSource } {
    const search = this.state.search.trim();
    if (search) return { input: { query: search }, source: 'search' };
    const buyerMessages = this.pendingBuyerMessages();
    const draft = this.state.draft.trim();
    if (draft && draft !== this.lastInserted.trim()) return { input: { buyerMessages, query: draft }, source: 'draft' };
    return { input: { buyerMessages }, source: 'buyer' };
  }

  private variableContext(): VariableContext {
    return { ...this.env.variables(), buyerName: this.state.buyer?.name, now: this.env.now() };
  }

  refresh(): void {
    const { input, source } = this.suggestInput();
    const ctx = this.variableContext();
    const suggestions: ShownSuggestion[] = [];
    for (const { id } of this.index.suggest(input, MAX_SUGGESTIONS)) {
      const reply = this.index.get(id);
      if (!reply) continue;
      const rendered = renderReply(reply.content, ctx);
      suggestions.push({ reply, preview: previewReply(reply.content, ctx), ready: rendered.ok ? rendered.text : null });
    }
    this.set({ suggestions, source });
    if (!this.memoryScheduled && suggestions.length && source !== 'search') {
      this.memoryScheduled = true;
      // Building it takes ~0.15 s of the main thread: not while the panel is still receiving the page's first state.
      setTimeout(() => warmSuggestionMemory() && this.refresh(), MEMORY_WARM_DELAY_MS);
    }
    const items: ReadySuggestion[] = suggestions.map((s) => ({ replyId: s.reply.id, text: s.ready }));
    this.env.post({ type: 'suggestions', items });
  }

  /** Click on a suggestion: insert it, or ask for its fill-ins first. */
  choose(reply: Reply): void {
    const rendered = renderReply(reply.content, this.variableContext());
    if (!rendered.ok) {
      this.set({ filling: { reply, values: {} } });
      return;
    }
    this.insert(reply.id, rendered.text);
  }

  /** A reply as the agent will read it: variables filled, fill-ins shown as 【名称】. */
  preview(reply: Reply): string {
    return previewReply(reply.content, this.variableContext());
  }

  setFillValue(name: string, value: string): void {
    if (!this.state.filling) return;
    this.set({ filling: { ...this.state.filling, values: { ...this.state.filling.values, [name]: value } } });
  }

  /** Returns the fill-ins still missing (nothing is inserted then), or [] after inserting. */
  submitFill(): string[] {
    const filling = this.state.filling;
    if (!filling) return [];
    const rendered = renderReply(filling.reply.content, this.variableContext(), filling.values);
    if (!rendered.ok) return rendered.missing.map((m) => m.name);
    this.set({ filling: null });
    this.insert(filling.reply.id, rendered.text);
    return [];
  }

  cancelFill(): void {
    this.set({ filling: null });
  }

  replaceDraft(text: string): void {
    this.env.post({ type: 'replace-draft', text });
  }

  sendAnyway(): void {
    this.env.post({ type: 'arm-override' });
  }

  /** "存为话术": the message the agent just sent becomes a library entry. */
  async saveSentAsReply(): Promise<void> {
    const text = this.state.lastSent?.trim();
    if (!text || this.state.savedSent) return;
    await this.env.saveAsReply(text);
    this.set({ savedSent: true });
  }

  collapse(): void {
    this.env.post({ type: 'layout', collapsed: true });
  }

  private insert(replyId: string, text: string): void {
    this.lastInserted = text;
    this.insertedReply = { id: replyId, text };
    this.env.post({ type: 'insert', text });
    void this.learn(replyId);
  }

  /** What the buyer asked is what the pick teaches (not the agent's code or search words). */
  private async learn(replyId: string): Promise<void> {
    // No buyer question pending (the agent searched on their own): the search words are what the pick answers.
    const buyer = this.pendingBuyerMessages();
    const features = buyer.length ? queryFeatures(buyer, '') : queryFeatures([], this.suggestInput().input.query ?? '');
    const usage = await this.env.recordPick(replyId, tokensToLearn(features));
    if (usage) this.index.applyUsage(usage);
  }
}
