import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_URLS } from '../fixtures/pages/serve.mjs';
import type { LaunchedBrowser } from './harness/browser.mjs';
import { CONTROLS, SHOTS_DIR, collectPageErrors, launchWithExtension, panelFrame, waitUntil } from './harness/extension';

/** A 千牛-style sheet as a shop exports it: Chinese headers, a nested group, a code, no id column. */
const CSV = [
  '分组,快捷编码,标题,快捷短语,关键词',
  '售后/维修,wxbz,维修报价,"亲，屏幕碎了可以寄回维修，维修费用以检测结果为准，检测后先报价给您确认哦","维修,屏幕碎"',
  '售前/活动,dsy,店庆活动,"亲，本周店庆全场满199减30，活动页领券即可使用哦",店庆',
].join('\n');

let browser: LaunchedBrowser & { extensionId: string };
let options: Page;
let chat: Page;
let panel: Frame;
let errors: string[];

beforeAll(async () => {
  browser = await launchWithExtension();
  options = await browser.context.newPage();
  errors = collectPageErrors(options);
  await options.goto(`chrome-extension://${browser.extensionId}/options.html#library`);
  await options.locator('[data-testid="kefu-lib-row"]').first().waitFor();
});
afterAll(async () => {
  await browser?.close();
});

async function searchInPanel(query: string): Promise<(string | null)[]> {
  const box = panel.locator('[data-testid="kefu-search"]');
  await box.fill(query);
  await waitUntil(async () => (await panel.locator('[data-testid="kefu-suggestion"]').count()) > 0, `results for ${query}`);
  return panel.locator('[data-testid="kefu-suggestion"]').evaluateAll((els) => els.map((e) => e.textContent));
}

describe('the reply library at shop scale', () => {
  it('imports a 千牛-style CSV through the options page', async () => {
    await options.locator('[data-testid="kefu-lib-import"]').setInputFiles({
      name: '快捷短语.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV, 'utf8'),
    });
    await options.locator('[data-testid="kefu-lib-import-dialog"]').waitFor();
    await expect.poll(() => options.locator('[data-testid="kefu-lib-import-row"]').count()).toBe(2);
    await options.screenshot({ path: `${SHOTS_DIR}/options-import-preview.png` });
    await options.locator('[data-testid="kefu-lib-import-confirm"]').click();
    await options.locator('[data-testid="kefu-lib-search"]').fill('wxbz');
    await expect.poll(() => options.locator('[data-testid="kefu-lib-row"]').first().textContent()).toContain('屏幕碎了');
  });

  it('finds the imported reply from the chat panel by its code and by pinyin initials', async () => {
    chat = await browser.context.newPage();
    errors.push(...collectPageErrors(chat));
    await chat.goto(FIXTURE_URLS.douyin);
    panel = await panelFrame(chat, browser.extensionId);
    await panel.locator('[data-testid="kefu-search"]').waitFor();
    expect((await searchInPanel('wxbz'))[0]).toContain('屏幕碎了可以寄回维修');
    // 维修报价 → wxbj (title initials); 店庆活动 → dqhd
    expect((await searchInPanel('wxbj'))[0]).toContain('屏幕碎了可以寄回维修');
    expect((await searchInPanel('dqhd'))[0]).toContain('店庆全场满199减30');
    await chat.screenshot({ path: `${SHOTS_DIR}/panel-search-imported.png` });
  });

  it('inserts a reply with a fill-in only after the agent fills it in', async () => {
    // The starter library's tracking-number reply needs {单号}; it is never inserted with a raw placeholder.
    await panel.locator('[data-testid="kefu-search"]').fill('单号');
    const needsFill = panel.locator('[data-testid="kefu-suggestion"]', { hasText: '【单号】' }).first();
    await needsFill.click();
    const form = panel.locator('[data-testid="kefu-fill"]');
    await form.waitFor();
    // Submitting with the required field empty inserts nothing and says what is missing.
    await form.locator('button[type="submit"]').click();
    await expect.poll(() => form.textContent()).toMatch(/请填写「单号」|Please fill in "单号"/);
    expect(await chat.locator(CONTROLS.douyin.input).inputValue()).toBe('');
    await form.getByLabel('单号').fill('SF1234567890');
    await form.locator('button[type="submit"]').click();
    const input = chat.locator(CONTROLS.douyin.input);
    await expect.poll(() => input.inputValue()).toContain('SF1234567890');
    expect(await input.inputValue()).not.toMatch(/[{}【】]/);
  });

  it('saves the message just sent as a reply, found next time', async () => {
    const input = chat.locator(CONTROLS.douyin.input);
    await input.click();
    await chat.keyboard.press('ControlOrMeta+A');
    await chat.keyboard.type('亲，周末仓库照常发货，周一前一定寄出');
    await chat.keyboard.press('Enter');
    const save = panel.locator('[data-testid="kefu-save-sent"]');
    await save.click();
    await expect.poll(() => save.isDisabled()).toBe(true);
    expect((await searchInPanel('周末仓库照常'))[0]).toContain('周末仓库照常发货');
    await options.locator('[data-testid="kefu-lib-search"]').fill('周末仓库照常');
    await expect.poll(() => options.locator('[data-testid="kefu-lib-row"]').first().textContent()).toContain('我的话术');
    expect(errors).toEqual([]);
  });
});
