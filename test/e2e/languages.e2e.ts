import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { auditLanguages, visualOrder } from '../support/language-audit';
import { launchExtension, tabIdOf, waitForReport, type LaunchedExtension } from '../support/launch-extension';

const ARTICLE_URL = 'https://www.reuters.com/world/putin-proposal.html';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(resolve('test/fixtures/pages'), {
    '/world/putin-proposal.html': 'demo-article.html',
  });
});
afterAll(async () => server?.close());

/** Opens every clause card, so the audit reads all the panel holds, not only what starts open. */
async function openAllCards(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
}

describe.each([
  { lang: 'ru', title: 'Предложение Путина', translation: 'ru' },
  { lang: 'ar', title: 'مقترح بوتين', translation: 'en' },
])('the side panel with the browser in $lang', ({ lang, title, translation }) => {
  let ext: LaunchedExtension;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    ext = await launchExtension({ port: server.port, headless: true, lang });
    const article = await ext.context.newPage();
    await article.goto(ARTICLE_URL);
    tabId = await tabIdOf(ext.worker, article);
    await waitForReport(ext.worker, tabId);
    panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('[data-verdict="about"]').waitFor();
    await panel.locator('.translation').first().waitFor();
  });
  afterAll(async () => ext?.close());

  it('speaks the browser’s language, with the default translation for it', async () => {
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await panel.locator('h1').textContent()).toContain(title);
    const translations = await panel
      .locator('.translation')
      .evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
    expect(new Set(translations)).toEqual(new Set([translation]));
  });

  it('is at least 95 % in the browser’s script outside elements marked with another language, each of them marked and isolated', async () => {
    await openAllCards(panel);
    const audit = await panel.evaluate(auditLanguages);
    expect(audit.problems).toEqual([]);
    expect(audit.letters).toBeGreaterThan(2000);
    expect(audit.foreign).toBeGreaterThan(10);
    expect(audit.share).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps the same standard for the whole statement, in the other translation language too', async () => {
    const other = translation === 'ru' ? 'en' : 'ru';
    await panel.locator('#translation-language').selectOption(other);
    await expect.poll(() => panel.locator('.translation').first().getAttribute('lang')).toBe(other);
    await openAllCards(panel);
    const audit = await panel.evaluate(auditLanguages);
    expect(audit.problems).toEqual([]);
    expect(audit.share).toBeGreaterThanOrEqual(0.95);
    await panel.locator('#translation-language').selectOption('auto');
    await expect.poll(() => panel.locator('.translation').first().getAttribute('lang')).toBe(translation);
  });

  it('draws the Arabic note naming the NSA right to left, brackets and commas in place', async () => {
    const order = await panel.evaluate(visualOrder, '[data-note="note-nsa"] .note-line [lang="ar"]');
    expect(order?.text).toContain('وكالة ألامن القومي');
    // The opening bracket is the first character: right to left, it is drawn to the right of the closing one.
    expect(order!.firstX).toBeGreaterThan(order!.lastX);
  });

  it('has the popup in the same language, search snippets marked with theirs', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('searchbox').fill('high seas');
    await popup.locator('.results [data-clause]').first().waitFor();
    const audit = await popup.evaluate(auditLanguages);
    expect(audit.problems).toEqual([]);
    expect(audit.share).toBeGreaterThanOrEqual(0.95);
    await popup.close();
  });
});
