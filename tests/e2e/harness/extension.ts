import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { routeFixtures, type FixturePlatform } from '../../fixtures/pages/serve.mjs';
import { launchChromium, type LaunchedBrowser } from './browser.mjs';

export const EXTENSION_DIR = '.output/chrome-mv3';

/** The real pages' input and send controls (platforms.md), as the fixtures reproduce them. */
export const CONTROLS: Record<FixturePlatform, { input: string; send: string }> = {
  pinduoduo: { input: 'textarea#replyTextarea', send: '.send-btn' },
  douyin: { input: 'textarea[data-qa-id="qa-send-message-textarea"]', send: 'div[data-qa-id="qa-send-message-button"]' },
  jd: { input: '.EditorContent[contenteditable="true"]', send: '.SendButtonGroup > .send-button' },
  kuaishou: { input: '.SendBox .SendBox-Editor .ql-editor', send: '.SendBox-buttonRight .ant-btn-primary' },
};
export const SHOTS_DIR = 'test-results/e2e';

/** The built extension in Chromium with the fixture chat pages routed under their real URLs. */
export async function launchWithExtension(): Promise<LaunchedBrowser & { extensionId: string }> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR} is missing: run \`npx wxt build\` first (npm test does)`);
  }
  const launched = await launchChromium({ extensionDir: EXTENSION_DIR });
  await routeFixtures(launched.context);
  mkdirSync(SHOTS_DIR, { recursive: true });
  return launched as LaunchedBrowser & { extensionId: string };
}

/**
 * The panel's frame. It sits inside a closed shadow root, so selectors cannot reach the iframe element; frames are
 * listed by URL instead.
 */
export async function panelFrame(page: Page, extensionId: string, timeout = 10_000): Promise<Frame> {
  const prefix = `chrome-extension://${extensionId}/panel.html`;
  const deadline = Date.now() + timeout;
  for (;;) {
    const frame = page.frames().find((f) => f.url().startsWith(prefix));
    if (frame) return frame;
    if (Date.now() > deadline) throw new Error(`no panel frame (${prefix}) after ${timeout} ms`);
    await page.waitForTimeout(50);
  }
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Collects uncaught errors from the page and every frame in it (the panel included). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

interface StarterReply {
  id: string;
  group: string;
  content: string;
}
export const STARTER: StarterReply[] = JSON.parse(readFileSync('lib/replies/starter-library.json', 'utf8'));
export const starterById = new Map(STARTER.map((r) => [r.id, r]));

export type { FixturePlatform };

/** Polls `check` until it holds (for hooks, where expect.poll is not allowed). */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
