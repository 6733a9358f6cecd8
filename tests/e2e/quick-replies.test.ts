import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/pages/serve.mjs';
import {
  CONTROLS,
  SHOTS_DIR,
  collectPageErrors,
  launchWithExtension,
  overlaps,
  panelFrame,
  starterById,
  type FixturePlatform,
} from './harness/extension';
import type { LaunchedBrowser } from './harness/browser.mjs';

interface FixtureWindow {
  __fixture: {
    buyerSays(text: string): void;
    sent: { uid: string; text: string }[];
    current(): string;
    conversations: { uid: string; name: string }[];
  };
  __xss?: unknown;
}

let browser: LaunchedBrowser & { extensionId: string };

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(Object.keys(CONTROLS) as FixturePlatform[])('quick replies on %s', (platform) => {
  let page: Page;
  let panel: Frame;
  let errors: string[];
  const controls = CONTROLS[platform];

  beforeAll(async () => {
    page = await browser.context.newPage();
    errors = collectPageErrors(page);
    await page.goto(FIXTURE_URLS[platform]);
    panel = await panelFrame(page, browser.extensionId);
    await panel.locator('[data-testid="kefu-panel"]').waitFor();
  });
  afterAll(async () => {
    await page?.close();
  });

  const fixture = <T>(fn: (f: FixtureWindow['__fixture']) => T) =>
    page.evaluate(`(${fn.toString()})(window.__fixture)`) as Promise<T>;
  const currentName = () =>
    page.evaluate(() => {
      const f = (window as unknown as FixtureWindow).__fixture;
      return f.conversations.find((c) => c.uid === f.current())!.name;
    });
  const draft = () =>
    page.locator(controls.input).evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
  const suggestionIds = () =>
    panel.locator('[data-testid="kefu-suggestion"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-reply-id')));

  it('shows the panel beside the chat without covering the input or the send button', async () => {
    const frameBox = await (await panel.frameElement()).boundingBox();
    const inputBox = await page.locator(controls.input).boundingBox();
    const sendBox = await page.locator(controls.send).boundingBox();
    expect(frameBox && inputBox && sendBox).toBeTruthy();
    expect(frameBox!.height).toBeGreaterThan(200);
    expect(overlaps(frameBox!, inputBox!)).toBe(false);
    expect(overlaps(frameBox!, sendBox!)).toBe(false);
    await page.screenshot({ path: `${SHOTS_DIR}/${platform}-panel.png` });
  });

  it('shows the current buyer by the name the page shows', async () => {
    await expect.poll(() => panel.locator('[data-testid="kefu-buyer"]').textContent()).toBe(await currentName());
  });

  it('suggests an invoice reply in the top 3 when the buyer asks 能开发票吗', async () => {
    await fixture((f) => f.buyerSays('能开发票吗'));
    await expect
      .poll(async () => (await suggestionIds()).slice(0, 3).some((id) => starterById.get(id!)?.group.includes('发票')))
      .toBe(true);
  });

  it('Alt+1 in the chat input inserts the top suggestion so the framework sees it, and Enter sends exactly that', async () => {
    const top = panel.locator('[data-testid="kefu-suggestion"]').first();
    const topId = await top.getAttribute('data-reply-id');
    const expected = starterById.get(topId!)!.content.replace(/\{买家\}/g, '亲');
    await page.locator(controls.input).click();
    await page.keyboard.press('Alt+1');
    await expect.poll(draft).not.toBe('');
    const inserted = await draft();
    // Variables are filled; no raw placeholder is ever left.
    expect(inserted).not.toMatch(/\{[^}]*\}/);
    if (!/\{/.test(starterById.get(topId!)!.content)) expect(inserted.trim()).toBe(expected.trim());
    await page.keyboard.press('Enter');
    await expect.poll(() => fixture((f) => f.sent.at(-1)?.text)).toBe(inserted.trim());
    await page.screenshot({ path: `${SHOTS_DIR}/${platform}-after-send.png` });
  });

  it('clicking a suggestion inserts it too', async () => {
    await fixture((f) => f.buyerSays('发什么快递'));
    const first = panel.locator('[data-testid="kefu-suggestion"]').first();
    await expect.poll(async () => starterById.get((await first.getAttribute('data-reply-id'))!)?.group).toMatch(/物流/);
    await first.click();
    await expect.poll(draft).toMatch(/快递|顺丰/);
  });

  it('follows a conversation switch', async () => {
    const others = await fixture((f) => f.conversations.filter((c) => c.uid !== f.current()).map((c) => c.uid));
    await page.locator(`[data-fixture-conv="${others[0]}"]`).click();
    await expect.poll(() => fixture((f) => f.current())).toBe(others[0]);
    await expect.poll(() => panel.locator('[data-testid="kefu-buyer"]').textContent()).toBe(await currentName());
  });

  it('keeps an HTML nickname and message as plain text', async () => {
    const xss = await fixture((f) => f.conversations.find((c) => c.name.includes('<img'))!.uid);
    await page.locator(`[data-fixture-conv="${xss}"]`).click();
    await expect.poll(() => panel.locator('[data-testid="kefu-buyer"]').textContent()).toContain('<img src=x');
    expect(await panel.locator('[data-testid="kefu-buyer"] img').count()).toBe(0);
    expect(await panel.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as FixtureWindow).__xss)).toBeUndefined();
    await page.screenshot({ path: `${SHOTS_DIR}/${platform}-xss-buyer.png` });
  });

  it('writes nothing to the chat site’s storage and raises no page errors', async () => {
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      idb: (await indexedDB.databases()).map((d) => d.name),
      cookie: document.cookie,
    }));
    expect(storage).toEqual({ local: 0, session: 0, idb: [], cookie: '' });
    expect(errors).toEqual([]);
  });
});

