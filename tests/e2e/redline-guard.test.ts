import type { CDPSession, Frame, Page } from 'playwright-core';
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
}

let browser: LaunchedBrowser & { extensionId: string };

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.keys(CONTROLS) as FixturePlatform[])('red-line guard on %s', (platform) => {
  let page: Page;
  let panel: Frame;
  let cdp: CDPSession;
  let errors: string[];
  const controls = CONTROLS[platform];
  const sentCount = () => page.evaluate(() => (window as unknown as { __fixture: FixtureHooks }).__fixture.sent.length);
  const lastSent = () => page.evaluate(() => (window as unknown as { __fixture: FixtureHooks }).__fixture.sent.at(-1)?.text);
  const draft = () =>
    page.locator(controls.input).evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText).trim());

  /** Clears the chat input and types `text` with real key presses. */
  async function typeDraft(text: string) {
    await page.locator(controls.input).click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(text);
    await expect.poll(draft).toBe(text);
  }

  beforeAll(async () => {
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    await page.goto(FIXTURE_URLS[platform]);
    panel = await panelFrame(page, browser.extensionId);
    await waitUntil(async () => (await panel.locator('[data-testid="kefu-buyer"]').textContent())?.includes('*') ?? false, 'a buyer in the panel');
    cdp = await browser.context.newCDPSession(page);
  });
  afterAll(async () => {
    await page?.close();
  });

  it('flags an invoice refusal as it is typed and Enter does not send it', async () => {
    const before = await sentCount();
    await typeDraft('亲,我们店不开发票的哦');
    const flag = panel.locator('[data-testid="kefu-flag"][data-category="invoice_refusal"]');
    await expect.poll(() => flag.count()).toBe(1);
    expect(await flag.getAttribute('data-severity')).toBe('block');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.locator('[data-testid="kefu-blocked"]').count()).toBe(1);
    await page.waitForTimeout(300);
    expect(await sentCount()).toBe(before);
    expect(await draft()).toBe('亲,我们店不开发票的哦');
    await page.screenshot({ path: `${SHOTS_DIR}/${platform}-redline-blocked.png` });
  });

  it('stops the page’s own send button too', async () => {
    const before = await sentCount();
    await page.waitForTimeout(4200); // past the override window of the previous Enter
    await page.locator(controls.send).click();
    await page.waitForTimeout(300);
    expect(await sentCount()).toBe(before);
  });

  it('sends on purpose with a second Enter within the override window', async () => {
    const before = await sentCount();
    await page.waitForTimeout(4200);
    await page.locator(controls.input).click();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    expect(await sentCount()).toBe(before);
    await page.keyboard.press('Enter');
    await expect.poll(lastSent).toBe('亲,我们店不开发票的哦');
    expect(await sentCount()).toBe(before + 1);
    // Overrides are counted for the team lead, in extension storage.
    const worker = browser.context.serviceWorkers()[0]!;
    await expect
      .poll(() =>
        worker.evaluate(async () => {
          // The worker's own extension API (no types for it in this Node test file).
          const storage = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } })
            .chrome.storage.local;
          return ((await storage.get('gateStats')).gateStats as { overridden?: number } | undefined)?.overridden ?? 0;
        }),
      )
      .toBeGreaterThan(0);
  });

  it('sends on purpose with “仍然发送”', async () => {
    await typeDraft('我们这边不开发票');
    await page.keyboard.press('Enter');
    const sendAnyway = panel.locator('[data-testid="kefu-send-anyway"]');
    await sendAnyway.click();
    await page.keyboard.press('Enter');
    await expect.poll(lastSent).toBe('我们这边不开发票');
  });

  it('rewords a flagged draft in one click', async () => {
    await typeDraft('亲,我们店不开发票的哦');
    const fix = panel.locator('[data-testid="kefu-flag"][data-category="invoice_refusal"] [data-testid="kefu-flag-fix"]');
    await fix.click();
    await expect.poll(draft).toMatch(/电子发票/);
    await expect.poll(() => panel.locator('[data-testid="kefu-flag"]').count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(lastSent).toMatch(/电子发票/);
  });

  it('sends a clean reply at once', async () => {
    await typeDraft('亲,可以开具电子发票的,确认收货后在订单页申请即可');
    expect(await panel.locator('[data-testid="kefu-flag"]').count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(lastSent).toBe('亲,可以开具电子发票的,确认收货后在订单页申请即可');
  });

  it('shows the model’s warning where no rule has words for it, and a warning never stops the send', async () => {
    await typeDraft('喝了这个茶,高血压慢慢就下来了');
    const flag = panel.locator('[data-testid="kefu-flag"][data-category="medical_claims"]');
    await expect.poll(() => flag.count()).toBe(1);
    expect(await flag.getAttribute('data-severity')).toBe('warn');
    await page.keyboard.press('Enter');
    await expect.poll(lastSent).toBe('喝了这个茶,高血压慢慢就下来了');
  });

  it('lets through a product feature that names apps, which a word rule alone would stop on some platforms', async () => {
    await typeDraft('这款耳机连上以后微信语音、QQ通话都能用');
    await page.waitForTimeout(300); // the panel's judgement reaches the page's gate
    expect(await panel.locator('[data-testid="kefu-flag"]').count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(lastSent).toBe('这款耳机连上以后微信语音、QQ通话都能用');
  });

  it('never takes an Enter that ends Chinese IME composition as a send (nor as an override attempt)', async () => {
    await typeDraft('我们不开发票');
    const before = await sentCount();
    // Compose 哦 with the IME: the Enter that commits a composition arrives as keyCode 229 / isComposing.
    await cdp.send('Input.imeSetComposition', { text: 'o', selectionStart: 1, selectionEnd: 1 });
    await cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 229 });
    await cdp.send('Input.insertText', { text: '哦' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
    await page.waitForTimeout(200);
    expect(await sentCount()).toBe(before);
    expect(await panel.locator('[data-testid="kefu-blocked"]').count()).toBe(0);
    // The real Enter is the first send attempt: stopped, not taken as an override.
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    expect(await sentCount()).toBe(before);
    expect(await panel.locator('[data-testid="kefu-blocked"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
