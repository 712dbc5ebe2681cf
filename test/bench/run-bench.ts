import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { findChromium } from '../support/find-chromium';
import { benchAnalyze } from './bench-analyze';
import { bundleSizes } from './bench-bundle';
import { benchCli } from './bench-cli';
import { benchEvaluation } from './bench-evaluation';
import { benchExtraction } from './bench-extraction';
import { benchGate } from './bench-gate';
import { benchInPage } from './bench-in-page';
import { benchMainThread } from './bench-main-thread';
import { articlePages, gatePages, largeListingPage } from './bench-pages';
import type { BenchResult } from './bench-result';
import { benchStartup } from './bench-startup';
import { ensureProductionBuild, openBenchBrowser } from './chromium-session';
import { loadCorpusText } from './corpus-text';
import { printReport } from './print-report';

/**
 * `npm run bench [-- --json] [-- --node-only] [-- --no-cli] [-- --extraction-only] [-- --cli-only] [-- --runs=7]`:
 * what the extension costs on the pages it runs on. Node figures (gate, extraction + analysis, analysis alone), then
 * real Chromium with the production build (the same measurements on Blink's DOM, the content script's main-thread
 * time, start-up to the badge). `--extraction-only` measures extraction + analysis alone, in Node and on Blink's DOM;
 * `--cli-only` only `npm run analyze` on collections (each a few minutes instead of a quarter of an hour). Every figure
 * is a median and comes with a floor measured in the same run. Progress goes to stderr; stdout holds only the report.
 */
const args = process.argv.slice(2);
const json = args.includes('--json');
const nodeOnly = args.includes('--node-only');
const extractionOnly = args.includes('--extraction-only');
/** Only `npm run analyze` on collections: its ratios and memory, a few minutes instead of the whole benchmark. */
const cliOnly = args.includes('--cli-only');
const noCli = extractionOnly || args.includes('--no-cli');
if (noCli && cliOnly) throw new Error('--cli-only excludes --no-cli and --extraction-only');
/** Page loads per Chromium figure. */
const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 7);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs= takes a whole number of page loads');

const progress = (what: string) => process.stderr.write(`… ${what}\n`);
const loadBefore = loadavg()[0] ?? 0;

const corpus = loadCorpusText();
const gateDocs = gatePages(corpus);
const articleDocs = articlePages(corpus);

let analyze: BenchResult['analyze'] = null;
let gate: BenchResult['gate'] = null;
let extraction: BenchResult['extraction'] = null;
if (!cliOnly) {
  if (!extractionOnly) {
    progress('analyze() alone');
    analyze = benchAnalyze(corpus);
    progress('the gate on pages that are not about the proposal (happy-dom)');
    gate = await benchGate(gateDocs);
  }
  progress('extraction + analysis on positive articles (linkedom)');
  extraction = benchExtraction(articleDocs);
}
const cli = noCli ? null : await benchCli(corpus, progress);

let chromium: BenchResult['chromium'] = null;
let chromiumVersion: string | null = null;
if (!nodeOnly && !cliOnly) {
  const build = ensureProductionBuild();
  // Debian's chromium wrapper script complains on stderr when asked only for its version: keep that out.
  chromiumVersion = execFileSync(findChromium(), ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  const listing = largeListingPage(corpus);
  const article = articleDocs[1]!;
  const browser = await openBenchBrowser(
    Object.fromEntries(
      (extractionOnly ? articleDocs : [...gateDocs, ...articleDocs, listing]).map((p) => [p.file, p.html]),
    ),
  );
  try {
    progress(`${extractionOnly ? '' : 'the gate and '}extraction on Blink's DOM (${chromiumVersion})`);
    const inPage = await benchInPage(browser, extractionOnly ? [] : gateDocs, articleDocs);
    if (extractionOnly) chromium = { build, bundle: [], inPage, evaluation: [], mainThread: [], startup: [] };
    else {
      progress('evaluating the content script with and without extraction bundled in (prototype of a fix)');
      const evaluation = await benchEvaluation(browser, gateDocs[0]!, runs);
      progress(`content-script main-thread time (${runs} loads each, with and without)`);
      const mainThread = await benchMainThread(browser, [listing, article], runs);
      progress(`start-up to the badge, cold and warm service worker (${runs} loads each)`);
      const startup = await benchStartup(browser, article.file, runs);
      chromium = { build, bundle: bundleSizes(), inPage, evaluation, mainThread, startup };
    }
  } finally {
    await browser.close();
  }
}

const result: BenchResult = {
  machine: {
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    chromium: chromiumVersion,
    date: new Date().toISOString(),
    loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
  },
  gate,
  extraction,
  analyze,
  cli,
  chromium,
};
if (json) console.log(JSON.stringify(result));
else printReport(result);
