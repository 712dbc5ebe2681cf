import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import {
  launchExtension,
  tabIdOf,
  waitForReport,
  type LaunchedExtension,
  openSidePanels,
} from '../support/launch-extension';

const ARTICLE_URL = 'https://www.reuters.com/world/putin-proposal.html';
const NEGATIVE_URL = 'https://www.reuters.com/world/solarwinds-sanctions.html';
const HOST = 'putin-2020-source-check';

let server: FixtureServer;
let ext: LaunchedExtension;

beforeAll(async () => {
  server = await startFixtureServer(resolve('test/fixtures/pages'), {
    '/world/putin-proposal.html': 'demo-article.html',
    '/world/solarwinds-sanctions.html': 'negative-solarwinds.html',
  });
  ext = await launchExtension({ port: server.port, headless: true });
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

/** Centre of the pill's main button, found through the DevTools protocol (the shadow root is closed to pages). */
async function pillButtonCentre(page: Page): Promise<{ x: number; y: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
  const button = findNode(root, (n) => n.nodeName === 'BUTTON' && !(n.attributes ?? []).includes('close'));
  if (!button) return null;
  const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: button.backendNodeId })) as {
    model: { content: number[] };
  };
  const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
  return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
}

interface CdpNode {
  nodeName: string;
  backendNodeId: number;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean, inPill = false): CdpNode | null {
  const here = inPill || node.nodeName === HOST.toUpperCase();
  if (here && test(node)) return node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) {
    const found = findNode(child, test, here);
    if (found) return found;
  }
  return null;
}

describe('the in-page pill', () => {
  it('appears on a detected article and opens the side panel on a click', async () => {
    const page = await ext.context.newPage();
    await page.goto(ARTICLE_URL);
    await waitForReport(ext.worker, await tabIdOf(ext.worker, page));
    await expect.poll(() => page.locator(HOST).count()).toBe(1);
    const centre = await pillButtonCentre(page);
    expect(centre).not.toBeNull();
    await page.mouse.click(centre!.x, centre!.y);
    await expect.poll(() => openSidePanels(ext.worker)).toBeGreaterThan(0);
  });

  it('does not appear on an unrelated article', async () => {
    const page = await ext.context.newPage();
    await page.goto(NEGATIVE_URL);
    await waitForReport(ext.worker, await tabIdOf(ext.worker, page));
    await new Promise((r) => setTimeout(r, 300));
    expect(await page.locator(HOST).count()).toBe(0);
  });

  it('stays away when turned off in the settings', async () => {
    await ext.worker.evaluate(() => chrome.storage.local.set({ settings: { version: 1, showPill: false } }));
    const page = await ext.context.newPage();
    await page.goto(ARTICLE_URL);
    await waitForReport(ext.worker, await tabIdOf(ext.worker, page));
    await new Promise((r) => setTimeout(r, 500));
    expect(await page.locator(HOST).count()).toBe(0);
    await ext.worker.evaluate(() => chrome.storage.local.remove('settings'));
  });
});
