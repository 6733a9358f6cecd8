/**
 * DOM look-ups shared by the adapters. Every call re-queries: the chat pages replace nodes freely (Vue swaps
 * Pinduoduo's whole message list on a conversation switch), so no element is ever cached.
 */

/** The first element matching any of the selectors, tried in order (semantic hooks first, hashed classes last). */
export function firstMatch<T extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<Element>(selector);
    if (found) return found as T;
  }
  return null;
}

/** All elements matching the first selector that matches anything. */
export function allOfFirstMatch<T extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): T[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll<Element>(selector);
    if (found.length > 0) return Array.from(found) as T[];
  }
  return [];
}

/** Keep only the outermost elements (drops any element nested inside another one of the list). */
export function outermost<T extends Element>(elements: readonly T[]): T[] {
  const set = new Set<Element>(elements);
  return elements.filter((el) => {
    for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** The nearest element containing both, or null when either is missing or they share no element ancestor. */
export function commonAncestor(a: Element | null, b: Element | null): HTMLElement | null {
  if (!a || !b) return null;
  for (let p: Element | null = a; p; p = p.parentElement) {
    if (p.contains(b)) return p as HTMLElement;
  }
  return null;
}

/** Whether the class attribute has a token starting with `prefix` (hashed CSS-module classes: `messageIsMe-JqEWJs`). */
export function hasClassPrefix(el: Element, prefix: string): boolean {
  for (const token of Array.from(el.classList)) if (token.startsWith(prefix)) return true;
  return false;
}

const SELECTED_HINT = /(^|[-_])(active|selected|current|checked|check)([-_]|$)|^(active|selected|current|checked)/i;

/**
 * The row that is visually selected in a conversation list. Tried in order: ARIA state, a class token that names the
 * state (`active`, `selected-Gk3WqZ`, `alluser-item_check`, `SessionBaseCard--active`), then the one row whose class
 * list has a token no other row has (hashed state classes rotate each deploy and carry no readable name).
 */
export function selectedRow<T extends Element>(rows: readonly T[]): T | null {
  if (rows.length === 0) return null;
  const aria = rows.filter(
    (r) => r.getAttribute('aria-selected') === 'true' || r.getAttribute('aria-current') === 'true'
  );
  if (aria.length === 1) return aria[0] ?? null;
  const named = rows.filter((r) => Array.from(r.classList).some((token) => SELECTED_HINT.test(token)));
  if (named.length === 1) return named[0] ?? null;
  if (rows.length < 2) return null;
  const counts = new Map<string, number>();
  for (const row of rows)
    for (const token of new Set(Array.from(row.classList))) counts.set(token, (counts.get(token) ?? 0) + 1);
  const odd = rows.filter((r) => Array.from(r.classList).some((token) => counts.get(token) === 1));
  return odd.length === 1 ? odd[0] ?? null : null;
}

/**
 * Whether an element is rendered. Without layout (happy-dom, a detached document) every box is 0×0, so then only
 * the `hidden` attribute and inline `display:none` count.
 */
export function isRendered(el: HTMLElement): boolean {
  if (el.hidden || el.closest('[hidden]')) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle?.(el);
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width > 0 || rect.height > 0) return true;
  return !hasLayout(el.ownerDocument);
}

function hasLayout(doc: Document): boolean {
  const body = doc.body;
  if (!body) return false;
  const rect = body.getBoundingClientRect();
  return rect.width > 0 || rect.height > 0;
}
