import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { badgeOf, launchExtension, tabIdOf, waitForReport, type LaunchedExtension } from '../support/launch-extension';

// Forms of real coverage, on real listed hosts resolved to the local fixture server: a wire brief buried in captions,
// teasers and ads, and two confusable stories with the same vocabulary from before the statement.
const BRIEF_URL = 'https://www.theguardian.com/world/2020/sep/25/putin-cyber-reset-brief';
const EARLIER_OFFER_URL = 'https://www.reuters.com/world/2017/09/13/russia-offered-guarantees.html';
const HOTLINE_2013_URL = 'https://www.reuters.com/world/2013/06/18/us-russia-cyber-hotline.html';

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer(resolve('test/fixtures/pages'), {
    '/world/2020/sep/25/putin-cyber-reset-brief': 'brief-in-clutter.html',
    '/world/2017/09/13/russia-offered-guarantees.html': 'earlier-offer-2017.html',
    '/world/2013/06/18/us-russia-cyber-hotline.html': 'hotline-2013.html',
  });
  ext = await launchExtension({ port: server.port, headless: true });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('real-coverage forms in Chromium', () => {
  it('badges a three-sentence wire brief in real-site clutter, with the publication date it used', async () => {
    const page = await ext.context.newPage();
    await page.goto(BRIEF_URL);
    const tabId = await tabIdOf(ext.worker, page);
    const { report } = (await waitForReport(ext.worker, tabId)) as {
      report: { verdict: string; published?: string; clauses: { id: string }[] };
    };
    expect(report.verdict).toBe('about');
    expect(report.published).toBe('2020-09-25');
    expect(report.clauses.map((c) => c.id)).toEqual(expect.arrayContaining(['point-3', 'point-4']));
    expect(await badgeOf(ext.worker, tabId)).toBe(String(report.clauses.length));
  });

  it.each([
    ['a 2017 offer of non-interference guarantees', EARLIER_OFFER_URL],
    ['the 2013 cyber hotline', HOTLINE_2013_URL],
  ])('gives no badge to %s', async (_name, url) => {
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext.worker, page);
    // The page shares the proposal's vocabulary, so it is examined and reported on: as unrelated, with no badge.
    const { report } = await waitForReport(ext.worker, tabId);
    expect(report.verdict).toBe('unrelated');
    expect(await badgeOf(ext.worker, tabId)).toBe('');
  });
});
