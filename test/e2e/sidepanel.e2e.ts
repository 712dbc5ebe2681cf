import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchExtension, tabIdOf, waitForReport, type LaunchedExtension } from '../support/launch-extension';

const ARTICLE_URL = 'https://www.reuters.com/world/putin-proposal.html';
const ALL = 'putin-2020-source-check-passages';
const ACTIVE = 'putin-2020-source-check-active';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer(resolve('test/fixtures/pages'), {
    '/world/putin-proposal.html': 'demo-article.html',
  });
});
afterAll(async () => server?.close());

/** Runs axe-core in the page (through the DevTools protocol, so the page's CSP does not apply) and lists violations. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    return (await axe.run(document)).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
  return results;
}

/** The text of each range in one of our highlights, read in the page. */
function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => (r as Range).toString()) : [];
  }, name);
}

/**
 * Records, from the page's own world, every change to its DOM once it has been parsed: nodes added or removed
 * anywhere, attributes, text. Runs before the page's first script, so nothing we do later escapes it.
 */
function recordDomChanges(): void {
  const changes: string[] = [];
  (window as unknown as { domChanges: string[] }).domChanges = changes;
  const name = (n: Node) => (n.nodeType === 1 ? (n as Element).localName : `${n.nodeName} "${n.textContent ?? ''}"`);
  document.addEventListener('DOMContentLoaded', () => {
    new MutationObserver((records) => {
      for (const r of records) {
        const at = name(r.target);
        if (r.type === 'attributes') changes.push(`${at}: attribute ${r.attributeName}`);
        else if (r.type === 'characterData') changes.push(`${at}: text`);
        for (const n of r.addedNodes) changes.push(`${at}: added ${name(n)}`);
        for (const n of r.removedNodes) changes.push(`${at}: removed ${name(n)}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Opens the article in a new tab and the side panel page for that tab; returns both once the panel shows the report. */
async function openArticleWithPanel(ext: LaunchedExtension): Promise<{ article: Page; panel: Page; tabId: number }> {
  const article = await ext.context.newPage();
  await article.addInitScript(recordDomChanges);
  await article.goto(ARTICLE_URL);
  const tabId = await tabIdOf(ext.worker, article);
  await waitForReport(ext.worker, tabId);
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${tabId}`);
  await panel.locator('[data-verdict="about"]').waitFor();
  return { article, panel, tabId };
}

describe('side panel and popup, English UI', () => {
  let ext: LaunchedExtension;
  let article: Page;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    ext = await launchExtension({ port: server.port, headless: true });
    ({ article, panel, tabId } = await openArticleWithPanel(ext));
    // Record what the panel hands to the clipboard (reading the clipboard back needs a permission that cannot be
    // granted to extension origins in automation); the real clipboard call still runs.
    await panel.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      const copied: string[] = [];
      (window as unknown as { copied: string[] }).copied = copied;
      clipboard.writeText = (text: string) => {
        copied.push(text);
        return write(text).catch(() => undefined);
      };
    });
  });
  afterAll(async () => ext?.close());

  it('highlights every matched passage in the page without changing its DOM', async () => {
    await expect.poll(() => highlightTexts(article, ALL).then((t) => t.length)).toBeGreaterThanOrEqual(5);
    const texts = await highlightTexts(article, ALL);
    expect(texts.some((t) => t.includes('Incidents at Sea agreement'))).toBe(true);
    // Every change to the page's DOM since it was parsed: only the optional pill's host may have been added.
    const changes = await article.evaluate(() => (window as unknown as { domChanges: string[] }).domChanges);
    expect(changes.filter((c) => c !== 'html: added putin-2020-source-check')).toEqual([]);
  });

  it('"Show in page" emphasises the passage and scrolls to it', async () => {
    const card = panel.locator('section.clauses [data-clause="point-3"]');
    const passage = (await card.locator('.passage blockquote').first().textContent()) ?? '';
    await card.getByRole('button', { name: 'Show in page' }).first().click();
    await expect.poll(() => highlightTexts(article, ACTIVE)).toEqual([passage]);
    await expect.poll(() => article.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });

  it('selects the clause in the panel when its highlighted passage is clicked in the page', async () => {
    const point = await article.evaluate((name) => {
      const ranges = [...(CSS.highlights.get(name) ?? [])] as Range[];
      const range = ranges.find((r) => r.toString().includes('exchange guarantees'))!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 5, y: rect.top + rect.height / 2 };
    }, ALL);
    await article.mouse.click(point.x, point.y);
    await expect.poll(() => panel.locator('[data-clause="point-4"][data-selected="true"]').count()).toBe(1);
  });

  it('copies a citation with the clause, dataset version and a link to the passage', async () => {
    await panel
      .locator('section.clauses [data-clause="point-3"] .passage')
      .first()
      .getByRole('button', { name: 'Copy citation' })
      .click();
    const copied = await panel.evaluate(() => (window as unknown as { copied: string[] }).copied.at(-1) ?? '');
    expect(copied).toContain('[point-3]');
    expect(copied).toMatch(/dataset \d+\.\d+\.\d+/);
    expect(copied).toContain('لتطوير وإبرام اتفاق حكومي');
    expect(copied).toContain(`${ARTICLE_URL}#:~:text=`);
  });

  it('exports the report as Markdown and JSON', async () => {
    const [md] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export Markdown' }).click(),
    ]);
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown).toContain('| Point 3 — incidents agreement (`point-3`) |');
    expect(markdown).toContain('Verdict: **About the proposal**');
    const [js] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export JSON' }).click(),
    ]);
    const json = JSON.parse(readFileSync((await js.path())!, 'utf8')) as {
      verdict: string;
      url: string;
      clauses: { id: string }[];
    };
    expect(json.verdict).toBe('about');
    expect(json.url).toBe(ARTICLE_URL);
    expect(json.clauses.map((c) => c.id)).toContain('point-3');
  });

  it('has no accessibility violations in the side panel or the popup', async () => {
    expect(await axeViolations(panel)).toEqual([]);
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByRole('searchbox').fill('high seas');
    await popup.locator('.results [data-clause]').first().waitFor();
    expect(await axeViolations(popup)).toEqual([]);
  });

  it('clears the highlights when a single-page site moves to another story in the same document', async () => {
    // A tab of its own: this one's page is rewritten.
    const own = await openArticleWithPanel(ext);
    await expect.poll(() => highlightTexts(own.article, ALL).then((t) => t.length)).toBeGreaterThan(0);
    // The site swaps in an unrelated story and moves to its URL without loading a new document (a new document
    // starts without highlights whatever the extension does: the marker below proves this is the same one).
    await own.article.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
      const story = document.createElement('p');
      story.textContent = 'The city council approved a new budget for parks and libraries on Tuesday evening.';
      document.querySelector('article')!.replaceChildren(story);
      // As single-page sites do, the title and description follow the story.
      document.title = 'City council approves parks budget | World News';
      for (const meta of document.querySelectorAll('meta[name="description"], meta[property^="og:"]'))
        meta.setAttribute('content', 'City council approves parks budget');
      history.pushState(null, '', '/world/city-budget.html');
    });
    await expect
      .poll(() => own.article.evaluate((names) => names.filter((n) => CSS.highlights.has(n)), [ALL, ACTIVE]), {
        timeout: 10_000,
      })
      .toEqual([]);
    expect(await own.article.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    // And they stay cleared once the panel has caught up with the tab.
    await expect.poll(() => own.panel.locator('[data-verdict="about"]').count(), { timeout: 10_000 }).toBe(0);
    expect(await own.article.evaluate((names) => names.filter((n) => CSS.highlights.has(n)), [ALL, ACTIVE])).toEqual(
      [],
    );
    await own.panel.close();
    await own.article.close();
  });
});

describe('Arabic UI', () => {
  it('mirrors the whole layout right to left and speaks Arabic', async () => {
    const ext = await launchExtension({ port: server.port, headless: true, lang: 'ar' });
    try {
      const panel = await ext.context.newPage();
      await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=0`);
      await panel.locator('h1').waitFor();
      expect(await panel.evaluate(() => document.documentElement.dir)).toBe('rtl');
      expect(await panel.locator('h1').textContent()).toContain('مقترح بوتين');
      await panel.screenshot({ path: resolve('test-output/sidepanel-ar.png') });
    } finally {
      await ext.close();
    }
  });
});
