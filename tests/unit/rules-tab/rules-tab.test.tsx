// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { listRules } from '@/lib/redline';
import { REDLINE_SETTINGS_KEY, SETTINGS_KEY } from '@/lib/settings';
import { RulesTab } from '@/components/options/rules/RulesTab';

// The fake browser has no i18n: messages render as their keys, which is all these tests look at.
vi.mock('#i18n', () => ({
  i18n: { t: (key: string, subs?: string[]) => (subs?.length ? `${key}(${subs.join('|')})` : key) },
}));

let root: HTMLElement;

const $ = <T extends Element = HTMLElement>(testId: string, scope: ParentNode = root) =>
  scope.querySelector<T & Element>(`[data-testid="${testId}"]`);
const $$ = (testId: string, scope: ParentNode = root) => [...scope.querySelectorAll(`[data-testid="${testId}"]`)];

async function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
async function setChecked(el: HTMLInputElement, checked: boolean) {
  await act(async () => {
    el.checked = checked;
    el.dispatchEvent(new Event('change', { bubbles: true }));
  });
}
async function click(el: Element) {
  await act(async () => {
    (el as HTMLElement).click();
  });
}
const stored = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

async function mount() {
  await act(async () => {
    render(<RulesTab />, root);
  });
  await vi.waitFor(() => expect($$('kefu-rules-rule').length).toBeGreaterThan(0));
}

beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('RulesTab', () => {
  it('lists every built-in rule of the shop’s platform, with a switch each', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { platform: 'taobao' } });
    await mount();
    const ids = $$('kefu-rules-rule').map((el) => el.getAttribute('data-rule-id'));
    expect(ids.sort()).toEqual(
      listRules('taobao')
        .map((r) => r.id)
        .sort()
    );
    expect($$('kefu-rules-toggle')).toHaveLength(ids.length);
    expect($<HTMLSelectElement>('kefu-rules-platform')!.value).toBe('taobao');
  });

  it('switching a rule off writes it to disabled, and the platform selector sets Settings.platform', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { shopName: '青禾', collapsed: false, agentName: '' } });
    await mount();
    const row = root.querySelector('[data-rule-id="absolute.best"]')!;
    await setChecked($<HTMLInputElement>('kefu-rules-toggle', row)!, false);
    await vi.waitFor(async () =>
      expect(await stored(REDLINE_SETTINGS_KEY)).toEqual({ custom: [], disabled: ['absolute.best'] })
    );
    expect(root.querySelector('[data-rule-id="absolute.best"]')!.getAttribute('data-enabled')).toBe('false');

    const select = $<HTMLSelectElement>('kefu-rules-platform')!;
    await act(async () => {
      select.value = 'douyin';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await vi.waitFor(async () =>
      expect(await stored(SETTINGS_KEY)).toMatchObject({ shopName: '青禾', platform: 'douyin' })
    );
    // The Douyin pack's own rules appear once Douyin is chosen.
    const generic = new Set(listRules('generic').map((r) => r.id));
    const douyinOnly = listRules('douyin').filter((r) => !generic.has(r.id));
    expect(douyinOnly.length).toBeGreaterThan(0);
    for (const r of douyinOnly) expect(root.querySelector(`[data-rule-id="${r.id}"]`)).not.toBeNull();
  });

  it('rejects a bad custom pattern in Chinese and English and saves nothing', async () => {
    await mount();
    await click($('kefu-rules-custom-add')!);
    await setChecked($<HTMLInputElement>('kefu-rules-custom-regex')!, true);
    await type($<HTMLInputElement>('kefu-rules-custom-pattern')!, '(a+)+');
    await click($('kefu-rules-custom-save')!);
    const error = $('kefu-rules-error');
    expect(error?.textContent).toMatch(/嵌套或重叠/);
    expect(error?.textContent).toMatch(/nested or overlapping/);
    expect(await stored(REDLINE_SETTINGS_KEY)).toBeUndefined();
    expect($$('kefu-rules-custom')).toHaveLength(0);
  });

  it('tries a rule before it is saved, then saves it where the content script reads it', async () => {
    await mount();
    await type($<HTMLTextAreaElement>('kefu-rules-try')!, '亲，有事找阿强，发您优惠券');
    // No rule knows 找阿强 (the model may still warn: it hears off-platform talk without a word list).
    expect($$('kefu-rules-try-flag').filter((f) => !f.getAttribute('data-rule')!.startsWith('model.'))).toHaveLength(0);

    await click($('kefu-rules-custom-add')!);
    await type($<HTMLInputElement>('kefu-rules-custom-pattern')!, '找阿强');
    const flags = $$('kefu-rules-try-flag');
    expect(flags.map((f) => [f.getAttribute('data-category'), f.getAttribute('data-rule')])).toEqual([
      ['off_platform', 'custom:draft'],
    ]);
    expect(await stored(REDLINE_SETTINGS_KEY)).toBeUndefined();

    await click($('kefu-rules-custom-save')!);
    await vi.waitFor(() => expect($$('kefu-rules-custom')).toHaveLength(1));
    const saved = (await stored(REDLINE_SETTINGS_KEY)) as { custom: Array<{ id: string; pattern: string }> };
    expect(saved.custom.map((c) => c.pattern)).toEqual(['找阿强']);
    expect($$('kefu-rules-try-flag').map((f) => f.getAttribute('data-rule'))).toEqual([
      `custom:${saved.custom[0]!.id}`,
    ]);
  });

  it('deleting a custom rule can be undone', async () => {
    const rule = { id: 'shop-1', pattern: '加我小号', category: 'off_platform', severity: 'block', enabled: true };
    await fakeBrowser.storage.local.set({ [REDLINE_SETTINGS_KEY]: { custom: [rule], disabled: [] } });
    await mount();
    await click($('kefu-rules-custom-delete')!);
    await vi.waitFor(async () => expect(await stored(REDLINE_SETTINGS_KEY)).toEqual({ custom: [], disabled: [] }));
    await click(root.querySelector('.rules-notice-undo')!);
    await vi.waitFor(async () => expect(await stored(REDLINE_SETTINGS_KEY)).toEqual({ custom: [rule], disabled: [] }));
  });
});
