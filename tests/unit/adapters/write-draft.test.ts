// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { douyinAdapter, jdAdapter, kuaishouAdapter, pinduoduoAdapter, type ChatAdapter } from '../../../lib/adapters';
import { mountSnapshot } from './load-snapshot';

const REPLY = '亲，您好～这款M码有现货\n今天16点前下单当天发\n\n还有什么可以帮您？';

/**
 * React's value tracking in miniature: an own `value` property on the node records every assignment, and the change
 * handler only updates state when the DOM value differs from what the tracker last saw. A plain `el.value = x`
 * therefore looks like "no change" — exactly why the adapters must use the prototype's setter.
 */
function trackLikeReact(el: HTMLTextAreaElement): { state: () => string } {
  let tracked = el.value;
  let state = el.value;
  const proto = Object.getPrototypeOf(el) as object;
  let descriptor: PropertyDescriptor | undefined;
  for (let p: object | null = proto; p && !descriptor?.set; p = Object.getPrototypeOf(p) as object | null) {
    descriptor = Object.getOwnPropertyDescriptor(p, 'value');
  }
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() {
      return descriptor!.get!.call(this) as string;
    },
    set(v: string) {
      tracked = v;
      descriptor!.set!.call(this, v);
    },
  });
  el.ownerDocument.addEventListener('input', (e) => {
    if (e.target !== el) return;
    const now = descriptor!.get!.call(el) as string;
    if (now !== tracked) {
      tracked = now;
      state = now;
    }
  });
  return { state: () => state };
}

describe('textarea drafts (Pinduoduo v-model, Douyin controlled React textarea)', () => {
  it.each([
    ['pinduoduo.html', false, pinduoduoAdapter],
    ['douyin.html', true, douyinAdapter],
  ] as const)(
    '%s: whole value replaced, input event (and change: %s), caret at the end, focused',
    (file, change, adapter) => {
      const doc = mountSnapshot(file);
      const input = adapter.findInput(doc) as HTMLTextAreaElement;
      input.value = '旧草稿';
      const events: string[] = [];
      let seenOnInput = '';
      input.addEventListener('input', () => {
        events.push('input');
        seenOnInput = input.value;
      });
      input.addEventListener('change', () => events.push('change'));
      adapter.writeDraft(input, REPLY);
      expect(input.value).toBe(REPLY);
      expect(seenOnInput).toBe(REPLY);
      expect(events).toEqual(change ? ['input', 'change'] : ['input']);
      expect(input.selectionStart).toBe(REPLY.length);
      expect(doc.activeElement).toBe(input);
      expect(adapter.readDraft(input)).toBe(REPLY);
    }
  );

  it('a React-style value tracker sees the adapter write as a change, but not a plain assignment', () => {
    const doc = mountSnapshot('douyin.html');
    const input = douyinAdapter.findInput(doc) as HTMLTextAreaElement;
    const react = trackLikeReact(input);
    input.value = '直接赋值';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    expect(react.state()).toBe('');
    douyinAdapter.writeDraft(input, REPLY);
    expect(react.state()).toBe(REPLY);
  });

  it('an empty text clears the draft', () => {
    const doc = mountSnapshot('pinduoduo.html');
    const input = pinduoduoAdapter.findInput(doc)!;
    pinduoduoAdapter.writeDraft(input, REPLY);
    pinduoduoAdapter.writeDraft(input, '');
    expect(pinduoduoAdapter.readDraft(input)).toBe('');
  });
});

describe('contenteditable drafts (JD editor, Kuaishou Quill) without editing commands', () => {
  // happy-dom has no document.execCommand: this pins the DOM fallback; real Chromium's path is in tests/e2e.
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    ['jd.html', 'DIV', jdAdapter],
    ['kuaishou.html', 'P', kuaishouAdapter],
  ] as const)(
    '%s: lines become the editor’s own <%s> blocks and read back exactly',
    (file, block, adapter: ChatAdapter) => {
      const doc = mountSnapshot(file);
      const input = adapter.findInput(doc)!;
      let inputs = 0;
      input.addEventListener('input', () => inputs++);
      adapter.writeDraft(input, '先写的草稿');
      adapter.writeDraft(input, REPLY);
      expect(adapter.readDraft(input)).toBe(REPLY);
      expect(inputs).toBe(2);
      expect(Array.from(input.children).some((c) => c.tagName === block)).toBe(true);
      expect(input.textContent).not.toContain('先写的草稿');
      expect(doc.activeElement).toBe(input);
    }
  );

  it.each([
    ['jd.html', jdAdapter],
    ['kuaishou.html', kuaishouAdapter],
  ] as const)('%s: markup-looking text stays text', (file, adapter: ChatAdapter) => {
    const doc = mountSnapshot(file);
    const input = adapter.findInput(doc)!;
    adapter.writeDraft(input, '<img src=x onerror="alert(1)">\n第二行');
    expect(input.querySelector('img')).toBeNull();
    expect(adapter.readDraft(input)).toBe('<img src=x onerror="alert(1)">\n第二行');
  });

  it.each([
    ['jd.html', jdAdapter],
    ['kuaishou.html', kuaishouAdapter],
  ] as const)('%s: an empty text clears the editor', (file, adapter: ChatAdapter) => {
    const doc = mountSnapshot(file);
    const input = adapter.findInput(doc)!;
    adapter.writeDraft(input, REPLY);
    adapter.writeDraft(input, '');
    expect(adapter.readDraft(input)).toBe('');
  });
});
