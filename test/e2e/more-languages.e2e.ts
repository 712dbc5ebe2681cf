import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { auditLanguages } from '../support/language-audit';
import { badgeOf, launchExtension, tabIdOf, waitForReport, type LaunchedExtension } from '../support/launch-extension';

/**
 * Articles in languages beyond the UI's three, on listed hosts of their language resolved to the local fixture
 * server: each gets a badge, and the side panel (in the English UI) shows its report with the article's own text
 * marked with its language and direction.
 */
const ARTICLES = [
  {
    lang: 'de',
    dir: 'ltr',
    url: 'https://www.spiegel.de/ausland/putin-neustart-cybersicherheit-a-1.html',
    path: '/ausland/putin-neustart-cybersicherheit-a-1.html',
    file: 'de-article.html',
  },
  {
    lang: 'zh',
    dir: 'ltr',
    url: 'https://www.xinhuanet.com/world/2020-09/26/c_1.htm',
    path: '/world/2020-09/26/c_1.htm',
    file: 'zh-article.html',
  },
  {
    lang: 'fa',
    dir: 'rtl',
    url: 'https://www.irna.ir/news/84050001/',
    path: '/news/84050001/',
    file: 'fa-article.html',
  },
] as const;

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer(
    resolve('test/fixtures/pages'),
    Object.fromEntries(ARTICLES.map((a) => [a.path, a.file])),
  );
  ext = await launchExtension({ port: server.port, headless: true });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe.each(ARTICLES)('a $lang article on a listed $lang host, in Chromium', ({ lang, dir, url }) => {
  it('gets a badge and a side panel that shows the article in its own language and direction', async () => {
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext.worker, page);
    const { report } = (await waitForReport(ext.worker, tabId)) as {
      report: { verdict: string; language: string; clauses: { id: string }[] };
    };
    expect(report.verdict).toBe('about');
    expect(report.language).toBe(lang);
    expect(report.clauses.map((c) => c.id)).toEqual(expect.arrayContaining(['point-3', 'point-4']));
    expect(await badgeOf(ext.worker, tabId)).toBe(String(report.clauses.length));

    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('[data-verdict="about"]').waitFor();
    const title = panel.locator('.article-title');
    expect(await title.getAttribute('lang')).toBe(lang);
    expect(await title.getAttribute('dir')).toBe(dir);
    await panel.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const audit = await panel.evaluate(auditLanguages);
    expect(audit.problems).toEqual([]);
    // The matched passages are shown in the article's language, marked as such.
    expect(await panel.locator(`[lang="${lang}"]`).count()).toBeGreaterThan(2);
    await panel.close();
    await page.close();
  });
});
