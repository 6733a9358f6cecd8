/**
 * The adapters against the fixture pages in real Chromium (no extension): the adapters are bundled with esbuild and
 * injected into the page's main world and into an isolated world (what a content script runs in), then they read
 * buyer and messages and write drafts that the page's own Enter sends.
 *
 * Run: npx vitest run --project e2e tests/e2e/adapters-write.test.ts
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS, routeFixtures, type FixturePlatform } from '../fixtures/pages/serve.mjs';
import { launchChromium, type LaunchedBrowser } from './harness/browser.mjs';

const GLOBAL = '__kefuAdapters';
const PLATFORMS: FixturePlatform[] = ['pinduoduo', 'douyin', 'jd', 'kuaishou'];
const REPLY = '亲，您好～这款连衣裙M码有现货的\n今天16点前下单当天发货，默认顺丰包邮哦\n\n还有什么可以帮您的吗？';
const XSS_NICKNAME = '<img src=x onerror="window.__xss=1">小美';
const XSS_MESSAGE = '<script>window.__xss=2</script>你们家是正品吗？';

interface FixtureMessage {
  id: string;
  side: 'buyer' | 'agent' | 'system';
  kind: 'text' | 'goods' | 'order' | 'notify' | 'image';
  text: string;
  robot?: boolean;
}
interface AdapterMessage {
  id: string;
  side: string;
  text: string;
  robot?: boolean;
}
interface Scan {
  recognised: { ok: boolean; missing?: string[] };
  buyer: { platform: string; uid: string; name: string; uidSource?: string } | null;
  messages: AdapterMessage[];
  draft: string;
  composerHasInput: boolean;
}

let bundle = '';
let browser: LaunchedBrowser;

beforeAll(async () => {
  const result = await build({
    entryPoints: [resolve('lib/adapters/index.ts')],
    bundle: true,
    format: 'iife',
    globalName: GLOBAL,
    write: false,
    platform: 'browser',
    target: 'chrome120',
    logLevel: 'silent',
  });
  bundle = result.outputFiles[0]?.text ?? '';
  browser = await launchChromium();
  await routeFixtures(browser.context);
});

afterAll(async () => {
  await browser?.close();
});

/** Evaluated in a page world that has the bundle: one full scan through the adapter the URL picks. */
const SCAN = `(() => {
  const a = ${GLOBAL}.pickAdapter(location.href);
  const input = a.findInput(document);
  const composer = a.findComposer(document);
  return {
    recognised: a.recognise(document),
    buyer: a.readBuyer(document),
    messages: a.readMessages(document),
    draft: input ? a.readDraft(input) : '',
    composerHasInput: !!(composer && input && composer.contains(input)),
  };
})()`;

function writeExpr(text: string): string {
  return `(() => {
    const a = ${GLOBAL}.pickAdapter(location.href);
    const input = a.findInput(document);
    if (!input) throw new Error('no input');
    a.writeDraft(input, ${JSON.stringify(text)});
    return a.readDraft(input);
  })()`;
}

async function openFixture(platform: FixturePlatform, query = ''): Promise<Page> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(FIXTURE_URLS[platform] + query);
  await until(page, `typeof window.__fixture === 'object'`);
  await page.addScriptTag({ content: bundle });
  if (errors.length) throw new Error(`page errors on ${platform}: ${errors.join('; ')}`);
  return page;
}

async function scanMain(page: Page): Promise<Scan> {
  return (await page.evaluate(SCAN)) as Scan;
}

/**
 * Poll an expression until it is truthy. Not page.waitForFunction: with a string it evals inside the page, which the
 * fixture's CSP (no 'unsafe-eval', like a strict real site) refuses.
 */
