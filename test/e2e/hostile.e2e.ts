import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { framesWithOurWorld } from '../support/hostile-extension-worlds';
import { observeLongTasks, watchMainThread, type MainThreadReport } from '../support/hostile-main-thread';
import { installMessageProbe, probedMessages, waitForContentReport } from '../support/hostile-message-probe';
import { serveWithHeaders, STRICT_CSP } from '../support/hostile-response-headers';
import {
  HOSTILE_PATH,
  HUGE_TEXT_CHARS,
  MANY_ELEMENTS,
  startHostileSite,
  type HostileSite,
} from '../support/hostile-site';
import { badgeOf, launchExtension, tabIdOf, waitForReport, type LaunchedExtension } from '../support/launch-extension';

// Listed news hosts (data/news-sites.json), resolved to the local fixture server by Chromium.
const EN = 'https://www.reuters.com';
const AR = 'https://www.aljazeera.net';
const UNLISTED = 'https://blog.example.org';
const at = (host: string, name: string) => `${host}${HOSTILE_PATH}/${name}`;
const OUT = resolve('test-output/hostile');

let site: HostileSite;
let ext: LaunchedExtension;
const workerErrors: string[] = [];
/** Per fixture: what the main-thread watch measured, for the summary written after the run. */
const measured: Record<
  string,
  {
    answered: boolean;
    worstOurs: number;
    worstOursCpu: number;
    observedOurs: number;
    totalOurs: number;
    worstPage: number;
  }
> = {};

interface Visit {
  page: Page;
  tabId: number;
  /** Our content script reported on the page (an article or "not a candidate"). */
  reported: boolean;
  /** The page still answers a script call within two seconds once the visit is over. */
  responsive: boolean;
  main: MainThreadReport;
  pageErrors: string[];
  consoleErrors: string[];
}

/**
 * Opens `url` in a new tab the way a reader would, with the main thread watched from before the navigation until
 * the content script has reported (article or not) and the background has had time to answer.
 */
async function visit(
  url: string,
  opts: { headers?: Record<string, string>; file?: string; listed?: boolean; reportTimeoutMs?: number } = {},
): Promise<Visit> {
  const page = await ext.context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('crash', () => pageErrors.push('the page crashed'));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/favicon/.test(m.location().url)) consoleErrors.push(m.text());
  });
  // Same site first: the watch's DevTools session is then in place in the renderer that will load the page.
  await page.goto(`${new URL(url).origin}${HOSTILE_PATH}/blank.html`);
  const watch = await watchMainThread(page, ext.extensionId);
  let tabId: number;
  let reported = opts.listed === false;
  try {
    if (opts.headers && opts.file) await serveWithHeaders(page, url, opts.file, opts.headers);
    await page.goto(url);
    tabId = await tabIdOf(ext.worker, page);
    // On an unlisted host nothing of ours runs: wait out the content script's idle-callback deadline instead. A
    // script of ours that threw will never report: stop waiting then, and let the checks say why.
    if (opts.listed === false) await new Promise((r) => setTimeout(r, 2_000));
    else
      reported =
        (await waitForContentReport(ext.worker, tabId, url, {
          timeoutMs: opts.reportTimeoutMs ?? 10_000,
          giveUp: () => watch.scriptErrors.length > 0,
        }).catch(() => null)) !== null;
    if (reported) await new Promise((r) => setTimeout(r, 700));
  } catch (e) {
    await watch.stop().catch(() => undefined);
    throw e;
  }
  let responsive = await answers(page);
  // A renderer stuck in a task would also hold up the end of the trace: close its tab first.
  if (!responsive) await page.close({ runBeforeUnload: false });
  const main = await watch.stop();
  if (responsive) responsive = await answers(page);
  return { page, tabId, reported, responsive, main, pageErrors, consoleErrors };
}

/**
 * Freezes a finished tab instead of closing it, until the browser closes: a renderer process that exits makes the
 * next trace wait seconds for it to flush (measured here), and a frozen page spends no CPU while the next is measured.
 */
async function park(page: Page): Promise<void> {
  if (page.isClosed()) return;
  const session = await page.context().newCDPSession(page);
  await session.send('Page.setWebLifecycleState', { state: 'frozen' }).catch(() => undefined);
  await session.detach().catch(() => undefined);
}

/** Whether the page's main thread answers within two seconds (asked from Playwright's isolated world: the page's
 * own world may have broken built-ins on purpose). */
async function answers(page: Page): Promise<boolean> {
  const answer = page
    .locator('html')
    .count()
    .then(
      () => true,
      () => false,
    );
  return Promise.race([answer, new Promise<boolean>((r) => setTimeout(() => r(false), 2_000))]);
}

