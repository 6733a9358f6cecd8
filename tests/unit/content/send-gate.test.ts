import { describe, expect, it } from 'vitest';
import { SendGate, altDigit, isSendKey } from '@/lib/content/send-gate';
import type { Flag } from '@/lib/redline/types';

const block: Flag = { category: 'invoice_refusal', severity: 'block', rule: 'r', start: 0, end: 2, message: 'm' };
const warn: Flag = { ...block, severity: 'warn', category: 'absolute_claims' };
const checker = (text: string): Flag[] => (text.includes('不开发票') ? [block] : text.includes('最好') ? [warn] : []);

describe('SendGate', () => {
  it('lets clean drafts and warn-only drafts through', () => {
    const gate = new SendGate(checker);
    expect(gate.decide('亲,可以开发票哦', 0)).toMatchObject({ allow: true, overridden: false });
    expect(gate.decide('这款效果最好', 0)).toMatchObject({ allow: true, overridden: false });
    expect(gate.overrides).toBe(0);
  });

  it('stops a blocking draft, and lets the same draft through when tried again within the window', () => {
    const gate = new SendGate(checker, 4000);
    expect(gate.decide('我们不开发票', 1000)).toMatchObject({ allow: false, blocking: [block] });
    expect(gate.decide('我们不开发票', 3000)).toMatchObject({ allow: true, overridden: true });
    expect(gate.overrides).toBe(1);
    // The override is used up: the next attempt is stopped again.
    expect(gate.decide('我们不开发票', 3500).allow).toBe(false);
  });

  it.each([
    ['too late', '我们不开发票', 6000],
    ['another draft', '本店不开发票', 2000],
  ])('does not override when the second try comes %s', (_why, second, at) => {
    const gate = new SendGate(checker, 4000);
    gate.decide('我们不开发票', 1000);
    expect(gate.decide(second, at).allow).toBe(false);
  });

  it('sends an armed draft ("仍然发送") once', () => {
    const gate = new SendGate(checker, 4000);
    gate.arm('我们不开发票', 100);
    expect(gate.decide('我们不开发票', 200)).toMatchObject({ allow: true, overridden: true });
    expect(gate.decide('我们不开发票', 300).allow).toBe(false);
  });
});

const key = (init: Partial<KeyboardEventInit & { keyCode: number }>) =>
  ({ key: 'Enter', code: 'Enter', shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, isComposing: false, keyCode: 13, ...init }) as KeyboardEvent;

describe('keys', () => {
  it.each([
    [{}, true],
    [{ ctrlKey: true }, true],
    [{ shiftKey: true }, false],
    [{ altKey: true }, false],
    [{ isComposing: true }, false],
    [{ keyCode: 229 }, false],
    [{ key: 'a', code: 'KeyA', keyCode: 65 }, false],
  ])('isSendKey(%o) = %s', (init, expected) => expect(isSendKey(key(init))).toBe(expected));

  it.each([
    [{ altKey: true, code: 'Digit1', key: '1' }, 0],
    [{ altKey: true, code: 'Digit9', key: '9' }, 8],
    [{ altKey: true, code: 'Numpad3', key: '3' }, 2],
    [{ altKey: true, code: 'Digit1', key: '¡' }, 0], // macOS Option+1
    [{ altKey: true, code: 'Digit0', key: '0' }, null],
    [{ altKey: true, ctrlKey: true, code: 'Digit1', key: '1' }, null],
    [{ altKey: false, code: 'Digit1', key: '1' }, null],
  ])('altDigit(%o) = %s', (init, expected) => expect(altDigit(key(init))).toBe(expected));
});

describe('SendGate veto from the panel’s model', () => {
  it('lets a draft through when its blocking flags were vetoed for exactly this draft', () => {
    const gate = new SendGate(checker, 4000);
    gate.setVeto('我们不开发票', ['r']);
    expect(gate.decide('我们不开发票', 0)).toMatchObject({ allow: true, overridden: false });
    // A different draft is judged on its own.
    expect(gate.decide('本店不开发票', 10).allow).toBe(false);
  });
});
