import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../support/find-chromium';
import { writeWarc } from '../support/write-warc';

const OUT = resolve('test-output/coverage-report');
const SCREENSHOT = resolve('test/demo/screenshots/coverage-report.png');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const corpus = (p: string) => resolve('test/fixtures/corpus', p);

let browser: Browser;
let page: Page;
const requests: string[] = [];

/** A small collection as a fact-checker has one: a folder of saved pages and a web archive of three outlets. */
beforeAll(async () => {
  mkdirSync(join(OUT, 'saved'), { recursive: true });
  for (const f of [
    'en/pos-01-wire-kremlin-reboot.html',
    'ru/pos-01-wire-kremlin-program.html',
    'en/neg-01-solarwinds-breach-wire.html',
  ])
    writeFileSync(join(OUT, 'saved', f.replace('/', '-')), readFileSync(corpus(f)));
  await writeWarc(join(OUT, 'crawl.warc.gz'), [
    {
      url: 'https://www.arabic-daily.example/world/putin-cyber',
      date: '2020-09-26T09:00:00Z',
      body: readFileSync(corpus('ar/pos-05-translation-forum-repost.html')),
    },
    {
      url: 'https://www.arabic-daily.example/opinion/elections',
      date: '2020-09-28T09:00:00Z',
      body: readFileSync(corpus('ar/pos-08-analysis-why-now-elections.html')),
    },
    {
      url: 'https://www.us-wire.example/politics/county',
      date: '2020-10-02T09:00:00Z',
      body: readFileSync(corpus('en/pos-08-mentions-county-election-officials.html')),
    },
    {
      url: 'https://www.us-wire.example/world/state-dept',
      date: '2020-09-26T20:00:00Z',
      body: readFileSync(corpus('en/pos-02-reaction-state-dept.html')),
    },
    {
      url: 'https://www.ru-news.example/politics/1',
      date: '2020-09-25T18:00:00Z',
      body: readFileSync(corpus('ru/pos-02-wire-short-guarantees.html')),
    },
  ]);
  let html: string;
  try {
    html = execFileSync(
      'node',
      ['--import', 'tsx', 'lib/cli/run.ts', '--format', 'html', join(OUT, 'saved'), join(OUT, 'crawl.warc.gz')],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
  } catch (e) {
    throw new Error(`analyze failed: ${(e as { stderr?: string }).stderr ?? e}`, { cause: e });
  }
  writeFileSync(join(OUT, 'coverage.html'), html);
  browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(join(OUT, 'coverage.html')).href);
}, 120_000);

afterAll(async () => browser?.close());

const firstColumn = (p: Page, table: string) =>
  p.$$eval(`${table} tbody th`, (ths) => ths.map((th) => th.firstChild?.textContent ?? ''));

describe('the HTML coverage report in Chromium', () => {
  it('shows the matrix of articles by clause and loads nothing but itself', async () => {
    expect(await page.locator('#by-article tbody tr').count()).toBe(7);
    expect(await page.locator('#by-article .cell-verbatim').count()).toBeGreaterThan(5);
    expect(requests).toEqual([page.url()]);
  });

  it('sorts by a clause column and by title, from the column heading', async () => {
    const before = await firstColumn(page, '#by-article');
    await page.getByRole('button', { name: 'Point 4' }).first().click();
    const tiers = await page.$$eval('#by-article tbody tr', (rows) =>
      rows.map((r) => Number((r.children[6] as HTMLElement).dataset.v)),
    );
    expect(tiers).toEqual([...tiers].sort((a, b) => b - a));
    expect(await page.locator('#by-article thead th[aria-sort="descending"]').count()).toBe(1);
    await page.getByRole('button', { name: 'Article', exact: true }).click();
    const titles = await firstColumn(page, '#by-article');
    expect(titles).toEqual([...before].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
  });

  it('switches to the outlets, one row per host', async () => {
    await page.getByRole('button', { name: 'By outlet' }).click();
    expect(await page.locator('#by-article').isHidden()).toBe(true);
    expect(await firstColumn(page, '#by-outlet')).toEqual(
      expect.arrayContaining(['arabic-daily.example', 'us-wire.example', 'ru-news.example']),
    );
    await page.getByRole('button', { name: 'By article' }).click();
  });

  it('has no accessibility violations (axe-core), and is photographed for the README', async () => {
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run: (d: Document) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      return (await axe.run(document)).violations.map(
        (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    });
    expect(violations).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT });
  });
});
