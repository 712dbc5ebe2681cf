import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchExtension, tabIdOf, waitForReport, type LaunchedExtension } from '../support/launch-extension';

const ARTICLE_URL = 'https://www.reuters.com/world/putin-proposal.html';

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer(resolve('test/fixtures/pages'), {
    '/world/putin-proposal.html': 'demo-article.html',
  });
  ext = await launchExtension({ port: server.port, headless: true });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the extension reloaded or updated under open pages', () => {
  it('leaves no uncaught errors on them when their orphaned content script meets clicks and navigation', async () => {
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text());
    });
    await page.goto(ARTICLE_URL);
    await waitForReport(ext.worker, await tabIdOf(ext.worker, page));

    // What an update does: the runtime reloads, and this page's content script is orphaned.
    await ext.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The old background is gone, so the page's script really is orphaned from here on.
    await expect
      .poll(() =>
        ext.worker
          .evaluate(() => 1)
          .then(
            () => 'alive',
            () => 'gone',
          ),
      )
      .toBe('gone');

    // The orphan meets everything that would make it act: clicks, a single-page navigation, a scroll.
    await page.mouse.click(200, 300);
    await page.evaluate(() => history.pushState({}, '', '/world/putin-proposal.html?after-reload'));
    await page.mouse.wheel(0, 400);
    await new Promise((r) => setTimeout(r, 3_000));
    expect(errors).toEqual([]);
  });
});
