import type { BuyerRef, ChatAdapter, ChatMessage } from '../adapters/types';
import type { PageState } from '../messaging/protocol';

export interface ScannerCallbacks {
  onPage(state: PageState): void;
  onConversation(buyer: BuyerRef | null, messages: ChatMessage[]): void;
  onDraft(text: string): void;
}

export interface ScannerOptions {
  /** Scans run at most this often however many mutations arrive (a busy page mutates all day). */
  throttleMs?: number;
  /** Single-page apps render late: report "not recognised" only after this long without a recognisable layout. */
  pendingMs?: number;
  /** Mutations inside our own UI must not trigger scans. */
  isOwnNode?: (node: Node) => boolean;
  now?: () => number;
}

/**
 * Watches one chat page through its adapter: one MutationObserver on the chat area, scans throttled, every scan re-queries the
 * DOM (the pages replace nodes freely). Reports only changes: page state, conversation (buyer or messages), draft.
 */
const HEARTBEAT_MS = 2000;

export class ChatScanner {
  private observer: MutationObserver | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private heartbeat: ReturnType<typeof setInterval> | null = null;
  private observed: Element | null = null;
  private lastPage = '';
  private lastConversation = '';
  private lastDraft: string | null = null;
  private readonly startedAt: number;
  private readonly throttleMs: number;
  private readonly pendingMs: number;
  private readonly now: () => number;

  constructor(
    private readonly adapter: ChatAdapter,
    private readonly doc: Document,
    private readonly cb: ScannerCallbacks,
    private readonly options: ScannerOptions = {},
  ) {
    this.throttleMs = options.throttleMs ?? 150;
    this.pendingMs = options.pendingMs ?? 5000;
    this.now = options.now ?? (() => Date.now());
    this.startedAt = this.now();
  }

  start(): void {
    const MutationObserverCtor = this.doc.defaultView!.MutationObserver;
    this.observer = new MutationObserverCtor((records) => {
      if (this.options.isOwnNode && records.every((r) => this.options.isOwnNode!(r.target))) return;
      this.schedule();
    });
    this.watch(this.doc.body);
    // The chat area can be replaced as a whole (PDD's Vue swaps nodes); mutations above it are not observed, so a
    // cheap check notices a detached root and scans again, which watches the new one.
    this.heartbeat = setInterval(() => {
      if (this.observed && !this.observed.isConnected) this.scan();
    }, HEARTBEAT_MS);
    this.doc.addEventListener('input', this.onInput, true);
    this.scan();
  }

  /**
   * Observes only the chat area once it is recognised (the adapter's observeRoot: messages and input), the whole body
   * before: conversation-list timers and the rest of a busy workbench then cost nothing.
   */
  private watch(root: Element): void {
    if (root === this.observed || !this.observer) return;
    this.observer.disconnect();
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      // Douyin sets data-id on a message 100–500 ms after it renders; PDD's currentuid names the buyer. Class changes
      // are left out: busy pages flip classes all the time (hover, timers), and a conversation switch re-renders the
      // header and the messages anyway.
      attributes: true,
      attributeFilter: ['data-id', 'currentuid'],
    });
    this.observed = root;
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.observed = null;
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.heartbeat = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.doc.removeEventListener('input', this.onInput, true);
  }

  /** Forget what was reported, so the next scan reports everything again (a panel just connected). */
  resend(): void {
    this.lastPage = '';
    this.lastConversation = '';
    this.lastDraft = null;
    this.scan();
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.scan();
    }, this.throttleMs);
  }

  private readonly onInput = (e: Event): void => {
    const input = this.adapter.findInput(this.doc);
    if (input && e.target instanceof this.doc.defaultView!.Node && input.contains(e.target as Node)) this.reportDraft(input);
  };

  scan(): void {
    const recognised = this.adapter.recognise(this.doc);
    let state: PageState;
    if (recognised.ok) state = { recognised: true };
    else state = { recognised: false, missing: recognised.missing, pending: this.now() - this.startedAt < this.pendingMs };
    const pageKey = JSON.stringify(state);
    if (pageKey !== this.lastPage) {
      this.lastPage = pageKey;
      this.cb.onPage(state);
    }
    // A page still rendering is scanned again when its pending time runs out, even if nothing mutates.
    if (!recognised.ok && 'pending' in state && state.pending) this.schedule();
    if (!recognised.ok) {
      this.watch(this.doc.body);
      return;
    }
    this.watch(this.adapter.observeRoot(this.doc));

    const buyer = this.adapter.readBuyer(this.doc);
    const messages = this.adapter.readMessages(this.doc);
    const last = messages[messages.length - 1];
    const key = `${buyer?.platform}:${buyer?.uid}:${buyer?.name}|${messages.length}|${last?.id}|${last?.text.length}`;
    if (key !== this.lastConversation) {
      this.lastConversation = key;
      this.cb.onConversation(buyer, messages);
    }
    const input = this.adapter.findInput(this.doc);
    if (input) this.reportDraft(input);
  }

  private reportDraft(input: HTMLElement): void {
    const draft = this.adapter.readDraft(input);
    if (draft === this.lastDraft) return;
    this.lastDraft = draft;
    this.cb.onDraft(draft);
  }
}
