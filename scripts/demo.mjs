#!/usr/bin/env node
// The product, running: builds the extension, opens Debian's Chromium with it loaded on the built-in demo chat pages
// (the fixture pages served under the real seller-chat URLs) with the starter library, and has a buyer ask a question.
// With a display it stays open for you to use; without one it runs headless, writes screenshots and prints their paths.
//
//   npm run demo                 # or: node scripts/demo.mjs [--out DIR] [--headless]
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './ensure-chromium.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
process.chdir(root);
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? args[outIndex + 1] : '.output/demo');
const headless = args.includes('--headless') || !process.env.DISPLAY;

function run(command, commandArgs) {
  const r = spawnSync(command, commandArgs, { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`demo: \`${command} ${commandArgs.join(' ')}\` failed / 命令失败`);
    process.exit(r.status ?? 1);
  }
}

// 1. Chromium from Debian's packages, in Chinese, with CJK fonts.
try {
  ensureChromium({ fonts: true });
} catch (e) {
  console.error(`demo: ${e.message}`);
  process.exit(1);
}

// 2. The extension, built fresh (npm here runs no install scripts, so wxt prepare is explicit).
run('npx', ['wxt', 'prepare']);
run('npx', ['wxt', 'build']);

// 3. Chromium with the extension on the demo pages.
const { launchChromium } = await import('../tests/e2e/harness/browser.mjs');
const { FIXTURE_URLS, routeFixtures } = await import('../tests/fixtures/pages/serve.mjs');
const browser = await launchChromium({ extensionDir: '.output/chrome-mv3', headless });
await routeFixtures(browser.context);

const platforms = ['pinduoduo', 'douyin', 'jd', 'kuaishou'];
const pages = [];
for (const platform of platforms) {
  const page = await browser.context.newPage();
  await page.goto(FIXTURE_URLS[platform]);
  pages.push({ platform, page });
}
// A buyer asks something, so the panel has something to suggest.
for (const { page } of pages) {
  await page.waitForTimeout(800);
  await page.evaluate(() => window.__fixture.buyerSays('亲 能开发票吗 什么时候发货'));
}
await pages[0].page.bringToFront();

if (headless) {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  for (const { platform, page } of pages) {
    await page.waitForTimeout(1200);
    const file = join(outDir, `demo-${platform}.png`);
    await page.screenshot({ path: file });
    written.push(file);
  }
  await browser.close();
  console.log('\n客服助手演示已运行(无显示器,使用无头模式)。截图 / Demo ran headless; screenshots:');
  for (const f of written) console.log(`  ${f}`);
} else {
  console.log('\n客服助手已在 Chromium 中打开四个演示工作台;关闭浏览器即结束。');
  console.log('Kefu Sidekick is open in Chromium on four demo chat pages; close the browser to end.');
  console.log('试试:在输入框按 Alt+1 插入推荐话术,回车发送;或输入“我们不开发票”看看高压线拦截。');
  await new Promise((done) => browser.context.on('close', done));
}
