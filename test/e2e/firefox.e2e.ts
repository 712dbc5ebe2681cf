import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { activate, callIn, clickAt, navigate, openTab, waitFor } from '../firefox/bidi-tabs';
import { closeSidebar, openSidebar, sidebarIdOf, toolbarBadge } from '../firefox/browser-window';
import { FIREFOX_EXTENSION_DIR, launchFirefox, type LaunchedFirefox } from '../firefox/launch-firefox';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';

// Real listed news hosts (data/news-sites.json). Firefox resolves every host name to the local fixture server; the
// URLs carry its port, which match patterns ignore, so the shipped patterns decide where the content script runs.
const POSITIVE_PATH = '/world/putin-proposal.html';
const NEGATIVE_PATH = '/world/solarwinds-sanctions.html';

interface StoredReport {
  tabId: number;
  url: string;
  report: { verdict: string; clauses: { id: string }[] };
}

let server: FixtureServer;
let firefox: LaunchedFirefox;
let positiveUrl: string;
let negativeUrl: string;
let positiveTab: string;
/** A tab showing one of the add-on's own pages, where `chrome.storage.session` can be read. */
let extensionTab: string;

/** The report the background stored for the tab showing `url`, or null while there is none. */
async function reportFor(url: string): Promise<StoredReport | null> {
  return callIn(
    firefox.bidi,
    extensionTab,
    async (wanted: string) => {
      const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string } | undefined>;
      return Object.values(all).find((entry) => entry?.url === wanted) ?? null;
    },
    url,
  ) as Promise<StoredReport | null>;
}

/** The positive article's report, loading the article in its tab first where no earlier test has. */
async function positiveReport(): Promise<StoredReport> {
  if (!(await reportFor(positiveUrl))) await navigate(firefox.bidi, positiveTab, positiveUrl);
  return (await waitFor(() => reportFor(positiveUrl), Boolean, 'report of the positive article'))!;
}

/** Counts elements matching `selector` in a tab. */
function count(context: string, selector: string): Promise<number> {
  return callIn(firefox.bidi, context, (s: string) => document.querySelectorAll(s).length, selector);
}

beforeAll(async () => {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  server = await startFixtureServer(resolve('test/fixtures/pages'), {
    [POSITIVE_PATH]: 'demo-article.html',
    [NEGATIVE_PATH]: 'negative-solarwinds.html',
  });
  positiveUrl = `https://www.reuters.com:${server.port}${POSITIVE_PATH}`;
  negativeUrl = `https://www.theguardian.com:${server.port}${NEGATIVE_PATH}`;
  firefox = await launchFirefox();
  const { contexts } = await firefox.bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {
    maxDepth: 0,
  });
  positiveTab = contexts[0]!.context;
  extensionTab = await openTab(firefox.bidi, `${firefox.extensionOrigin}/popup.html`);
});

