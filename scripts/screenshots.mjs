#!/usr/bin/env node
// The README's screenshots, taken from the built extension in Chromium on the fixture chat pages:
//   npx wxt build && node scripts/screenshots.mjs [--out docs/screenshots]
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
const args = process.argv.slice(2);
const out = resolve(args.includes('--out') ? args[args.indexOf('--out') + 1] : 'docs/screenshots');
mkdirSync(out, { recursive: true });

const { launchChromium } = await import('../tests/e2e/harness/browser.mjs');
const { FIXTURE_URLS, routeFixtures } = await import('../tests/fixtures/pages/serve.mjs');
const browser = await launchChromium({ extensionDir: '.output/chrome-mv3' });
await routeFixtures(browser.context);
const shot = async (page, name) => {
  const file = join(out, name);
  await page.screenshot({ path: file });
  console.log(file);
};
const panelOf = async (page) => {
  const prefix = `chrome-extension://${browser.extensionId}/panel.html`;
  let frame;
  while (!(frame = page.frames().find((f) => f.url().startsWith(prefix)))) await page.waitForTimeout(20);
  await frame.locator('[data-testid="kefu-panel"]').waitFor();
  return frame;
};

// 1. Suggestions for what the buyer just asked (Pinduoduo).
const pdd = await browser.context.newPage();
await pdd.goto(FIXTURE_URLS.pinduoduo);
const pddPanel = await panelOf(pdd);
await pdd.waitForTimeout(800);
await pdd.evaluate(() => window.__fixture.buyerSays('亲 能开发票吗 公司报销用'));
await pddPanel.locator('[data-testid="kefu-suggestion"]').first().waitFor();
await pdd.waitForTimeout(400);
await shot(pdd, 'suggestions-pinduoduo.png');

// 2. A red line stopped before it is sent (Douyin).
const dy = await browser.context.newPage();
await dy.goto(FIXTURE_URLS.douyin);
const dyPanel = await panelOf(dy);
await dy.waitForTimeout(800);
await dy.locator('textarea[data-qa-id="qa-send-message-textarea"]').click();
await dy.keyboard.type('亲,我们店不开发票的哦,要的话加我微信');
await dy.keyboard.press('Enter');
await dyPanel.locator('[data-testid="kefu-blocked"]').waitFor();
await shot(dy, 'redline-douyin.png');

// 3. Buyer memory and a promise captured from a sent message (JD).
const jd = await browser.context.newPage();
await jd.goto(FIXTURE_URLS.jd);
const jdPanel = await panelOf(jd);
await jd.waitForTimeout(900);
await jd.locator('.EditorContent[contenteditable="true"]').click();
await jd.keyboard.type('好的亲,明天下午三点前给您发顺丰');
await jd.keyboard.press('Enter');
await jdPanel.locator('[data-testid="kefu-tab-buyer"]').click();
await jdPanel.locator('[data-testid="kefu-note"]').fill('怕压,外箱要加固;只收顺丰');
await jdPanel.locator('[data-testid="kefu-tag-offer"]', { hasText: '老顾客' }).click();
await jdPanel.locator('[data-testid="kefu-promise"]').first().waitFor();
await jd.waitForTimeout(400);
await shot(jd, 'buyer-promise-jd.png');

// 4. The popup's 日清 list, the options library and the red-line rules.
const popup = await browser.context.newPage();
await popup.setViewportSize({ width: 380, height: 560 });
await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
await popup.locator('[data-testid="kefu-promise"]').first().waitFor();
await shot(popup, 'popup.png');
const options = await browser.context.newPage();
await options.goto(`chrome-extension://${browser.extensionId}/options.html#library`);
await options.locator('[data-testid="kefu-lib-row"]').first().waitFor();
await options.waitForTimeout(600);
await shot(options, 'options-library.png');
await options.goto(`chrome-extension://${browser.extensionId}/options.html#rules`);
await options.locator('[data-testid="kefu-rules-rule"]').first().waitFor();
await options.locator('[data-testid="kefu-rules-try"]').fill('全网最低价,不满意加我V信退款');
await options.waitForTimeout(600);
await shot(options, 'options-rules.png');

await browser.close();
