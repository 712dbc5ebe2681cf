import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchExtension, tabIdOf, waitForReport, type LaunchedExtension } from '../support/launch-extension';

// What a hostile listed news page can try against the extension, each reproduced in real Chromium with the
// production build: switch it off, put its report on the next page, flood the background, fill the storage, pile
// up pills. Each test fails against a build that lets the attack through.

const ARTICLE = 'https://www.reuters.com/world/putin-proposal.html';
const SLOW_UNLISTED = 'https://blog.example.org/slow.html';
const HOST = 'putin-2020-source-check';
const demo = readFileSync(resolve('test/fixtures/pages/demo-article.html'), 'utf8');

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer(resolve('test/fixtures/pages'), {
    '/world/putin-proposal.html': 'demo-article.html',
    '/world/putin-proposal-long.html': 'demo-article.html',
  });
  ext = await launchExtension({ port: server.port, headless: true });
  // An unlisted site that takes its time to answer: the tab sits between two documents meanwhile.
  await ext.context.route(SLOW_UNLISTED, async (route) => {
    await new Promise((r) => setTimeout(r, 4_000));
    await route.fulfill({
      contentType: 'text/html',
      body: '<!doctype html><title>A blog</title><p>Gardening notes.</p>',
    });
  });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function storedReport(tabId: number): Promise<{ url: string; report: { title: string } } | null> {
  return ext.worker.evaluate(
    async (id) => ((await chrome.storage.session.get(`report:${id}`))[`report:${id}`] ?? null) as never,
    tabId,
  );
}

async function openArticle(url = ARTICLE): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await tabIdOf(ext.worker, page);
  await waitForReport(ext.worker, tabId);
  return { page, tabId };
}

/** Counts the page messages the background receives from now on, by type, for one tab. */
async function countMessages(tabId: number): Promise<() => Promise<Record<string, number>>> {
  const key = `__count${tabId}_${Date.now()}`;
  await ext.worker.evaluate(
    ({ key, tabId }) => {
      const counts: Record<string, number> = {};
      (globalThis as unknown as Record<string, unknown>)[key] = counts;
      chrome.runtime.onMessage.addListener((m: { type?: string }, sender) => {
        if (sender.tab?.id === tabId) counts[String(m?.type)] = (counts[String(m?.type)] ?? 0) + 1;
        return undefined;
      });
    },
    { key, tabId },
  );
  return () =>
    ext.worker.evaluate((key) => ({ ...(globalThis as unknown as Record<string, Record<string, number>>)[key] }), key);
}

describe('a page cannot switch the extension off', () => {
  it('survives the events that end a WXT content script, and still follows the page and answers the panel', async () => {
    const { page, tabId } = await openArticle();
    // The extension id is public (the store id), so a page can send every event WXT's context listens for.
    await page.evaluate((id) => {
      for (const name of ['article', 'gate', 'extractor', 'content']) {
        for (const event of ['wxt:content-script-started', 'wxt:locationchange']) {
          document.dispatchEvent(
            new CustomEvent(`${id}:${name}:${event}`, { detail: { contentScriptName: name, messageId: 'x' } }),
          );
          window.dispatchEvent(new CustomEvent(`${id}:${name}:${event}`));
          window.postMessage({ type: `${id}:${name}:${event}`, contentScriptName: name, messageId: 'x' }, '*');
        }
      }
      window.dispatchEvent(new Event('wxt:locationchange'));
    }, ext.extensionId);
    await sleep(500);
    // The side panel still reaches the page...
    const reply = await ext.worker.evaluate(
      (id) =>
        chrome.tabs.sendMessage(id, { type: 'clear-highlights' }, { frameId: 0 }).then(
          (r) => r,
          (e) => String(e),
        ),
      tabId,
    );
    expect(reply).toEqual({ ok: true, value: null });
    // ...and a single-page move to another address is still analysed.
    const moved = `${ARTICLE}?page=2`;
    await page.evaluate((url) => history.pushState({}, '', url), moved);
    await expect.poll(async () => (await storedReport(tabId))?.url, { timeout: 10_000 }).toBe(moved);
    await page.close();
  });
});

