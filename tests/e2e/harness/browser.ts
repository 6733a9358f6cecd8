import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface LaunchOptions {
  /** An unpacked MV3 build (e.g. `.output/chrome-mv3`) to load. */
  extensionDir?: string;
  headless?: boolean;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Host of the extension's service worker URL; set when an extension was loaded. */
  extensionId?: string;
  close(): Promise<void>;
}

/** Flags verified on these machines (design.md): Debian's chromium, headless, no background traffic. */
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launch Debian's Chromium with a fresh profile, optionally with the extension loaded. */
export async function launchChromium(opts: LaunchOptions = {}): Promise<LaunchedBrowser> {
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

  let context: BrowserContext;
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
    });
  } catch (err) {
    await rm(userDataDir, { recursive: true, force: true });
    throw err;
  }

  const close = async (): Promise<void> => {
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