/** What every hostile page must show: nothing broken by us, and no long task of ours. */
function expectUnharmed(name: string, v: Visit, opts: { consoleErrors?: string[] } = {}) {
  const observedOurs = Math.max(0, ...v.main.observed.filter((t) => t.ours).map((t) => t.duration));
  measured[name] = {
    answered: v.responsive,
    worstOurs: Math.round(v.main.worstOurs),
    worstOursCpu: Math.round(v.main.worstOursCpu),
    observedOurs: Math.round(observedOurs),
    totalOurs: Math.round(v.main.totalOurs),
    worstPage: Math.round(v.main.worstPage),
  };
  expect(v.main.scriptErrors, `${name}: errors in our content script`).toEqual([]);
  expect(v.responsive, `${name}: the page answers a script call after our content script ran`).toBe(true);
  expect(v.reported, `${name}: our content script finished and reported on the page`).toBe(true);
  // The trace saw our script run: a watch that saw nothing could not fail.
  expect(v.main.totalOurs, `${name}: our content script's calls in the trace`).toBeGreaterThan(0);
  expect(v.pageErrors, `${name}: uncaught errors in the page`).toEqual([]);
  expect(v.consoleErrors, `${name}: console errors in the page`).toEqual(opts.consoleErrors ?? []);
  // A hang guard, not a speed target: how long our tasks take is measured by `npm run bench` as ratios to a same-run
  // floor (timed assertions fail on a shared 2-core machine for reasons that are not the code's: a 200,000-element
  // page took 74 ms of CPU in one run and under 50 in the next). A task of a second would be a frozen page.
  // Judged on the task's own CPU time: on a loaded machine, wall time also counts other processes' turns.
  expect(
    v.main.worstOursCpu,
    `${name}: CPU time of the longest task our content script ran in (ms); wall time ${Math.round(v.main.worstOurs)}` +
      ` ms; the page's observer saw long tasks ` +
      JSON.stringify(v.main.observed.map((t) => `${Math.round(t.duration)}${t.ours ? ' (ours)' : ''}`)),
  ).toBeLessThanOrEqual(HANG_MS);
}

/** Our longest task on a hostile page must stay under this: far above a long task, far below a frozen page. */
const HANG_MS = 1_000;

async function expectVerdict(v: Visit, verdict: 'about' | 'unrelated') {
  const { report } = await waitForReport(ext.worker, v.tabId);
  expect(report.verdict).toBe(verdict);
  expect(await badgeOf(ext.worker, v.tabId)).toBe(verdict === 'about' ? String(report.clauses.length) : '');
}

beforeAll(async () => {
  site = await startHostileSite();
  ext = await launchExtension({ port: site.server.port, headless: true });
  await observeLongTasks(ext.context);
  await installMessageProbe(ext.worker);
  ext.worker.on('console', (m) => {
    if (m.type() === 'error') workerErrors.push(m.text());
  });
});

