import type { BrowserContext, Page } from 'playwright-core';
import { badgeOf, tabIdOf } from '../support/launch-extension';
import type { BenchBrowser } from './chromium-session';
import { contentScriptIntervals, firstExtensionMessageAfter, mainThreadOf, recordTrace } from './chromium-trace';
import { median } from './measure';

/**
 * Start-up on a positive article: from document_idle (Chromium evaluating the content script) to the badge, read off
 * one trace of the page. The badge is set before the background replies to the content script's message, so the
 * reply's arrival on the page's main thread is when the badge is up (checked on every run). Cold: the service worker
 * was stopped first, as Chromium does after 30 s of quiet; warm: it is running and has analysed a page before.
 */
export interface StartupRow {
  serviceWorker: 'cold' | 'warm';
  runs: number;
  /** document_idle → badge. */
  idleToBadgeMs: number;
  /** document_idle → the idle callback that gates and extracts. */
  idleToCheckMs: number;
  /** Start of the check → badge: gate, extraction, message, (worker start-up,) analysis, storage, badge. */
  checkToBadgeMs: number;
}

const SETTLE_MS = { cold: 4_000, warm: 2_000 };

export async function benchStartup(browser: BenchBrowser, file: string, runs: number): Promise<StartupRow[]> {
  const samples = { cold: [] as Sample[], warm: [] as Sample[] };
  await visit(browser, file, 'warm'); // the worker has now analysed a page
  for (let i = 0; i < runs; i++) {
    for (const sw of i % 2 === 0 ? (['warm', 'cold'] as const) : (['cold', 'warm'] as const)) {
      samples[sw].push(await visit(browser, file, sw));
    }
  }
  return (['cold', 'warm'] as const).map((sw) => ({
    serviceWorker: sw,
    runs,
    idleToBadgeMs: median(samples[sw].map((s) => s.idleToBadge)),
    idleToCheckMs: median(samples[sw].map((s) => s.idleToCheck)),
    checkToBadgeMs: median(samples[sw].map((s) => s.checkToBadge)),
  }));
}

interface Sample {
  idleToBadge: number;
  idleToCheck: number;
  checkToBadge: number;
}

async function visit(browser: BenchBrowser, file: string, sw: 'cold' | 'warm'): Promise<Sample> {
  const { context } = browser.ext;
  const tab = await context.newPage();
  try {
    if (sw === 'cold') await stopServiceWorkers(context, tab, `chrome-extension://${browser.ext.extensionId}/`);
    const url = browser.listed(file);
    const events = await recordTrace(context, tab, async () => {
      await tab.goto(url, { waitUntil: 'load' });
      await tab.waitForTimeout(SETTLE_MS[sw]);
    });
    const thread = mainThreadOf(events, url);
    const own = contentScriptIntervals(thread, browser.scriptUrls);
    const idle = own.evaluate[0]?.start;
    const check = own.callbacks.sort((a, b) => a.start - b.start)[0];
    if (idle === undefined || !check) throw new Error(`the content script did not run on ${url}`);
    const reply = firstExtensionMessageAfter(thread, check.end);
    if (reply === null) throw new Error(`no reply from the background within ${SETTLE_MS[sw]} ms of load (${sw})`);
    const worker = context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
    const badge = await badgeOf(worker, await tabIdOf(worker, tab));
    if (!/^\d+$/.test(badge)) throw new Error(`no clause count on the badge after the reply (got "${badge}")`);
    return {
      idleToBadge: (reply - idle) / 1_000,
      idleToCheck: (check.start - idle) / 1_000,
      checkToBadge: (reply - check.start) / 1_000,
    };
  } finally {
    await tab.close();
  }
}

/** Stops the extension's service worker (DevTools' "Stop" on it) and waits until Chromium reports it stopped. */
async function stopServiceWorkers(context: BrowserContext, page: Page, origin: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  try {
    const stopped = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the service worker did not stop within 10 s')), 10_000);
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        const ours = versions.filter((v) => v.scriptURL.startsWith(origin));
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;
    await cdp.send('ServiceWorker.disable');
  } finally {
    await cdp.detach();
  }
}
