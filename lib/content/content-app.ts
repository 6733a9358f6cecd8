import type { ChatAdapter } from '../adapters/types';
import type { ContentToPanel, PanelToContent, ReadySuggestion } from '../messaging/protocol';
import { RECENT_MESSAGES } from '../messaging/protocol';
import type { Flag } from '../redline/types';
import { ChatScanner } from './chat-scanner';
import { mountPanelFrame, type PanelFrame } from './panel-frame';
import { SendGate, altDigit, isSendKey } from './send-gate';

/** The panel's end of the port, as the content script sees it. */
export interface PanelPort {
  post(message: ContentToPanel): void;
  onMessage(listener: (message: PanelToContent) => void): void;
  onDisconnect(listener: () => void): void;
}

/** What the content script needs from the extension, so this module stays testable without a browser. */
export interface ContentHost {
  panelUrl: string;
  labels: { handle: string; frameTitle: string };
  collapsed: boolean;
  saveCollapsed(collapsed: boolean): void;
  onPanelConnect(listener: (port: PanelPort) => void): void;
  /** A blocking draft was stopped, or sent anyway on purpose: counted for the team lead. */
  countGate(event: 'blocked' | 'overridden', flags: Flag[]): void;
}

export interface RedlineChecker {
  check(text: string): Flag[];
}

/**
 * The content script's work on one chat page: watch the conversation, gate sends on red lines, insert replies on Alt+N,
 * and keep the panel informed. Window-level capture listeners run before the page's own handlers, so a blocked Enter
 * never reaches the page.
 */
export class ContentApp {
  private panel: PanelFrame | null = null;
  private port: PanelPort | null = null;
  private scanner: ChatScanner | null = null;
  private suggestions: ReadySuggestion[] = [];
  private readonly gate: SendGate;
  private checker: RedlineChecker;
  private lastCheck: { text: string; flags: Flag[] } | null = null;
  private collapsed: boolean;

  constructor(
    private readonly adapter: ChatAdapter,
    private readonly doc: Document,
    private readonly host: ContentHost,
    checker: RedlineChecker,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.checker = checker;
    this.collapsed = host.collapsed;
    this.gate = new SendGate((text) => this.flagsFor(text));
  }

  /** Key and click gates go in first (document_start) so they precede every page listener. */
  installGates(): void {
    const win = this.doc.defaultView!;
    win.addEventListener('keydown', this.onKeyDown, true);
    win.addEventListener('click', this.onClick, true);
  }

  /** The page exists: mount the panel and start watching. */
  start(): void {
    // Settings arrive from storage after construction; the remembered state is read now.
    this.collapsed = this.host.collapsed;
    this.panel = mountPanelFrame(this.doc, {
      src: this.host.panelUrl,
      collapsed: this.collapsed,
      handleLabel: this.host.labels.handle,
      frameTitle: this.host.labels.frameTitle,
      onExpandRequest: () => this.setCollapsed(false),
    });
    this.host.onPanelConnect((port) => this.attach(port));
    this.scanner = new ChatScanner(
      this.adapter,
      this.doc,
      {
        onPage: (state) => this.post({ type: 'page', platform: this.adapter.platform, url: this.doc.location.href, state }),
        onConversation: (buyer, messages) => {
          this.suggestions = [];
          this.post({ type: 'conversation', buyer, messages: messages.slice(-RECENT_MESSAGES) });
          this.panel?.fit(this.adapter.findComposer(this.doc)?.getBoundingClientRect() ?? null);
        },
        onDraft: (text) => this.post({ type: 'draft', text, flags: this.flagsFor(text) }),
      },
      { isOwnNode: (node) => this.panel?.isOwnNode(node) ?? false },
    );
    this.scanner.start();
  }

  /** The draft was checked on its last keystroke; Enter on the same text reuses that check. */
  private flagsFor(text: string): Flag[] {
    if (this.lastCheck?.text !== text) this.lastCheck = { text, flags: this.checker.check(text) };
    return this.lastCheck.flags;
  }