async function until(page: Page, expression: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${expression}`);
    await page.waitForTimeout(50);
  }
}

/** Wait until the adapter sees every message the page holds (Douyin's data-id arrives 100–500 ms late). */
async function settled(page: Page): Promise<Scan> {
  await until(
    page,
    `${GLOBAL}.pickAdapter(location.href).readMessages(document).length === window.__fixture.messages().length`
  );
  return scanMain(page);
}

/** An isolated world like a content script's: same DOM, separate JavaScript globals. */
async function isolatedWorld(page: Page): Promise<(expression: string) => Promise<unknown>> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'kefu-content-script',
  });
  const run = async (expression: string): Promise<unknown> => {
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: executionContextId, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  };
  await run(bundle);
  return run;
}

function fixture<T>(page: Page, expr: string): Promise<T> {
  return page.evaluate(`window.__fixture.${expr}`) as Promise<T>;
}

const CARD_LABELS: Record<Exclude<FixtureMessage['kind'], 'text'>, string[]> = {
  goods: ['[商品卡片]'],
  order: ['[订单卡片]'],
  notify: ['[通知卡片]', '[订单卡片]'],
  image: ['[图片]'],
};

function expectSameMessages(read: AdapterMessage[], held: FixtureMessage[]): void {
  expect(read.map((m) => m.id)).toEqual(held.map((m) => m.id));
  expect(read.map((m) => m.side)).toEqual(held.map((m) => m.side));
  read.forEach((m, i) => {
    const h = held[i]!;
    if (h.kind === 'text') {
      expect(m.text).toBe(h.text);
    } else {
      expect(
        CARD_LABELS[h.kind].some((label) => m.text.startsWith(label)),
        `${m.text} labels a ${h.kind}`
      ).toBe(true);
      if (h.kind !== 'image') expect(m.text).toContain(h.text);
    }
    expect(Boolean(m.robot)).toBe(Boolean(h.robot));
  });
}

describe.each(PLATFORMS)('%s fixture page', (platform) => {
  it('is recognised; buyer and messages read through the adapter match what the page holds', async () => {
    const page = await openFixture(platform);
    try {
      const scan = await settled(page);
      expect(scan.recognised).toEqual({ ok: true });
      expect(scan.composerHasInput).toBe(true);
      const uid = await fixture<string>(page, 'current()');
      const conversations = await fixture<{ uid: string; name: string }[]>(page, 'conversations');
      expect(scan.buyer).toMatchObject({ platform, uid, name: conversations.find((c) => c.uid === uid)?.name });
      expect(scan.buyer?.uidSource).toBeUndefined();
      expectSameMessages(scan.messages, await fixture<FixtureMessage[]>(page, 'messages()'));
      if (platform === 'pinduoduo') expect(scan.messages.some((m) => m.robot)).toBe(true);
      await page.screenshot({ path: `/tmp/fixture-${platform}.png` });
    } finally {
      await page.close();
    }
  });

  it('writes a multi-line Chinese reply from an isolated world; the page model holds it and Enter sends exactly it', async () => {
    const page = await openFixture(platform);
    try {
      const run = await isolatedWorld(page);
      expect(await run('typeof window.__fixture')).toBe('undefined'); // really another world
      expect(await run(writeExpr(REPLY))).toBe(REPLY);
      expect(await fixture<string>(page, 'draft()')).toBe(REPLY);
      const uid = await fixture<string>(page, 'current()');
      await page.keyboard.press('Enter');
      const sent = await fixture<{ uid: string; text: string }[]>(page, 'sent');
      expect(sent.at(-1)).toEqual({ uid, text: REPLY });
      expect(sent).toHaveLength(1);
      const scan = await settled(page);
      expect(scan.messages.at(-1)).toMatchObject({ side: 'agent', text: REPLY });
      expect(scan.draft).toBe('');
      expect(await fixture<string>(page, 'draft()')).toBe('');
    } finally {
      await page.close();
    }
  });

  it('writes from the main world too, a second write replaces the first, and the send button sends it', async () => {
    const page = await openFixture(platform);
    try {
      await page.evaluate(writeExpr('先写一句草稿\n第二行'));
      expect(await page.evaluate(writeExpr(REPLY))).toBe(REPLY);
      expect(await fixture<string>(page, 'draft()')).toBe(REPLY);
      const box = await page.evaluate(`(() => {
        const el = ${GLOBAL}.pickAdapter(location.href).findSendButton(document);
        if (!el) return null;
        const r = el.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2, right: r.right, bottom: r.bottom, w: innerWidth, h: innerHeight };
      })()`);
      expect(box).not.toBeNull();
      const b = box as { x: number; y: number; right: number; bottom: number; w: number; h: number };
      // Like the real pages: the send button sits at the bottom right of the composer, in the middle column.
      expect(b.bottom).toBeGreaterThan(b.h * 0.85);
      expect(b.right).toBeLessThan(b.w - 200);
      await page.mouse.click(b.x, b.y);
      const sent = await fixture<{ uid: string; text: string }[]>(page, 'sent');
      expect(sent.map((s) => s.text)).toEqual([REPLY]);
      expect(await fixture<string>(page, 'draft()')).toBe('');
    } finally {
      await page.close();
    }
  });

  it('Shift+Enter makes a new line and an Enter during IME composition does not send', async () => {
    const page = await openFixture(platform);
    try {
      await page.evaluate(writeExpr('在的亲'));
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.type('请问有什么可以帮您');
      expect(await fixture<string>(page, 'draft()')).toBe('在的亲\n请问有什么可以帮您');
      await page.evaluate(`(() => {
        const input = ${GLOBAL}.pickAdapter(location.href).findInput(document);
        for (const init of [{ isComposing: true, keyCode: 13 }, { isComposing: false, keyCode: 229 }]) {
          input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true, ...init }));
        }
      })()`);
      expect(await fixture<unknown[]>(page, 'sent')).toEqual([]);
      await page.keyboard.press('Enter');
      expect(await fixture<{ text: string }[]>(page, 'sent')).toMatchObject([{ text: '在的亲\n请问有什么可以帮您' }]);
    } finally {
      await page.close();
    }
  });

  it('clicking another conversation changes the buyer, drops the draft and keeps HTML names and messages as text', async () => {
    const page = await openFixture(platform);
    try {
      const conversations = await fixture<{ uid: string; name: string }[]>(page, 'conversations');
      const [first, twin, html] = conversations;
      await page.evaluate(writeExpr('这句草稿切换会话后不保留'));

      await page.click(`[data-fixture-conv="${html!.uid}"]`);
      await until(
        page,
        `${GLOBAL}.pickAdapter(location.href).readBuyer(document)?.uid === ${JSON.stringify(html!.uid)}`
      );
      const scan = await settled(page);
      expect(scan.buyer?.name).toBe(XSS_NICKNAME);
      expect(scan.messages.map((m) => m.text)).toContain(XSS_MESSAGE);
      expect(scan.draft).toBe('');
      expect(await fixture<string>(page, 'draft()')).toBe('');
      expect(await page.evaluate('[window.__xss, document.querySelectorAll("img[src=x]").length]')).toEqual([
        undefined,
        0,
      ]);

      // Two buyers share the masked name S*******n: the adapter must still tell them apart.
      await page.click(`[data-fixture-conv="${twin!.uid}"]`);
      await until(
        page,
        `${GLOBAL}.pickAdapter(location.href).readBuyer(document)?.uid === ${JSON.stringify(twin!.uid)}`
      );
      const twinScan = await settled(page);
      expect(twin!.name).toBe(first!.name);
      expect(twinScan.buyer).toMatchObject({ uid: twin!.uid, name: first!.name });
      expect(twinScan.buyer?.uid).not.toBe(first!.uid);
      expectSameMessages(twinScan.messages, await fixture<FixtureMessage[]>(page, 'messages()'));
    } finally {
      await page.close();
    }
  });

  it('sees what the page adds by itself: a buyer message and a quick-phrase send', async () => {
    const page = await openFixture(platform);
    try {
      const before = (await settled(page)).messages.length;
      const buyerId = await fixture<string>(page, 'buyerSays("在吗？明天能发货吗")');
      const quickId = await fixture<string>(page, 'agentSendsViaPlatform("亲，明天上午就安排发出哦")');
      const scan = await settled(page);
      expect(scan.messages).toHaveLength(before + 2);
      expect(scan.messages.slice(-2)).toEqual([
        { id: buyerId, side: 'buyer', text: '在吗？明天能发货吗' },
        { id: quickId, side: 'agent', text: '亲，明天上午就安排发出哦' },
      ]);
      const uid = await fixture<string>(page, 'current()');
      expect(await fixture<unknown[]>(page, 'sent')).toEqual([{ uid, text: '亲，明天上午就安排发出哦' }]);
    } finally {
      await page.close();
    }
  });
});

describe('fixture fidelity', () => {
  it('Douyin: a plain el.value assignment from page JS does not change React state, the adapter write does', async () => {
    const page = await openFixture('douyin');
    try {
      await page.evaluate(`document.querySelector('[data-qa-id="qa-send-message-textarea"]').value = '直接赋值'`);
      await page.evaluate(
        `document.querySelector('[data-qa-id="qa-send-message-textarea"]').dispatchEvent(new Event('input', { bubbles: true }))`
      );
      expect(await fixture<string>(page, 'draft()')).toBe('');
      await page.evaluate(writeExpr('通过适配器写入'));
      expect(await fixture<string>(page, 'draft()')).toBe('通过适配器写入');
    } finally {
      await page.close();
    }
  });

  it('Douyin: messages are skipped until their data-id arrives, then read with a stable id', async () => {
    const page = await openFixture('douyin');
    try {
      await settled(page);
      const counts = (await page.evaluate(`(() => {
        const a = ${GLOBAL}.pickAdapter(location.href);
        const before = a.readMessages(document).length;
        window.__fixture.buyerSays('刚发的消息');
        return new Promise((done) => requestAnimationFrame(() => done([before, a.readMessages(document).length, document.querySelectorAll('[data-qa-id="qa-message-warpper"]').length])));
      })()`)) as number[];
      expect(counts[0]).toBe(counts[1]); // drawn, but no data-id yet
      expect(counts[2]).toBe(counts[0]! + 1);
      const scan = await settled(page);
      expect(scan.messages.at(-1)).toMatchObject({ side: 'buyer', text: '刚发的消息' });
    } finally {
      await page.close();
    }
  });

  it('Douyin rebuilt frame (no data-qa-id): the fallbacks read, write and send', async () => {
    const page = await openFixture('douyin', '?frame=rebuilt');
    try {
      expect(
        await page.evaluate(
          'document.querySelectorAll("[data-qa-id=qa-message-warpper], [data-qa-id=qa-send-message-textarea]").length'
        )
      ).toBe(0);
      const scan = await settled(page);
      expect(scan.recognised).toEqual({ ok: true });
      expectSameMessages(scan.messages, await fixture<FixtureMessage[]>(page, 'messages()'));
      await page.evaluate(writeExpr(REPLY));
      await page.keyboard.press('Enter');
      expect((await fixture<{ text: string }[]>(page, 'sent')).map((s) => s.text)).toEqual([REPLY]);
    } finally {
      await page.close();
    }
  });

  it('Pinduoduo: a synthetic click neither switches the conversation nor sends (the live page ignores them)', async () => {
    const page = await openFixture('pinduoduo');
    try {
      const conversations = await fixture<{ uid: string }[]>(page, 'conversations');
      const uid = await fixture<string>(page, 'current()');
      await page.evaluate(`document.querySelector('[data-fixture-conv="${conversations[2]!.uid}"]').click()`);
      await page.evaluate(writeExpr('脚本点击不会发送'));
      await page.evaluate(`document.querySelector('.send-btn').click()`);
      expect(await fixture<string>(page, 'current()')).toBe(uid);
      expect(await fixture<unknown[]>(page, 'sent')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each(['jd', 'kuaishou'] as const)('%s: the agent can undo an inserted reply with Ctrl+Z', async (platform) => {
    const page = await openFixture(platform);
    try {
      await page.click(platform === 'jd' ? '.EditorContent' : '.ql-editor');
      await page.keyboard.type('原来的草稿');
      // Quill's history merges edits less than a second apart into one undo step (its `delay` option).
      if (platform === 'kuaishou') await page.waitForTimeout(1_100);
      await page.evaluate(writeExpr(REPLY));
      expect(await fixture<string>(page, 'draft()')).toBe(REPLY);
      await page.keyboard.press('Control+z');
      await until(page, `window.__fixture.draft() === '原来的草稿'`);
    } finally {
      await page.close();
    }
  });

  it('Pinduoduo: a conversation switch throws the message list node away, and the adapter follows', async () => {
    const page = await openFixture('pinduoduo');
    try {
      const conversations = await fixture<{ uid: string }[]>(page, 'conversations');
      await page.evaluate(`window.__oldList = document.querySelector('#msgListContainer ul')`);
      await page.click(`[data-fixture-conv="${conversations[1]!.uid}"]`);
      expect(await page.evaluate('window.__oldList.isConnected')).toBe(false);
      const scan = await settled(page);
      expect(scan.buyer?.uid).toBe(conversations[1]!.uid);
      expectSameMessages(scan.messages, await fixture<FixtureMessage[]>(page, 'messages()'));
    } finally {
      await page.close();
    }
  });

  it('serves the pages with a strict CSP and 404s anything else on the chat hosts', async () => {
    const page = await browser.context.newPage();
    try {
      const response = await page.goto(FIXTURE_URLS.pinduoduo);
      const csp = response?.headers()['content-security-policy'] ?? '';
      expect(csp).toContain("frame-src 'self'");
      expect(csp).not.toContain('unsafe-eval');
      const missing = await page.goto('https://mms.pinduoduo.com/some/other/page');
      expect(missing?.status()).toBe(404);
    } finally {
      await page.close();
    }
  });
});