describe('a page whose layout is not recognised', () => {
  it('says so plainly in the panel instead of failing silently', async () => {
    const page = await browser.context.newPage();
    // A real chat host, but a page with none of the chat's parts (a redesign, a settings page…).
    await page.route('https://im.jinritemai.com/pc_seller_v2/settings', (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<!doctype html><title>设置</title><h1>店铺设置</h1>' }),
    );
    await page.goto('https://im.jinritemai.com/pc_seller_v2/settings');
    const panel = await panelFrame(page, browser.extensionId);
    const status = panel.locator('[data-testid="kefu-page-status"]');
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toMatch(/没有识别到|not recognised/);
    expect(await status.textContent()).toMatch(/输入框|消息列表|input|message/i);
    await page.screenshot({ path: `${SHOTS_DIR}/not-recognised.png` });
    await page.close();
  });
});

describe('the panel collapsed to its handle', () => {
  it('collapses, stays collapsed after a reload, and opens again from the handle', async () => {
    const page = await browser.context.newPage();
    await page.goto(FIXTURE_URLS.jd);
    let panel = await panelFrame(page, browser.extensionId);
    await panel.locator('[data-testid="kefu-collapse"]').click();
    await expect.poll(async () => (await panel.frameElement()).boundingBox()).toBeNull();
    await page.screenshot({ path: `${SHOTS_DIR}/collapsed.png` });
    await page.reload();
    panel = await panelFrame(page, browser.extensionId);
    await panel.locator('[data-testid="kefu-panel"]').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    expect(await (await panel.frameElement()).boundingBox()).toBeNull();
    // The handle sits in a closed shadow root (the page cannot script it): click where it is drawn, at the right edge.
    const viewport = page.viewportSize()!;
    await page.mouse.click(viewport.width - 10, Math.round(viewport.height * 0.4) + 30);
    await expect.poll(async () => (await (await panel.frameElement()).boundingBox())?.height ?? 0).toBeGreaterThan(200);
    await page.close();
  });
});
