// Launches Debian's Chromium with a fresh profile, optionally with the built extension loaded. Plain ESM JavaScript so
// the demo script (scripts/demo.mjs) and the browser tests share one launcher.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags verified on these machines (design.md): Debian's chromium, no background traffic, Chinese UI like our agents'. */
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=zh-CN',
];

/**
 * @param {{ extensionDir?: string, headless?: boolean }} [opts]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, extensionId?: string, close(): Promise<void> }>}
 */
export async function launchChromium(opts = {}) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`${CHROMIUM_PATH} is missing: install it with \`apt-get install -y chromium\``);
  }
  const extensionDir = opts.extensionDir ? resolve(opts.extensionDir) : undefined;
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`no manifest.json in ${extensionDir}: build the extension first (npx wxt build)`);
  }
  const userDataDir = await mkdtemp(join(tmpdir(), 'kefu-chromium-'));
  const args = [...BASE_ARGS];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);

  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: opts.headless ?? true,
      args,
      // Playwright passes --disable-extensions by default, which would fight --load-extension.
      ignoreDefaultArgs: extensionDir ? ['--disable-extensions'] : undefined,
      viewport: { width: 1440, height: 900 },
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      // On Linux, Chromium's UI language (and so chrome.i18n) follows the environment, not --lang.
      env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' },
    });
  } catch (err) {
    await rm(userDataDir, { recursive: true, force: true });
    throw err;
  }

  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(userDataDir, { recursive: true, force: true });
  };

  if (!extensionDir) return { context, close };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    return { context, extensionId: new URL(worker.url()).host, close };
  } catch (err) {
    await close();
    throw new Error(`the extension in ${extensionDir} started no service worker: ${String(err)}`);
  }
}
