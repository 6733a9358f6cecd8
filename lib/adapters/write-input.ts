/**
 * Writing a draft into the page's input so the page's framework sees it. Works from a content script's isolated
 * world and from the page's main world: it only uses the DOM (native property setters, events, editing commands),
 * never the page's JavaScript objects (React fibers, Vue instances, Quill), which an isolated world cannot reach.
 */
import { editableText } from './dom-text';

export interface WriteOptions {
  /** Also fire `change` after `input` (Douyin's React listens to both). */
  change?: boolean;
}

type TextControl = HTMLTextAreaElement | HTMLInputElement;

function isTextControl(el: HTMLElement): el is TextControl {
  return el.tagName === 'TEXTAREA' || el.tagName === 'INPUT';
}

/**
 * The value setter of the element's class, not of the element: React installs a value tracker as an own property on
 * the node, and a plain `el.value = …` through it tells React nothing changed, so its state keeps the old draft.
 */
function nativeValueSetter(el: TextControl): ((this: TextControl, v: string) => void) | null {
  for (
    let proto = Object.getPrototypeOf(el) as object | null;
    proto;
    proto = Object.getPrototypeOf(proto) as object | null
  ) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) return descriptor.set as (this: TextControl, v: string) => void;
  }
  return null;
}

function inputEvent(el: HTMLElement, text: string, inputType: string): Event {
  const win = el.ownerDocument.defaultView;
  const InputEventCtor = win?.InputEvent ?? (typeof InputEvent === 'undefined' ? undefined : InputEvent);
  if (InputEventCtor) return new InputEventCtor('input', { bubbles: true, cancelable: false, inputType, data: text });
  const EventCtor = win?.Event ?? Event;
  return new EventCtor('input', { bubbles: true });
}

function plainEvent(el: HTMLElement, type: string): Event {
  const EventCtor = el.ownerDocument.defaultView?.Event ?? Event;
  return new EventCtor(type, { bubbles: true });
}

/** Replace a textarea's (or text input's) whole value and tell the framework (Vue v-model, React onChange). */
export function writeTextControl(el: TextControl, text: string, opts: WriteOptions = {}): void {
  el.focus();
  const setter = nativeValueSetter(el);
  if (setter) setter.call(el, text);
  else el.value = text;
  el.dispatchEvent(inputEvent(el, text, 'insertReplacementText'));
  if (opts.change) el.dispatchEvent(plainEvent(el, 'change'));
  try {
    el.setSelectionRange(text.length, text.length);
  } catch {
    // Some input types have no selection; the caret position is a nicety.
  }
}

function selectContents(el: HTMLElement): boolean {
  const doc = el.ownerDocument;
  const selection = doc.getSelection?.() ?? doc.defaultView?.getSelection?.() ?? null;
  if (!selection) return false;
  const range = doc.createRange();
  range.selectNodeContents(el);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/** Lines as an editor builds them: Quill keeps one `<p>` per line, a plain contenteditable a text run then `<div>`s. */
function rebuildEditable(el: HTMLElement, text: string): void {
  const doc = el.ownerDocument;
  const usesParagraphs = el.classList.contains('ql-editor') || el.firstElementChild?.tagName === 'P';
  const lines = text.split('\n');
  el.replaceChildren();
  lines.forEach((line, i) => {
    const filled = (node: Node): Node => {
      if (line) node.appendChild(doc.createTextNode(line));
      else node.appendChild(doc.createElement('br'));
      return node;
    };
    if (usesParagraphs) el.appendChild(filled(doc.createElement('p')));
    else if (i === 0) {
      if (line) el.appendChild(doc.createTextNode(line));
      else if (lines.length > 1) el.appendChild(doc.createElement('br'));
    } else el.appendChild(filled(doc.createElement('div')));
  });
}

/**
 * Replace a contenteditable's whole content with `text` through the browser's editing command, as typing would: the
 * framework's model (JD's editor state, Quill's mutation observer) follows and the agent can still undo. Falls back to
 * rebuilding the lines by DOM plus an `input` event where editing commands do not exist (tests, odd embedders).
 */
export function writeContentEditable(el: HTMLElement, text: string): void {
  const doc = el.ownerDocument;
  el.focus();
  let done = false;
  if (selectContents(el) && typeof doc.execCommand === 'function') {
    try {
      done =
        text === ''
          ? doc.execCommand('delete', false) || editableText(el) === ''
          : doc.execCommand('insertText', false, text);
    } catch {
      done = false;
    }
  }
  if (!done || editableText(el) !== text) {
    rebuildEditable(el, text);
    el.dispatchEvent(inputEvent(el, text, 'insertReplacementText'));
  }
  // Leave the caret at the end so the agent can keep typing or press Enter.
  const selection = doc.getSelection?.() ?? null;
  if (selection) {
    const range = doc.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
}

/** Whether an element is where text is typed: a textarea, a text input or a contenteditable. */
export function isEditable(el: Element): el is HTMLElement {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName === 'INPUT') return ['text', 'search', ''].includes((el as HTMLInputElement).type);
  const ce = el.getAttribute('contenteditable');
  return ce === '' || ce === 'true' || ce === 'plaintext-only';
}

/** Replace the whole draft in any kind of input. */
export function writeDraftInto(input: HTMLElement, text: string, opts: WriteOptions = {}): void {
  if (isTextControl(input)) writeTextControl(input, text, opts);
  else writeContentEditable(input, text);
}

/** The current draft of any kind of input. */
export function readDraftFrom(input: HTMLElement): string {
  if (isTextControl(input)) return input.value;
  return editableText(input);
}
