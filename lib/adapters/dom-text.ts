/**
 * Reading page text as plain text. Only text nodes and a few attributes (`alt`, `title`) are read — never innerHTML —
 * so a buyer's nickname like `<img onerror=…>` stays a string and nothing of the page is ever parsed as markup.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
const BLOCKS = new Set([
  'DIV',
  'P',
  'LI',
  'PRE',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'TR',
]);

/**
 * Lines of a node as a reader sees them: text runs, `<br>` and block elements start new lines; an empty block that
 * only holds a `<br>` (how contenteditable and Quill keep an empty line) is one empty line, not two.
 * Whitespace-only text with a newline next to blocks is source formatting, not content. `skip` removes matching
 * subtrees (timestamps, captions…).
 */
function collectLines(root: Node, skip?: string): string[] {
  const lines: string[] = [''];
  let emitted = false;
  let afterBlock = false;
  const startLineAfterBlock = (): void => {
    if (afterBlock) lines.push('');
    afterBlock = false;
  };
  const isBlock = (node: Node | null): boolean =>
    node?.nodeType === ELEMENT_NODE && BLOCKS.has((node as Element).tagName);
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        if (data === '') continue;
        const formatting = /^\s*$/.test(data) && data.includes('\n');
        if (formatting && (afterBlock || !emitted || isBlock(child.nextSibling) || !child.nextSibling)) continue;
        startLineAfterBlock();
        lines[lines.length - 1] += data;
        emitted = true;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const el = child as Element;
      if (SKIPPED.has(el.tagName) || (skip && el.matches(skip))) continue;
      if (el.tagName === 'BR') {
        afterBlock = false;
        lines.push('');
        emitted = true;
      } else if (el.tagName === 'IMG') {
        // Emoji in chat text are images whose alt is the emoji code, e.g. [微笑].
        const alt = el.getAttribute('alt') ?? '';
        if (!alt) continue;
        startLineAfterBlock();
        lines[lines.length - 1] += alt;
        emitted = true;
      } else if (BLOCKS.has(el.tagName)) {
        if (emitted) lines.push('');
        afterBlock = false;
        walk(el);
        if (el.lastChild && el.lastChild.nodeName === 'BR') lines.pop();
        emitted = true;
        afterBlock = true;
      } else {
        walk(el);
      }
    }
  };
  walk(root);
  return lines;
}

/** Text of a message or name element: line structure kept, outer whitespace trimmed. */
export function plainText(node: Node | null | undefined, skip?: string): string {
  if (!node) return '';
  return collectLines(node, skip).join('\n').trim();
}

/** Whitespace collapsed to single spaces: for labels and summaries. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text of one element, collapsed; '' when absent. */
export function textOf(node: Node | null | undefined): string {
  return node ? collapse(plainText(node)) : '';
}

/**
 * The draft inside a contenteditable (JD's editor, Quill's `.ql-editor`): lines exactly as the agent typed them,
 * inner and trailing spaces kept, only the one trailing newline an editor always holds dropped. Browsers store runs
 * of typed spaces as no-break spaces so they stay visible; they read back as the spaces that were typed.
 */
export function editableText(root: Node): string {
  return collectLines(root)
    .join('\n')
    .replace(/\n$/, '')
    .replace(/\u00a0/g, ' ');
}

/** A card or image bubble as a short bracketed label plus a short summary of what it shows. */
export function labelled(label: string, node: Node | null | undefined, max = 40): string {
  // Pictures in a card are product shots: their alt text is noise in a summary.
  const summary = node ? collapse(plainText(node, 'img')) : '';
  if (!summary) return label;
  return `${label} ${summary.length > max ? `${summary.slice(0, max)}…` : summary}`;
}
