import { gzipSync } from 'node:zlib';
import type { BenchPage } from './bench-pages';
import type { BenchBrowser } from './chromium-session';
import { recordTrace } from './chromium-trace';
import { inPageBundle } from './in-page-bundle';
import { median } from './measure';

/**
 * Prototype of a fix: what evaluating the content script costs every page, with extraction (Readability) bundled in
 * as today, against a script that only gates and would load extraction for candidates. Both bundles are built here
 * from lib/page and evaluated in the same page, alternately; Blink's EvaluateScript time is read from a trace.
 */
export interface EvaluationRow {
  script: string;
  gzipBytes: number;
  evaluateMs: number;
}

export async function benchEvaluation(browser: BenchBrowser, page: BenchPage, runs: number): Promise<EvaluationRow[]> {
  const variants = [
    { script: 'gate only', code: await inPageBundle('probe-gate-only.ts') },
    { script: 'gate + extraction (Readability)', code: await inPageBundle('probe-gate-and-extraction.ts') },
  ];
  const samples = variants.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (const [v, variant] of variants.entries()) {
      const tab = await browser.ext.context.newPage();
      try {
        const url = browser.unlisted(page.file);
        await tab.goto(url, { waitUntil: 'load' });
        const events = await recordTrace(browser.ext.context, tab, async () => {
          await tab.addScriptTag({ content: variant.code });
        });
        // The inline script Playwright adds has no URL of its own; Playwright's own evaluations carry no data at all.
        const evaluate = events.filter((e) => e.name === 'EvaluateScript' && e.args?.data?.url === '');
        if (evaluate.length !== 1) throw new Error(`expected one script evaluation, found ${evaluate.length}`);
        samples[v]!.push((evaluate[0]!.dur ?? 0) / 1_000);
      } finally {
        await tab.close();
      }
    }
  }
  return variants.map((variant, v) => ({
    script: variant.script,
    gzipBytes: gzipSync(variant.code, { level: 9 }).length,
    evaluateMs: median(samples[v]!),
  }));
}
