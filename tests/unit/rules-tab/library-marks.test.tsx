// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { getDb } from '@/lib/db';
import { REDLINE_SETTINGS_KEY, SETTINGS_KEY } from '@/lib/settings';
import { LibraryTab } from '@/components/options/library/LibraryTab';

vi.mock('#i18n', () => ({
  i18n: { t: (key: string, subs?: string[]) => (subs?.length ? `${key}(${subs.join('|')})` : key) },
}));

const REPLIES = [
  { id: 'wx', group: '售后', code: 'wx', content: '亲，加我微信发您优惠券哦' },
  { id: 'low', group: '售前', code: 'dj', content: '这款是全网最低价，放心拍' },
  { id: 'ok', group: '售前', code: 'fh', content: '亲，今天四点前付款当天发货哦' },
  { id: 'both', group: '售后', code: 'hp', content: '好评返现5元，这款是全网最低价' },
];

let root: HTMLElement;
const $$ = (testId: string, scope: ParentNode = root) => [...scope.querySelectorAll(`[data-testid="${testId}"]`)];
const row = (id: string) => root.querySelector(`[data-testid="kefu-lib-row"][data-reply-id="${id}"]`);
const badges = (id: string) =>
  $$('kefu-lib-redline', row(id)!).map((b) => [b.getAttribute('data-category'), b.getAttribute('data-severity')]);

beforeAll(async () => {
  fakeBrowser.reset();
  const db = getDb();
  const now = Date.now();
  // Marked as seeded so the starter library stays out and the rows are exactly these.
  await db.meta.put({ key: 'starterSeeded', value: now });
  await db.replies.bulkPut(REPLIES.map((r) => ({ ...r, createdAt: now, updatedAt: now, source: 'user' as const })));
  root = document.createElement('div');
  document.body.append(root);
  await act(async () => {
    render(<LibraryTab />, root);
  });
  await vi.waitFor(() => expect($$('kefu-lib-row')).toHaveLength(REPLIES.length));
});
afterAll(() => {
  render(null, root);
  root.remove();
});

describe('red lines in the library', () => {
  it('badges each reply with its categories, blocking ones marked as such', async () => {
    await vi.waitFor(() => expect($$('kefu-lib-redline').length).toBeGreaterThan(0));
    expect(badges('wx')).toEqual([['off_platform', 'block']]);
    expect(badges('low')).toEqual([['absolute_claims', 'warn']]);
    expect(badges('both')).toEqual([
      ['review_manipulation', 'block'],
      ['absolute_claims', 'warn'],
    ]);
    expect(badges('ok')).toEqual([]);
  });

  it('filters to the replies that carry a red line', async () => {
    const filter = root.querySelector<HTMLInputElement>('[data-testid="kefu-lib-filter-redline"]')!;
    await act(async () => {
      filter.checked = true;
      filter.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(
      $$('kefu-lib-row')
        .map((r) => r.getAttribute('data-reply-id'))
        .sort()
    ).toEqual(['both', 'low', 'wx']);
    await act(async () => {
      filter.checked = false;
      filter.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect($$('kefu-lib-row')).toHaveLength(REPLIES.length);
  });

  it('follows the shop settings: a rule switched off, a custom rule, the platform', async () => {
    await act(async () => {
      await fakeBrowser.storage.local.set({
        [REDLINE_SETTINGS_KEY]: {
          custom: [{ id: 'c1', pattern: '当天发货', category: 'unfair_terms', severity: 'warn', enabled: true }],
          disabled: ['absolute.lowest-price'],
        },
        [SETTINGS_KEY]: { platform: 'jd' },
      });
    });
    await vi.waitFor(() => expect(badges('ok')).toEqual([['unfair_terms', 'warn']]));
    expect(badges('low')).toEqual([]);
    expect(badges('both')).toEqual([['review_manipulation', 'block']]);
  });

  it('shows the flags of the content being edited, live, with the rewording one click away', async () => {
    await act(async () => {
      (row('wx') as HTMLElement).click();
    });
    const drawer = root.querySelector('.lib-editor')!;
    expect($$('kefu-lib-editor-flag', drawer).map((f) => f.getAttribute('data-category'))).toEqual(['off_platform']);

    const textarea = drawer.querySelector('textarea')!;
    await act(async () => {
      textarea.value = '亲，这款支持七天无理由退货，拆封了就不退了哦';
      textarea.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const flags = $$('kefu-lib-editor-flag', drawer);
    expect(flags.map((f) => [f.getAttribute('data-category'), f.getAttribute('data-severity')])).toEqual([
      ['return_refusal', 'block'],
    ]);
    await act(async () => {
      flags[0]!.querySelector('button')!.click();
    });
    expect(drawer.querySelector('textarea')!.value).not.toMatch(/拆封了就不退/);
    expect($$('kefu-lib-editor-flag', drawer)).toHaveLength(0);
  });
});
