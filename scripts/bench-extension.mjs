#!/usr/bin/env node
// What the content script costs a person on the chat page, measured in real Chromium on the fixture pages:
//  - panel shown: from the page's DOMContentLoaded to the panel frame in the page, and to the panel showing the buyer;
//  - 500 messages arriving at once: long tasks (> 50 ms) and their total time on the page, with the extension and
//    without it in the same run (the baseline is the page's own rendering);
//  - content script size, gzipped.
// Run after `npx wxt build`:  node scripts/bench-extension.mjs [--runs N]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

process.chdir(dirname(dirname(fileURLToPath(import.meta.url))));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const { launchChromium } = await import('../tests/e2e/harness/browser.mjs');
const { FIXTURE_URLS, routeFixtures } = await import('../tests/fixtures/pages/serve.mjs');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const max = (xs) => Math.max(...xs);

async function measurePanel(browser, url) {
  const frameTimes = [];
  const panelTimes = [];
  const buyerTimes = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => (window.__ready = performance.now()));
    });
    await page.goto(url);
    const prefix = `chrome-extension://${browser.extensionId}/panel.html`;
    let frame;
    while (!(frame = page.frames().find((f) => f.url().startsWith(prefix)))) await page.waitForTimeout(5);
    // The frame element's insertion time is taken inside the page; the panel's own clock is read when it shows a buyer.
    const ready = await page.evaluate(() => window.__ready);
    const attached = await page.evaluate(() => {
      const host = document.querySelector('[data-kefu-sidekick]');
      return host ? Number(host.getAttribute('data-mounted-at') ?? NaN) : NaN;
    });
    await frame.waitForSelector('[data-testid="kefu-panel"]');
    const panelWall = await frame.evaluate(() => {
      // The panel marks when it first rendered (main.tsx), on its own clock.
      return performance.timeOrigin + Number(document.documentElement.dataset.renderedAt ?? NaN);
    });
    await frame.waitForFunction(() => {
      const t = document.querySelector('[data-testid="kefu-buyer"]')?.textContent ?? '';
      return t.includes('*') || t.length > 0 && !/未选择|No conversation/.test(t);
    });
    // Both clocks count from their document's navigation start; compare in wall time.
    const shownWall = await frame.evaluate(() => performance.timeOrigin + performance.now());
    const readyWall = await page.evaluate((r) => performance.timeOrigin + r, ready);
    const attachedWall = await page.evaluate((a) => performance.timeOrigin + a, attached);
    frameTimes.push(attachedWall - readyWall);
    panelTimes.push(panelWall - readyWall);
    buyerTimes.push(shownWall - readyWall);
    await page.close();
  }
  return { frameTimes, panelTimes, buyerTimes };
}

async function measureBurst(browser, url) {
  const totals = [];
  const longest = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      window.__long = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__long.push(e.duration);
      }).observe({ type: 'longtask' });
    });
    await page.evaluate(() => {
      for (let k = 0; k < 500; k++) window.__fixture.buyerSays(`第${k}条消息:这件衣服什么时候发货呀,能开发票吗`);
    });
    await page.waitForTimeout(2500);
    const long = await page.evaluate(() => window.__long);
    totals.push(long.reduce((a, b) => a + b, 0));
    longest.push(long.length ? max(long) : 0);
    await page.close();
  }
  return { totals, longest };
}

const withExt = await launchChromium({ extensionDir: '.output/chrome-mv3' });
await routeFixtures(withExt.context);
const without = await launchChromium();
await routeFixtures(without.context);

console.log(`Extension on the fixture pages (${runs} runs each; median / worst)`);
const size = gzipSync(readFileSync('.output/chrome-mv3/content-scripts/chat.js')).length;
console.log(`  content script: ${(size / 1024).toFixed(1)} KB gzipped (budget 60 KB)`);
for (const platform of Object.keys(FIXTURE_URLS)) {
  const panel = await measurePanel(withExt, FIXTURE_URLS[platform]);
  const burstWith = await measureBurst(withExt, FIXTURE_URLS[platform]);
  const burstWithout = await measureBurst(without, FIXTURE_URLS[platform]);
  const f = (xs) => `${median(xs).toFixed(0)} / ${max(xs).toFixed(0)} ms`;
  console.log(`  ${platform}`);
  console.log(`    panel frame in page after DOMContentLoaded   ${f(panel.frameTimes)}`);
  console.log(`    panel drawn (its first render)               ${f(panel.panelTimes)}`);
  console.log(`    panel showing the buyer                      ${f(panel.buyerTimes)}`);
  console.log(`    500 messages at once, long-task time  with ${f(burstWith.totals)}  without ${f(burstWithout.totals)}`);
  console.log(`    500 messages at once, longest task    with ${f(burstWith.longest)}  without ${f(burstWithout.longest)}`);
}
await withExt.close();
await without.close();
