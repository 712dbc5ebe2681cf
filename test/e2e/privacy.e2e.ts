import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import {
  badgeOf,
  launchExtension,
  tabIdOf,
  waitForReport,
  type LaunchedExtension,
  openSidePanels,
} from '../support/launch-extension';
import { recordNetwork, type NetworkRecorder, type RecordedRequest } from '../support/privacy-network-recorder';

// Listed news hosts (data/news-sites.json) and one that is not, all resolved to the local fixture server.
const POSITIVE = 'https://www.reuters.com/world/putin-proposal.html';
const NEGATIVE = 'https://www.theguardian.com/world/ransomware.html';
const UNLISTED = 'https://blog.example.org/world/putin-proposal.html';
// Never served: a request here can only come from the recorder's self-check.
const CANARY = 'https://canary.example.net';

let server: FixtureServer;
let ext: LaunchedExtension;
let recorder: NetworkRecorder;
/** The pages the test itself opened: their document loads (and the browser's favicon fetch) are theirs, not ours. */
const opened = new Set<string>();

async function open(url: string): Promise<Page> {
  const page = await ext.context.newPage();
  if (/^https?:/.test(url)) opened.add(url);
  // Recording must be on in the new tab before it loads anything, or its first requests go unseen.
  await recorder.settle();
  await page.goto(url);
  return page;
}

/** A request a test page made of its own accord: its own document, or the favicon the browser asks for. */
function pageOwn(r: RecordedRequest): boolean {
  const u = new URL(r.url);
  return r.source === 'web page' && (opened.has(r.url) || (u.pathname === '/favicon.ico' && r.initiator === 'other'));
}

// Chromium's own calls (account and component-update checks) that --disable-background-networking leaves in; they
// come from the browser process, which the DevTools record above attributes, so the server log may ignore them.
const BROWSER_SERVICES = /^(accounts\.google\.com|[\w-]+\.googleapis\.com|[\w-]+\.gvt1\.com|clients\d*\.google\.com) /;

beforeAll(async () => {
  server = await startFixtureServer(resolve('test/fixtures/hostile'), {
    '/world/putin-proposal.html': 'positive-article.html',
    '/world/ransomware.html': 'negative-article.html',
  });
  ext = await launchExtension({ port: server.port, headless: true });
  recorder = await recordNetwork(ext.context, ext.extensionId);
});

afterAll(async () => {
  await recorder?.stop();
  await ext?.close();
  await server?.close();
});

describe('privacy: the extension makes no network request', () => {
  it('the recorder sees a request from each kind of extension context (self-check)', async () => {
    recorder.reset();
    const page = await open(POSITIVE);
    await waitForReport(ext.worker, await tabIdOf(ext.worker, page));
    const popup = await open(`chrome-extension://${ext.extensionId}/popup.html`);
    await ext.worker.evaluate((u) => fetch(`${u}/from-worker`).catch(() => null), CANARY);
    await popup.evaluate((u) => fetch(`${u}/from-extension-page`).catch(() => null), CANARY);
    await recorder.evaluateInContentScript(POSITIVE, `fetch('${CANARY}/from-content-script').catch(() => null)`);
    await expect
      .poll(() => recorder.requests().filter((r) => r.url.startsWith(CANARY)).length, { timeout: 5_000 })
      .toBe(3);
    const canaries = recorder.requests().filter((r) => r.url.startsWith(CANARY));
    expect(canaries.find((r) => r.url.endsWith('/from-worker'))?.source).toBe('service worker');
    expect(canaries.find((r) => r.url.endsWith('/from-extension-page'))?.source).toBe('extension page');
    // Code evaluated in the isolated world has no script URL, so it is not "ours" by initiator; it is still caught
    // because the page made no such request of its own.
    expect(canaries.filter((r) => r.url.endsWith('/from-content-script') && !pageOwn(r))).toHaveLength(1);
    // The routing net caught them too: every host name resolves to the fixture server.
    expect(server.requests.filter((r) => r.startsWith('canary.example.net '))).toHaveLength(3);
    await popup.close();
    await page.close();
  });

  it('a full browsing run (pages, side panel, popup, export) makes none, from any context', async () => {
    recorder.reset();
    const logStart = server.requests.length;

    const positive = await open(POSITIVE);
    const tabId = await tabIdOf(ext.worker, positive);
    const { report } = await waitForReport(ext.worker, tabId);
    expect(report.verdict).toBe('about');
    expect(await badgeOf(ext.worker, tabId)).toBe(String(report.clauses.length));
    const negative = await open(NEGATIVE);
    expect((await waitForReport(ext.worker, await tabIdOf(ext.worker, negative))).report.verdict).toBe('unrelated');
    const unlisted = await open(UNLISTED);

    // The side panel page: every clause card toggled, a passage shown in the article, both exports.
    const panel = await open(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
    await panel.locator('[data-verdict="about"]').waitFor();
    for (const summary of await panel.locator('details.clause-card > summary').all()) await summary.click();
    for (const summary of await panel.locator('details.clause-card > summary').all()) await summary.click();
    await panel.getByRole('button', { name: 'Show in page' }).first().click();
    for (const [button, needle] of [
      ['Export Markdown', '## Kremlin puts a four-step cyber truce'],
      ['Export JSON', '"verdict": "about"'],
    ] as const) {
      const download = panel.waitForEvent('download');
      await panel.getByRole('button', { name: button }).click();
      expect(readFileSync((await (await download).path())!, 'utf8')).toContain(needle);
    }

    // The popup: a search, then the real side panel opened from it, reloaded so its start-up is recorded too.
    const popup = await open(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('searchbox').fill('incidents at sea');
    await expect.poll(() => popup.locator('.results [data-clause]').count()).toBeGreaterThan(0);
    await positive.bringToFront();
    await popup.getByRole('button', { name: 'Open side panel' }).click();
    await expect.poll(() => openSidePanels(ext.worker)).toBeGreaterThan(0);
    await recorder.reload(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    await new Promise((r) => setTimeout(r, 1_500));

    // Every context was watched, the real side panel included, and the pages' own loads were seen: otherwise
    // "none" would prove nothing.
    expect(recorder.attached().sort()).toEqual(['extension page', 'service worker', 'web page']);
    expect(recorder.attachedUrls()).toContain(`chrome-extension://${ext.extensionId}/sidepanel.html`);
    expect(recorder.attachedUrls()).toContain(`chrome-extension://${ext.extensionId}/background.js`);
    const seenPages = recorder
      .requests()
      .filter(pageOwn)
      .map((r) => r.url);
    expect(seenPages).toEqual(expect.arrayContaining([POSITIVE, NEGATIVE, UNLISTED]));
    const ours = recorder.requests().filter((r) => !pageOwn(r));
    expect(ours).toEqual([]);
    // And the coarse net: nothing reached the fixture server but the pages themselves.
    const pages = [...opened].map((u) => `${new URL(u).host} ${new URL(u).pathname}`);
    const unexpected = server.requests
      .slice(logStart)
      .filter((r) => !pages.includes(r) && !r.endsWith(' /favicon.ico') && !BROWSER_SERVICES.test(r));
    expect(unexpected).toEqual([]);

    for (const p of [popup, panel, unlisted, negative, positive]) await p.close().catch(() => undefined);
  });
});
