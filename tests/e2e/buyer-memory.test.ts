import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/pages/serve.mjs';
import type { LaunchedBrowser } from './harness/browser.mjs';
import {
  CONTROLS,
  SHOTS_DIR,
  collectPageErrors,
  launchWithExtension,
  panelFrame,
  waitUntil,
  type FixturePlatform,
} from './harness/extension';

interface FixtureHooks {
  sent: { uid: string; text: string }[];
  current(): string;
  conversations: { uid: string; name: string }[];
}

let browser: LaunchedBrowser & { extensionId: string };

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.keys(CONTROLS) as FixturePlatform[])('buyer memory and promises on %s', (platform) => {
  let page: Page;
  let panel: Frame;
  let errors: string[];
  const controls = CONTROLS[platform];
  const hooks = <T>(fn: (f: FixtureHooks) => T) => page.evaluate(`(${fn.toString()})(window.__fixture)`) as Promise<T>;
  const note = () => panel.locator('[data-testid="kefu-note"]');

  async function openPanel() {
    panel = await panelFrame(page, browser.extensionId);
    await panel.locator('[data-testid="kefu-panel"]').waitFor();
    await waitUntil(
      async () => !/未选择|No conversation/.test((await panel.locator('[data-testid="kefu-buyer"]').textContent()) ?? '未选择'),
      'the panel to show a buyer',
    );
    await panel.locator('[data-testid="kefu-tab-buyer"]').click();
  }
  async function switchTo(uid: string) {
    await page.locator(`[data-fixture-conv="${uid}"]`).click();
    await expect.poll(() => hooks((f) => f.current())).toBe(uid);
    await expect.poll(() => note().getAttribute('data-buyer-key')).toBe(`${platform}|${uid}`);
  }

  beforeAll(async () => {
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    await page.goto(FIXTURE_URLS[platform]);
    await openPanel();
  });
  afterAll(async () => {
    await page?.close();
  });

  it('keeps a note with its buyer across switches and a reload, never showing it for another buyer', async () => {
    const [first, twin, third] = await hooks((f) => f.conversations.map((c) => c.uid));
    // The first two buyers share the masked name S*******n: the note must follow the buyer id, not the name.
    await switchTo(first!);
    await note().fill('怕压,只收顺丰');
    // Switch away at once, before any save delay: the note is flushed for the buyer it was typed for.
    await page.locator(`[data-fixture-conv="${twin}"]`).click();
    await expect.poll(() => note().getAttribute('data-buyer-key')).toBe(`${platform}|${twin}`);
    await expect.poll(() => note().inputValue()).toBe('');
    await note().fill('老顾客,上次补偿过');
    await switchTo(third!);
    await expect.poll(() => note().inputValue()).toBe('');
    await switchTo(first!);
    await expect.poll(() => note().inputValue()).toBe('怕压,只收顺丰');
    await switchTo(twin!);
    await expect.poll(() => note().inputValue()).toBe('老顾客,上次补偿过');

    await page.reload();
    await openPanel();
    await switchTo(first!);
    await expect.poll(() => note().inputValue()).toBe('怕压,只收顺丰');
    await switchTo(twin!);
    await expect.poll(() => note().inputValue()).toBe('老顾客,上次补偿过');
    await page.screenshot({ path: `${SHOTS_DIR}/${platform}-note.png` });
  });

  it('tags a buyer in one click and keeps the tag', async () => {
    const offer = panel.locator('[data-testid="kefu-tag-offer"]', { hasText: '只收顺丰' });
    await offer.click();
    await expect.poll(() => panel.locator('[data-testid="kefu-tag"]').allTextContents()).toEqual([expect.stringContaining('只收顺丰')]);
    const uid = await hooks((f) => f.current());
    const other = await hooks((f) => f.conversations.find((c) => c.uid !== f.current())!.uid);
    await switchTo(other);
    expect(await panel.locator('[data-testid="kefu-tag"]').count()).toBe(0);
    await switchTo(uid);
    await expect.poll(() => panel.locator('[data-testid="kefu-tag"]').allTextContents()).toEqual([expect.stringContaining('只收顺丰')]);
  });

  it('records a promise from a message the agent sends, shown in the panel with its due time', async () => {
    const promises = panel.locator('[data-testid="kefu-promise"][data-status="open"]');
    const before = await promises.count();
    await page.waitForTimeout(700); // a person reads before replying; messages seen in the first 600 ms are history
    await page.locator(controls.input).click();
    await page.keyboard.type('好的亲,明天下午三点前给您发顺丰');
    await page.keyboard.press('Enter');
    await expect.poll(() => hooks((f) => f.sent.at(-1)?.text)).toBe('好的亲,明天下午三点前给您发顺丰');
    await expect.poll(() => promises.count()).toBe(before + 1);
    const item = panel.locator('[data-testid="kefu-promise"][data-kind="ship"]').first();
    await expect.poll(() => item.textContent()).toMatch(/明天 15:00|tomorrow 15:00/);
    await page.screenshot({ path: `${SHOTS_DIR}/${platform}-promise.png` });
    expect(errors).toEqual([]);
  });

  it('shows the promise in the toolbar popup too, under today or later, with the buyer', async () => {
    const popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const item = popup.locator('[data-testid="kefu-promise"]', { hasText: '明天下午三点前给您发顺丰' }).first();
    await item.waitFor();
    expect(await item.getAttribute('data-status')).toBe('open');
    expect(await item.textContent()).toContain('S*******n');
    await popup.screenshot({ path: `${SHOTS_DIR}/${platform}-popup.png` });
    await popup.close();
  });
});
