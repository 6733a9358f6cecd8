// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { commonAncestor, outermost, selectedRow } from '../../../lib/adapters/dom-query';

describe('selectedRow', () => {
  function rows(classes: string[], attrs: Array<Record<string, string>> = []): HTMLElement[] {
    return classes.map((className, i) => {
      const el = document.createElement('div');
      el.className = className;
      for (const [k, v] of Object.entries(attrs[i] ?? {})) el.setAttribute(k, v);
      return el;
    });
  }

  it.each([
    ['an "active" token', ['chat-item-box', 'chat-item-box active', 'chat-item-box'], 1],
    ['a hashed "selected-…" token', ['card-ePRNJi selected-Gk3WqZ', 'card-ePRNJi', 'card-ePRNJi'], 0],
    ['a BEM "--active" modifier', ['SessionBaseCard', 'SessionBaseCard', 'SessionBaseCard SessionBaseCard--active'], 2],
    ['JD’s "_check" modifier', ['alluser-item', 'alluser-item alluser-item_check'], 1],
    ['the one row with a class no other row has (rotated hash)', ['card-a x1', 'card-a x1 wmvLQcpt', 'card-a x1'], 1],
    ['no row stands out', ['card-a', 'card-a', 'card-a'], -1],
    ['two rows claim it', ['row active', 'row active', 'row'], -1],
    ['a "checkbox" class is not a selection', ['row checkbox', 'row checkbox'], -1],
  ])('%s', (_, classes, index) => {
    const list = rows(classes);
    expect(selectedRow(list)).toBe(index < 0 ? null : list[index]);
  });

  it('prefers aria-selected over class names', () => {
    const list = rows(['row active', 'row'], [{}, { 'aria-selected': 'true' }]);
    expect(selectedRow(list)).toBe(list[1]);
  });
});

describe('outermost and commonAncestor', () => {
  function tree(): HTMLElement {
    const root = document.createElement('div');
    root.id = 'root';
    root.innerHTML =
      '<section id="a"><div id="b"><div id="c"></div></div><div id="d"></div></section><aside id="e"></aside>';
    return root;
  }

  it('outermost drops elements nested in another listed one', () => {
    const root = tree();
    const pick = (...ids: string[]) => ids.map((id) => root.querySelector('#' + id)!);
    expect(outermost(pick('b', 'c', 'd')).map((el) => el.id)).toEqual(['b', 'd']);
  });

  it.each([
    ['c', 'd', 'a'],
    ['b', 'c', 'b'],
    ['c', 'e', 'root'],
  ])('commonAncestor(#%s, #%s) is #%s', (x, y, expected) => {
    const root = tree();
    const found = commonAncestor(root.querySelector('#' + x), root.querySelector('#' + y));
    expect(found?.id).toBe(expected);
  });

  it('is null when either element is missing', () => {
    expect(commonAncestor(null, document.body)).toBeNull();
  });
});