describe('a page being left cannot put its report on the next page', () => {
  it('leaves no report on a slow unlisted site after the article it came from flooded the background on its way out', async () => {
    const { page, tabId } = await openArticle();
    await page.evaluate((next) => {
      let i = 0;
      // Every 20 ms a new address and a slightly different article, then off to another site.
      setInterval(() => {
        history.pushState({}, '', `/world/putin-proposal.html?v=${++i}`);
        const p = document.querySelector('article p:last-of-type');
        if (p) p.textContent += ` ${i}`;
      }, 20);
      setTimeout(() => (location.href = next), 400);
    }, SLOW_UNLISTED);
    await page.waitForURL(SLOW_UNLISTED, { timeout: 15_000 });
    await page.waitForLoadState('load');
    await sleep(2_500);
    expect(await storedReport(tabId)).toBeNull();
    expect(await ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await page.close();
  });
});

describe('a page cannot flood the background with re-analyses', () => {
  it('60 address changes in a second, each with new text, reach the background as a handful of articles', async () => {
    const { page, tabId } = await openArticle();
    const counts = await countMessages(tabId);
    await page.evaluate(async () => {
      for (let i = 1; i <= 60; i++) {
        history.pushState({}, '', `/world/putin-proposal.html?flood=${i}`);
        window.dispatchEvent(new Event('wxt:locationchange'));
        const p = document.querySelector('article p:last-of-type');
        if (p) p.textContent += ` ${i}`;
        await new Promise((r) => setTimeout(r, 16));
      }
    });
    await sleep(3_000);
    const got = await counts();
    // One check per second at most: the flood lasts about a second, the settling three more.
    expect(got.article ?? 0, JSON.stringify(got)).toBeLessThanOrEqual(5);
    expect(got.article ?? 0, JSON.stringify(got)).toBeGreaterThanOrEqual(1);
    // The report that stays describes the page as it ended up.
    await expect.poll(async () => (await storedReport(tabId))?.url, { timeout: 5_000 }).toMatch(/flood=60$/);
    await page.close();
  });

  it('moving between #fragments of one article sends nothing: it is the same article', async () => {
    const { page, tabId } = await openArticle();
    const counts = await countMessages(tabId);
    await page.evaluate(async () => {
      for (let i = 0; i < 30; i++) {
        history.pushState({}, '', `#section-${i}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    await sleep(2_500);
    expect((await counts()).article ?? 0).toBe(0);
    await page.close();
  });
});

describe('a page cannot fill the storage', () => {
  it('a real article still gets its report when storage.session is full of other tabs’ reports', async () => {
    // What many large pages in other tabs would leave behind: reports until the quota (10 MB) is reached.
    const filled = await ext.worker.evaluate(async () => {
      let n = 0;
      // Large reports first, then smaller ones into what is left, until not even a small one fits.
      for (const size of [500_000, 50_000, 5_000, 500]) {
        const chunk = 'x'.repeat(size);
        for (let fits = true; fits && n < 10_000;) {
          try {
            const tabId = 900_000 + n;
            await chrome.storage.session.set({
              [`report:${tabId}`]: {
                version: 2,
                tabId,
                url: 'https://www.reuters.com/',
                document: { token: 't' },
                analyzedAt: n,
                report: { filler: chunk },
              },
            });
            n++;
          } catch {
            fits = false;
          }
        }
      }
      return n;
    });
    expect(filled).toBeLessThan(10_000); // the quota really was reached
    const page = await ext.context.newPage();
    await page.goto(ARTICLE);
    const tabId = await tabIdOf(ext.worker, page);
    const entry = await waitForReport(ext.worker, tabId);
    expect(entry.report.verdict).toBe('about');
    await ext.worker.evaluate(() => chrome.storage.session.clear());
    await page.close();
  });

  it('stores no article text: a report is small however long the article', async () => {
    const long = demo.replace(
      '</article>',
      `${Array.from({ length: 2_000 }, (_, i) => `<p>Paragraph ${i} of the correspondent's long notes on the weather, the roads and the markets of the week, none of it news.</p>`).join('')}</article>`,
    );
    await ext.context.route('https://www.reuters.com/world/putin-proposal-long.html', (route) =>
      route.fulfill({ contentType: 'text/html', body: long }),
    );
    const { page, tabId } = await openArticle('https://www.reuters.com/world/putin-proposal-long.html');
    const bytes = await ext.worker.evaluate((id) => chrome.storage.session.getBytesInUse(`report:${id}`), tabId);
    expect(long.length).toBeGreaterThan(200_000);
    expect(bytes).toBeLessThan(30_000);
    await page.close();
  });
});

describe('a page cannot pile up pills', () => {
  it('keeps one pill through 30 address changes', async () => {
    const { page } = await openArticle();
    await expect.poll(() => page.locator(HOST).count()).toBe(1);
    await page.evaluate(async () => {
      for (let i = 1; i <= 30; i++) {
        history.pushState({}, '', `/world/putin-proposal.html?pill=${i}`);
        window.dispatchEvent(new Event('wxt:locationchange'));
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    await sleep(3_500);
    expect(await page.locator(HOST).count()).toBe(1);
    await page.close();
  });
});