afterEach((ctx) => {
  // What Firefox itself printed (extension errors included) explains most failures here.
  if (ctx.task.result?.state === 'fail') console.error(firefox?.output().slice(-4_000));
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('the production build in Firefox', () => {
  it('detects the article on a listed news host: the toolbar badge shows how many clauses it refers to', async () => {
    await navigate(firefox.bidi, positiveTab, positiveUrl);
    await activate(firefox.bidi, positiveTab);
    const badge = await waitFor(
      () => toolbarBadge(firefox.bidi, firefox.addonId),
      (b) => Boolean(b),
      'toolbar badge on the positive article',
    );
    const stored = await waitFor(() => reportFor(positiveUrl), Boolean, 'report of the positive article');
    expect(stored?.report.verdict).toBe('about');
    const ids = stored?.report.clauses.map((c) => c.id) ?? [];
    expect(ids).toEqual(expect.arrayContaining(['point-1', 'point-2', 'point-3', 'point-4', 'global-commitment']));
    expect(badge).toBe(String(ids.length));
    expect(server.requests).toContain(`www.reuters.com:${server.port} ${POSITIVE_PATH}`);
  });

  it('leaves the badge empty on a hard negative (same vocabulary, different story)', async () => {
    const negativeTab = await openTab(firefox.bidi, negativeUrl);
    await activate(firefox.bidi, negativeTab);
    // The content script ran and the background judged the page: its report exists and says so.
    const stored = await waitFor(() => reportFor(negativeUrl), Boolean, 'report of the negative article');
    expect(stored?.report.verdict).toBe('unrelated');
    for (let i = 0; i < 3; i++) {
      expect(await toolbarBadge(firefox.bidi, firefox.addonId)).toBe('');
      await new Promise((r) => setTimeout(r, 200));
    }
  });

  it('shows the report in the sidebar page, highlights its passages in the article, and a click there selects the clause', async () => {
    const stored = await positiveReport();
    await navigate(firefox.bidi, extensionTab, `${firefox.extensionOrigin}/sidepanel.html?tabId=${stored?.tabId}`);
    await waitFor(
      () => count(extensionTab, '[data-verdict="about"]'),
      (n) => n === 1,
      'verdict in the sidebar',
    );
    expect(await count(extensionTab, 'section.clauses [data-clause]')).toBeGreaterThanOrEqual(5);
    expect(await count(extensionTab, '[data-clause="point-1"] .arabic[dir="rtl"][lang="ar"]')).toBe(1);

    // The panel asks the content script to highlight every matched passage (CSS Custom Highlight API): the page's
    // highlight registry then holds ranges over the article's own text.
    const highlighted = await waitFor(
      () =>
        callIn(firefox.bidi, positiveTab, () =>
          [...CSS.highlights.values()].flatMap((h) => [...h].map((range) => range.toString())),
        ),
      (texts) => texts.length > 0,
      'highlights in the article',
    );
    expect(highlighted.every((text) => text.trim().length > 0)).toBe(true);

    // A reader's click on a highlighted passage selects its clause in the panel.
    await activate(firefox.bidi, positiveTab);
    // (Firefox's own sidebar follows the tab just brought to the front and highlights it again: poll.)
    const point = await waitFor(
      () =>
        callIn(
          firefox.bidi,
          positiveTab,
          (words: string) => {
            const ranges = [...CSS.highlights.values()].flatMap((h) => [...h] as Range[]);
            const range = ranges.find((r) => r.toString().includes(words));
            if (!range) return null;
            range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            const box = range.getClientRects()[0];
            return box ? { x: box.left + 5, y: box.top + box.height / 2 } : null;
          },
          'exchange guarantees',
        ),
      Boolean,
      'the highlighted point-4 passage',
    );
    await clickAt(firefox.bidi, positiveTab, point!);
    await waitFor(
      () => count(extensionTab, '[data-clause="point-4"][data-selected="true"]'),
      (n) => n === 1,
      'point-4 selected in the sidebar page',
    );
  });

  it("shows the detection in the popup page, whose button opens Firefox's sidebar on a real click", async () => {
    const stored = await positiveReport();
    // The popup closes itself after opening the sidebar: give it a tab of its own.
    const popup = await openTab(firefox.bidi, `${firefox.extensionOrigin}/popup.html?tabId=${stored?.tabId}`);
    await waitFor(
      () => count(popup, '[data-status="detected"]'),
      (n) => n === 1,
      'detected in the popup',
    );

    await closeSidebar(firefox.bidi); // Firefox opens it once at install.
    expect(await openSidebar(firefox.bidi)).toBe('');
    const button = await waitFor(
      () =>
        callIn(
          firefox.bidi,
          popup,
          (name: string) => {
            const found = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
            const box = found?.getBoundingClientRect();
            return box ? { x: box.x + box.width / 2, y: box.y + box.height / 2 } : null;
          },
          'Open side panel',
        ),
      Boolean,
      'the popup\'s "Open side panel" button',
    );
    // sidebarAction.open() works only inside a user's click: a synthetic click() would not do.
    await clickAt(firefox.bidi, popup, button!);
    await waitFor(
      () => openSidebar(firefox.bidi),
      (id) => id === sidebarIdOf(firefox.addonId),
      'our sidebar open',
    );
  });

  it('"Analyze this page" works from the report page opened in a tab, as Firefox shows it when its sidebar cannot open', async () => {
    const stored = await waitFor(() => reportFor(positiveUrl), Boolean, 'report of the positive article');
    // Forget the tab's report, as if the page had never been checked.
    await callIn(
      firefox.bidi,
      extensionTab,
      (key: string) => chrome.storage.session.remove(key),
      `report:${stored!.tabId}`,
    );
    expect(await reportFor(positiveUrl)).toBeNull();
    const panel = await openTab(firefox.bidi, `${firefox.extensionOrigin}/sidepanel.html?tabId=${stored!.tabId}`);
    await waitFor(
      () =>
        callIn(
          firefox.bidi,
          panel,
          (name: string) => {
            const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
            button?.click();
            return Boolean(button);
          },
          'Analyze this page',
        ),
      Boolean,
      'the panel page\'s "Analyze this page" button',
    );
    const again = await waitFor(() => reportFor(positiveUrl), Boolean, 'report after "Analyze this page"');
    expect(again?.report.verdict).toBe('about');
  });

  it('is not switched off by the events that end a WXT content script: the add-on id is public', async () => {
    await activate(firefox.bidi, positiveTab);
    await callIn(
      firefox.bidi,
      positiveTab,
      (id: string) => {
        for (const name of ['article', 'gate', 'extractor']) {
          for (const event of ['wxt:content-script-started', 'wxt:locationchange']) {
            document.dispatchEvent(new CustomEvent(`${id}:${name}:${event}`, { detail: { contentScriptName: name } }));
            window.postMessage({ type: `${id}:${name}:${event}`, contentScriptName: name, messageId: 'x' }, '*');
          }
        }
        return true;
      },
      firefox.addonId,
    );
    await new Promise((r) => setTimeout(r, 500));
    // A single-page move afterwards is still analysed (Firefox has no Navigation API here: the gate checks the address).
    const moved = `${positiveUrl}?page=2`;
    await callIn(firefox.bidi, positiveTab, (url: string) => (history.pushState({}, '', url), true), moved);
    const after = await waitFor(() => reportFor(moved), Boolean, 'report of the moved-to address');
    expect(after?.report.verdict).toBe('about');
  });
});
