import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import {
  badgeOf,
  launchExtension,
  tabIdOf,
  waitForReport,
  type LaunchedExtension,
  openSidePanels,
} from '../support/launch-extension';

// Real listed news hosts (data/news-sites.json), resolved to the local fixture server by Chromium.
const POSITIVE_URL = 'https://www.reuters.com/world/putin-proposal.html';
const NEGATIVE_URL = 'https://www.theguardian.com/world/solarwinds-sanctions.html';
const UNLISTED_URL = 'https://blog.example.org/putin-proposal.html';
const SCREENSHOTS = resolve('test-output/e2e');

let server: FixtureServer;
let ext: LaunchedExtension;
const errors: string[] = [];
/** What this run has opened, so the error check can visit what no earlier test did. */
const opened = new Set<string>();
let positive: Promise<{ page: Page; tabId: number }> | null = null;

async function open(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  opened.add(url.replace(/\?.*$/, ''));
  page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon|Failed to load resource/.test(m.text()))
      errors.push(`${url} console: ${m.text()}`);
  });
  await page.goto(url);
  return page;
}

/** The positive article's tab, opened once by whichever test needs it first, with its report stored. */
function positiveArticle(): Promise<{ page: Page; tabId: number }> {
  positive ??= (async () => {
    const page = await open(POSITIVE_URL);
    const tabId = await tabIdOf(ext.worker, page);
    await waitForReport(ext.worker, tabId);
    return { page, tabId };
  })();
  return positive;
}

beforeAll(async () => {
  server = await startFixtureServer(resolve('test/fixtures/pages'), {
    '/world/putin-proposal.html': 'demo-article.html',
    '/world/solarwinds-sanctions.html': 'negative-solarwinds.html',
    '/putin-proposal.html': 'demo-article.html',
  });
  ext = await launchExtension({ port: server.port, headless: true });
  ext.worker.on('console', (m) => {
    if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
  });
});

afterEach(async (ctx) => {
  if (ctx.task.result?.state !== 'fail') return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const [i, page] of ext.context.pages().entries()) {
    await page
      .screenshot({ path: `${SCREENSHOTS}/${ctx.task.name.replace(/\W+/g, '-')}-${i}.png` })
      .catch(() => undefined);
  }
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the production build in Chromium', () => {
  it('runs the content script on a listed news host and badges a positive article with its clause count', async () => {
    const { tabId } = await positiveArticle();
    const { report } = await waitForReport(ext.worker, tabId);
    expect(report.verdict).toBe('about');
    const ids = report.clauses.map((c) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['point-1', 'point-2', 'point-3', 'point-4', 'global-commitment']));
    expect(await badgeOf(ext.worker, tabId)).toBe(String(ids.length));
  });

  it('leaves the badge empty on a hard negative (same vocabulary, different story)', async () => {
    const tabId = await tabIdOf(ext.worker, await open(NEGATIVE_URL));
    const { report } = await waitForReport(ext.worker, tabId);
    expect(report.verdict).toBe('unrelated');
    expect(await badgeOf(ext.worker, tabId)).toBe('');
  });

  it('does not run on a site that is not listed', async () => {
    const tabId = await tabIdOf(ext.worker, await open(UNLISTED_URL));
    await new Promise((r) => setTimeout(r, 2_500));
    const stored = await ext.worker.evaluate(
      async (id) => Object.keys(await chrome.storage.session.get(`report:${id}`)).length,
      tabId,
    );
    expect(stored).toBe(0);
    expect(await badgeOf(ext.worker, tabId)).toBe('');
  });

  it('renders the matched clauses in the side panel page, with Arabic source, notes and passages', async () => {
    const { tabId } = await positiveArticle();
    const panel = await open(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('[data-verdict="about"]').waitFor();
    const cards = panel.locator('section.clauses [data-clause]');
    await expect.poll(() => cards.count()).toBeGreaterThanOrEqual(5);
    const point1 = panel.locator('section.clauses [data-clause="point-1"]');
    expect(await point1.locator('.arabic[dir="rtl"][lang="ar"]').count()).toBe(1);
    expect(await point1.locator('mark.note[data-note="note-nsa"]').count()).toBe(1);
    expect(await point1.locator('.passage blockquote strong').count()).toBeGreaterThan(0);
    expect(await panel.locator('.coverage-map [data-coverage="omitted"]').count()).toBeGreaterThan(0);
    expect(await panel.locator('[data-flag="treaty-on-non-interference"]').count()).toBe(1);
  });

  it('opens the real side panel on a user click in the popup', async () => {
    const { tabId } = await positiveArticle();
    const popup = await open(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await expect.poll(() => popup.locator('[data-status="detected"]').count()).toBe(1);
    await popup.getByRole('button', { name: 'Open side panel' }).click();
    await expect.poll(() => openSidePanels(ext.worker)).toBeGreaterThan(0);
  });

  it('finds clauses from the popup search by an Arabic and by an English query', async () => {
    const popup = await open(`chrome-extension://${ext.extensionId}/popup.html`);
    const input = popup.getByRole('searchbox');
    await input.fill('أعالي البحار');
    await expect
      .poll(() => popup.locator('.results [data-clause]').first().getAttribute('data-clause'))
      .toBe('point-3');
    await input.fill('guarantees of non-interference');
    await expect
      .poll(() => popup.locator('.results [data-clause]').first().getAttribute('data-clause'))
      .toBe('point-4');
  });

  it('causes no uncaught errors in the pages or the extension', async () => {
    // The listeners catch what they should: an error thrown in a page shows up (then is set aside).
    const probe = await open(`${UNLISTED_URL}?probe`);
    await probe.evaluate(() =>
      setTimeout(() => {
        throw new Error('error-listener probe');
      }),
    );
    await expect.poll(() => errors.filter((e) => e.includes('error-listener probe')).length).toBe(1);
    errors.splice(
      errors.findIndex((e) => e.includes('error-listener probe')),
      1,
    );
    await probe.close();
    // Every kind of page, whether or not an earlier test opened it: alone, this test must still exercise them.
    const { tabId } = await positiveArticle();
    for (const url of [NEGATIVE_URL, UNLISTED_URL]) if (!opened.has(url)) await open(url);
    const panelUrl = `chrome-extension://${ext.extensionId}/sidepanel.html`;
    if (!opened.has(panelUrl)) await (await open(`${panelUrl}?tabId=${tabId}`)).locator('[data-verdict]').waitFor();
    const popupUrl = `chrome-extension://${ext.extensionId}/popup.html`;
    if (!opened.has(popupUrl)) await (await open(`${popupUrl}?tabId=${tabId}`)).getByRole('searchbox').fill('1972');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(errors).toEqual([]);
  });
});