afterAll(async () => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/main-thread.json`, `${JSON.stringify(measured, null, 2)}\n`);
  console.log('Main thread per hostile page (ms):');
  console.table(measured);
  await ext?.close();
  await site?.close();
});

describe('hostile pages', () => {
  it('5 MB of text: analysed, and the page stays responsive', async () => {
    const v = await visit(at(EN, 'huge-text.html'));
    expect(await v.page.evaluate(() => document.body.textContent?.length ?? 0)).toBeGreaterThanOrEqual(HUGE_TEXT_CHARS);
    await expectVerdict(v, 'about');
    expectUnharmed('huge-text', v);
    await park(v.page);
  });

  it('200,000 elements: analysed, and the page stays responsive', async () => {
    const v = await visit(at(EN, 'many-elements.html'));
    expect(await v.page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThanOrEqual(
      MANY_ELEMENTS,
    );
    await expectVerdict(v, 'about');
    expectUnharmed('many-elements', v);
    await park(v.page);
  });

  it('a strict CSP with Trusted Types required, sent as a header: analysed, no violation of ours', async () => {
    const file = resolve('test/fixtures/hostile/csp-trusted-types.html');
    const headers = { 'content-security-policy': STRICT_CSP };
    // The same page where our content script does not run: its console errors are the page's own.
    const baseline = await visit(at(UNLISTED, 'csp-trusted-types.html'), { headers, file, listed: false });
    const pageOwnErrors = [...baseline.consoleErrors];
    expect(pageOwnErrors.length, 'the policy refused the inline script and style').toBeGreaterThan(0);
    // The policy is in force: a string cannot reach a script sink (tried on the baseline tab: the attempt is logged).
    const sink = await baseline.page.evaluate(() => {
      try {
        document.createElement('script').text = 'void 0';
        return 'allowed';
      } catch (e) {
        return (e as Error).name;
      }
    });
    expect(sink).toBe('TypeError');
    const v = await visit(at(EN, 'csp-trusted-types.html'), { headers, file });
    expect(await v.page.locator('html').getAttribute('data-inline-script-ran')).toBeNull();
    await expectVerdict(v, 'about');
    expectUnharmed('csp-trusted-types', v, { consoleErrors: pageOwnErrors });
    await park(baseline.page);
    await park(v.page);
  });

  it('a page that overrides Array.prototype, JSON and Function.prototype before we run: analysed', async () => {
    const v = await visit(at(EN, 'overridden-builtins.html'));
    // The overrides are in place, and nothing ever called one (each would have thrown and left its name here).
    // Read from Playwright's own isolated world: code in the page's world would trip over the overrides itself.
    expect(await v.page.locator('html').getAttribute('data-overrides')).toBe('installed');
    expect(await v.page.locator('html').getAttribute('data-hostile-called')).toBeNull();
    await expectVerdict(v, 'about');
    expectUnharmed('overridden-builtins', v);
    await park(v.page);
  });

  it('iframes (same site, cross site, nested, srcdoc): our script runs in the top frame only', async () => {
    const url = at(EN, 'iframes.html');
    const v = await visit(url);
    // Frames load before the top frame's load event; give any script of ours in them its idle deadline to report.
    await new Promise((r) => setTimeout(r, 2_000));
    expect(v.page.frames().length).toBeGreaterThanOrEqual(5);
    expect(await framesWithOurWorld(v.page, ext.extensionId)).toEqual([url]);
    const messages = await probedMessages(ext.worker, v.tabId);
    expect(messages.filter((m) => m.frameId !== 0)).toEqual([]);
    const { report } = await waitForReport(ext.worker, v.tabId);
    expect(report.verdict).toBe('about');
    expectUnharmed('iframes', v);
    await park(v.page);
  });

  it('a frameset: our script does not run in its frames, so the article inside gets no report', async () => {
    const url = at(EN, 'frameset.html');
    const v = await visit(url);
    await new Promise((r) => setTimeout(r, 2_000));
    expect(v.page.frames().length).toBe(3);
    const worlds = await framesWithOurWorld(v.page, ext.extensionId);
    expect(worlds.filter((u) => u !== url)).toEqual([]);
    const messages = await probedMessages(ext.worker, v.tabId);
    expect(messages.filter((m) => m.frameId !== 0)).toEqual([]);
    const stored = await ext.worker.evaluate(
      async (id) => Object.keys(await chrome.storage.session.get(`report:${id}`)).length,
      v.tabId,
    );
    expect(stored).toBe(0);
    expect(await badgeOf(ext.worker, v.tabId)).toBe('');
    expectUnharmed('frameset', v);
    await park(v.page);
  });

  it('an article inside an open shadow root: analysed', async () => {
    const v = await visit(at(EN, 'shadow-root.html'));
    // The article is really in the shadow tree, not in the light DOM.
    expect(await v.page.evaluate(() => document.querySelectorAll('article').length)).toBe(0);
    expect(await v.page.locator('news-story article p').count()).toBeGreaterThan(3);
    expectUnharmed('shadow-root', v);
    await expectVerdict(v, 'about');
    await park(v.page);
  });

  it('a right-to-left page with bidi controls: analysed as Arabic', async () => {
    const v = await visit(at(AR, 'rtl-article.html'));
    expect(await v.page.evaluate(() => document.dir)).toBe('rtl');
    await expectVerdict(v, 'about');
    const { report } = (await waitForReport(ext.worker, v.tabId)) as unknown as { report: { language: string } };
    expect(report.language).toBe('ar');
    expectUnharmed('rtl', v);
    await park(v.page);
  });

  it('an endlessly mutating page: analysed once, and the page stays responsive', async () => {
    const url = at(EN, 'mutating.html');
    const v = await visit(url);
    await expectVerdict(v, 'about');
    // Keep watching while the page churns: a check that re-ran on mutations would report again.
    await new Promise((r) => setTimeout(r, 2_000));
    const reports = (await probedMessages(ext.worker, v.tabId)).filter((m) => m.url === url);
    // The gate's "candidate", then the extractor's article: once each.
    expect(reports.map((m) => m.type)).toEqual(['candidate', 'article']);
    expectUnharmed('mutating', v);
    await park(v.page);
  });

  it('a single-page site moving between a negative and a positive article with pushState: report and badge follow', async () => {
    const negative = at(EN, 'spa/ransomware');
    const positive = at(EN, 'spa/putin-proposal');
    const v = await visit(negative);
    await expectVerdict(v, 'unrelated');
    const watch = await watchMainThread(v.page, ext.extensionId);
    const reportFor = async (url: string) => {
      await waitForContentReport(ext.worker, v.tabId, url);
      await expect
        .poll(
          async () => {
            const entry = await ext.worker.evaluate(
              async (id) => (await chrome.storage.session.get(`report:${id}`))[`report:${id}`] ?? null,
              v.tabId,
            );
            const e = entry as { url: string; report: { verdict: string; clauses: unknown[] } } | null;
            return e ? `${e.url} ${e.report.verdict}` : 'none';
          },
          { timeout: 10_000 },
        )
        .toBe(`${url} ${url === positive ? 'about' : 'unrelated'}`);
    };
    await v.page.getByRole('link', { name: 'Putin proposal' }).click();
    expect(v.page.url()).toBe(positive);
    await reportFor(positive);
    await expectVerdict(v, 'about');
    await v.page.getByRole('link', { name: 'Ransomware' }).click();
    await reportFor(negative);
    await expectVerdict(v, 'unrelated');
    await new Promise((r) => setTimeout(r, 500));
    expectUnharmed('spa-pushstate', { ...v, main: await watch.stop() });
    await park(v.page);
  });

  it('article text with markup and script-like strings shows as plain text in the side panel and popup', async () => {
    const v = await visit(at(EN, 'xss-article.html'));
    await expectVerdict(v, 'about');
    expectUnharmed('xss', v);
    const panel = await ext.context.newPage();
    await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tabId=${v.tabId}`);
    await panel.locator('[data-verdict="about"]').waitFor();
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${v.tabId}`);
    await popup.locator('[data-status="detected"]').waitFor();
    // The markup arrived as text: the panel quotes it literally, in the title and in the passages.
    await expect.poll(() => panel.locator('.article-title').textContent()).toContain('<img src=x data-xss=title');
    const text = (await panel.locator('main').textContent()) ?? '';
    for (const s of [
      'data-xss=p1 onerror=',
      '<svg data-xss=svg',
      '<iframe data-xss=iframe',
      '</blockquote></li></ul>',
    ]) {
      expect(text).toContain(s);
    }
    for (const [name, p] of [
      ['page', v.page],
      ['side panel', panel],
      ['popup', popup],
    ] as const) {
      const found = await p.evaluate(() => ({
        elements: document.querySelectorAll('[data-xss], img, svg, iframe, script:not([src]), object, embed').length,
        handlers: [...document.querySelectorAll('*')].flatMap((el) =>
          [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName} ${a.name}`),
        ),
        jsLinks: [...document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]')].length,
        fired: (window as unknown as { __xssFired?: unknown }).__xssFired ?? null,
      }));
      expect(found, name).toEqual({ elements: 0, handlers: [], jsLinks: 0, fired: null });
    }
    await park(panel);
    await park(popup);
    await park(v.page);
  });

  // Last: when our script hangs this page, its tab is closed, and a renderer that exits slows the next trace.
  it('a DOM 5,000 levels deep: analysed, and the page keeps answering', async () => {
    // The page alone, on a host where our script does not run: as deep as it says, and the browser copes.
    const alone = await ext.context.newPage();
    await alone.goto(at(UNLISTED, 'deep-dom.html'));
    const [articleDepth, deepest] = await alone.evaluate(() => {
      let above = 0;
      for (let n = document.querySelector('article'); n; n = n.parentElement) above++;
      let below = 0;
      for (let n: Node | null = document.querySelector('article p:last-of-type'); n; n = n.lastChild) below++;
      return [above, above + below];
    });
    expect(articleDepth).toBeGreaterThanOrEqual(2_500);
    expect(deepest).toBeGreaterThanOrEqual(5_000);
    expect(await answers(alone)).toBe(true);
    await park(alone);
    const v = await visit(at(EN, 'deep-dom.html'), { reportTimeoutMs: 8_000 });
    expectUnharmed('deep-dom', v);
    await expectVerdict(v, 'about');
    await park(v.page);
  });

  it('left nothing in the service worker console', async () => {
    // The listener catches what it should: an error logged by the worker shows up (then is set aside).
    await ext.worker.evaluate(() => console.error('worker-console probe'));
    await expect.poll(() => workerErrors.filter((e) => e.includes('worker-console probe')).length).toBe(1);
    workerErrors.splice(
      workerErrors.findIndex((e) => e.includes('worker-console probe')),
      1,
    );
    // Run alone, no hostile page has reached the background yet: send it some, so this test cannot pass idle.
    if (Object.keys(measured).length === 0) {
      for (const name of ['xss-article.html', 'overridden-builtins.html', 'negative-article.html']) {
        const page = await ext.context.newPage();
        await page.goto(at(EN, name));
        await waitForReport(ext.worker, await tabIdOf(ext.worker, page));
        await park(page);
      }
      await new Promise((r) => setTimeout(r, 1_000));
    }
    expect(workerErrors).toEqual([]);
  });
});
