/**
 * The panel's frame in the chat page: an extension-page iframe (the page cannot read or script it) inside a closed shadow
 * root (the page's CSS cannot restyle it), docked at the right edge. It never covers the chat's input or send button: when
 * the composer reaches under the panel, the panel ends above it. Collapsed, only a small handle remains.
 */
export interface PanelFrame {
  readonly host: HTMLElement;
  readonly iframe: HTMLIFrameElement;
  setCollapsed(collapsed: boolean): void;
  /** Re-fit around the composer (the input + send area) after layout changes. */
  fit(composer: DOMRect | null): void;
  isOwnNode(node: Node): boolean;
  destroy(): void;
}

export interface PanelFrameOptions {
  src: string;
  collapsed: boolean;
  /** Label of the collapsed handle and the iframe title (i18n, from the entrypoint). */
  handleLabel: string;
  frameTitle: string;
  onExpandRequest(): void;
}

export const PANEL_WIDTH = 300;
const MARGIN = 8;
/** Below the top bar most seller workbenches have (online status, shop switcher). */
const TOP = 52;
const MIN_HEIGHT = 120;

const STYLE = `
:host { all: initial; }
.frame { position: fixed; top: ${TOP}px; right: ${MARGIN}px; width: ${PANEL_WIDTH}px; z-index: 2147483000;
  border: 0; border-radius: 10px; box-shadow: 0 4px 24px rgba(0,0,0,.18); background: #fff; color-scheme: light; }
.handle { position: fixed; right: 0; top: 40%; z-index: 2147483000; writing-mode: vertical-rl; padding: 10px 6px;
  border: 0; border-radius: 8px 0 0 8px; background: #ff6a00; color: #fff; font: 13px/1.2 system-ui, sans-serif;
  cursor: pointer; box-shadow: 0 2px 10px rgba(0,0,0,.2); letter-spacing: 2px; }
.handle:focus-visible { outline: 2px solid #1677ff; }
[hidden] { display: none !important; }
`;

export function mountPanelFrame(doc: Document, options: PanelFrameOptions): PanelFrame {
  const host = doc.createElement('div');
  host.setAttribute('data-kefu-sidekick', '');
  // When the panel went in, on the page's clock: scripts/bench-extension.mjs measures time to panel from it.
  host.setAttribute('data-mounted-at', String(Math.round(doc.defaultView!.performance.now())));
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLE;
  const iframe = doc.createElement('iframe');
  iframe.className = 'frame';
  iframe.src = options.src;
  iframe.title = options.frameTitle;
  const handle = doc.createElement('button');
  handle.className = 'handle';
  handle.type = 'button';
  handle.textContent = options.handleLabel;
  handle.addEventListener('click', () => options.onExpandRequest());
  shadow.append(style, iframe, handle);
  doc.documentElement.append(host);

  let lastComposer: DOMRect | null = null;
  const view = doc.defaultView!;
  const frame: PanelFrame = {
    host,
    iframe,
    setCollapsed(collapsed) {
      // Hidden, not removed: the panel keeps its state and reopens instantly.
      iframe.hidden = collapsed;
      handle.hidden = !collapsed;
    },
    fit(composer) {
      lastComposer = composer;
      const panelLeft = view.innerWidth - MARGIN - PANEL_WIDTH;
      const overlaps = !!composer && composer.width > 0 && composer.right > panelLeft;
      // End above the composer when it reaches under the panel; never cover the input or the send button.
      const bottomEdge = overlaps ? composer.top - MARGIN : view.innerHeight - MARGIN;
      iframe.style.height = `${Math.max(MIN_HEIGHT, bottomEdge - TOP)}px`;
    },
    isOwnNode(node) {
      return node === host || host.contains(node);
    },
    destroy() {
      view.removeEventListener('resize', onResize);
      host.remove();
    },
  };
  const onResize = () => frame.fit(lastComposer);
  view.addEventListener('resize', onResize);
  frame.setCollapsed(options.collapsed);
  frame.fit(null);
  return frame;
}
