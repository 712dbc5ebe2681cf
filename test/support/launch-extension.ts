import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findChromium } from './find-chromium';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface LaunchedExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close: () => Promise<void>;
}

/**
 * Starts Chromium with the production build loaded, every host name resolved to the local fixture server.
 * Flags keep Chromium from reaching out to the (closed) network on its own.
 */
export async function launchExtension(opts: {
  port: number;
  headless: boolean;
  /** The browser's UI language, which the extension's UI follows (default English). */
  lang?: string;
}): Promise<LaunchedExtension> {
  const profile = mkdtempSync(join(tmpdir(), 'source-check-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: opts.headless,
    viewport: { width: 1200, height: 900 },
    // On Linux, Chromium takes its UI language from the environment (the locale files come from chromium-l10n).
    env: {
      ...process.env,
      LANGUAGE: opts.lang ?? 'en_US',
      LC_ALL: '',
      LANG: opts.lang ? `${opts.lang}.UTF-8` : 'en_US.UTF-8',
    },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--host-resolver-rules=MAP * 127.0.0.1:${opts.port}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${opts.lang ?? 'en-US'}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The id of the tab showing `page`. The extension has no "tabs" permission, so it cannot see tab URLs: bring the
 * page to the front and ask for the active tab instead.
 */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  for (let i = 0; i < 50; i++) {
    const id = await worker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? -1,
    );
    if (id >= 0) return id;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`No active tab for ${page.url()}`);
}

/** Waits until the background has stored a report for the tab, and returns it. */
export async function waitForReport(
  worker: Worker,
  tabId: number,
  timeoutMs = 15_000,
): Promise<{ report: { verdict: string; clauses: { id: string }[] } }> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const entry = await worker.evaluate(
      async (id) => (await chrome.storage.session.get(`report:${id}`))[`report:${id}`] ?? null,
      tabId,
    );
    if (entry) return entry as { report: { verdict: string; clauses: { id: string }[] } };
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`No report for tab ${tabId} within ${timeoutMs} ms`);
}

export async function badgeOf(worker: Worker, tabId: number): Promise<string> {
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** How many real side panels are open (Chrome lists them as SIDE_PANEL contexts; they are not Playwright pages). */
export async function openSidePanels(worker: Worker): Promise<number> {
  return worker.evaluate(
    async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] as never })).length,
  );
}