  setChecker(checker: RedlineChecker): void {
    this.checker = checker;
    this.lastCheck = null;
    this.scanner?.resend();
  }

  stop(): void {
    const win = this.doc.defaultView!;
    win.removeEventListener('keydown', this.onKeyDown, true);
    win.removeEventListener('click', this.onClick, true);
    this.scanner?.stop();
    this.panel?.destroy();
  }

  private attach(port: PanelPort): void {
    this.port = port;
    port.onMessage((message) => this.onPanelMessage(message));
    port.onDisconnect(() => {
      if (this.port === port) this.port = null;
    });
    this.scanner?.resend();
  }

  private post(message: ContentToPanel): void {
    this.port?.post(message);
  }

  private onPanelMessage(message: PanelToContent): void {
    switch (message.type) {
      case 'suggestions':
        this.suggestions = message.items;
        break;
      // The panel learns from its own inserts; only Alt+N inserts are reported back to it.
      case 'insert':
      case 'replace-draft':
        this.insert(message.text);
        break;
      case 'arm-override': {
        const input = this.adapter.findInput(this.doc);
        if (input) this.gate.arm(this.adapter.readDraft(input), this.now());
        input?.focus();
        break;
      }
      case 'layout':
        this.setCollapsed(message.collapsed);
        break;
      case 'veto':
        this.gate.setVeto(message.draft, message.rules);
        break;
      case 'hello':
        this.scanner?.resend();
        break;
    }
  }

  private setCollapsed(collapsed: boolean): void {
    this.collapsed = collapsed;
    this.panel?.setCollapsed(collapsed);
    this.host.saveCollapsed(collapsed);
  }

  /** Puts text into the chat input the way the page's framework notices; the agent still presses Enter. */
  private insert(text: string, replyId?: string): void {
    const input = this.adapter.findInput(this.doc);
    if (!input) return;
    this.adapter.writeDraft(input, text);
    input.focus();
    if (replyId) this.post({ type: 'inserted', replyId, text });
  }

  private isInInput(target: EventTarget | null): HTMLElement | null {
    const input = this.adapter.findInput(this.doc);
    if (!input || !(target instanceof this.doc.defaultView!.Node)) return null;
    return input.contains(target as Node) ? input : null;
  }

  private readonly onKeyDown = (e: KeyboardEvent): void => {
    const input = this.isInInput(e.target);
    if (!input) return;
    const digit = altDigit(e);
    if (digit !== null) {
      const pick = this.suggestions[digit];
      if (!pick) return;
      e.preventDefault();
      e.stopImmediatePropagation();
      if (pick.text === null) this.post({ type: 'fill-request', replyId: pick.replyId });
      else this.insert(pick.text, pick.replyId);
      return;
    }
    if (isSendKey(e)) this.gateSend(e, this.adapter.readDraft(input));
  };

  private readonly onClick = (e: MouseEvent): void => {
    const button = this.adapter.findSendButton(this.doc);
    if (!button || !(e.target instanceof this.doc.defaultView!.Node) || !button.contains(e.target as Node)) return;
    const input = this.adapter.findInput(this.doc);
    if (input) this.gateSend(e, this.adapter.readDraft(input));
  };

  private gateSend(e: Event, draft: string): void {
    if (!draft.trim()) return;
    const decision = this.gate.decide(draft, this.now());
    if (!decision.allow) {
      e.preventDefault();
      e.stopImmediatePropagation();
      // The agent must see why the send stopped, even with the panel collapsed (the preference itself is kept).
      if (this.collapsed) this.panel?.setCollapsed(false);
      this.post({ type: 'send-blocked', flags: decision.blocking, overrideMs: this.gate.overrideMs });
      this.host.countGate('blocked', decision.blocking);
      return;
    }
    if (decision.overridden) this.host.countGate('overridden', decision.blocking);
    this.post({ type: 'sent', text: draft, overridden: decision.overridden, flags: decision.blocking });
  }
}
