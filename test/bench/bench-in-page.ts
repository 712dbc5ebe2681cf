import { GATE_SLICE } from '../../lib/page/gate';
import { growthBeyond } from './bench-gate';
import type { BenchPage } from './bench-pages';
import type { BenchBrowser } from './chromium-session';
import { PROBE_GLOBAL, inPageBundle } from './in-page-bundle';
import type { ExtractionParts, extractionVsReadability, gateVsTextContent, metadataLookups } from './in-page-probe';

/**
 * The Node measurements of the gate and of extraction + analysis, repeated on Blink's DOM in the same documents:
 * loaded on an unlisted host (so the extension's own script stays out), with the code under test bundled into the page.
 */
export interface InPageGateRow {
  page: string;
  textChars: number;
  /** The gate's metadata lookups alone, as written and confined to the head (a proposed fix). */
  metadataMs: { document: number; head: number };
  gateMs: number;
  floorMs: number;
  ratio: number;
}

export interface InPageExtractionRow {
  page: string;
  verdict: string;
  totalMs: number;
  floorMs: number;
  ratio: number;
  parts: ExtractionParts;
}

export interface InPageFigures {
  gate: InPageGateRow[];
  /** As in Node: the slowest gate past the slice over the gate on the first page past it. */
  gateGrowthBeyondSlice: number;
  extraction: InPageExtractionRow[];
}

type Probe = {
  gateVsTextContent: typeof gateVsTextContent;
  metadataLookups: typeof metadataLookups;
  extractionVsReadability: typeof extractionVsReadability;
};

export async function benchInPage(
  browser: BenchBrowser,
  gatePages: readonly BenchPage[],
  articlePages: readonly BenchPage[],
): Promise<InPageFigures> {
  const probe = await inPageBundle();
  const run = async <M extends keyof Probe>(page: BenchPage, method: M): Promise<ReturnType<Probe[M]>> => {
    const tab = await browser.ext.context.newPage();
    try {
      await tab.goto(browser.unlisted(page.file), { waitUntil: 'load' });
      await tab.addScriptTag({ content: probe });
      return (await tab.evaluate(
        ([global, name]) => (window as unknown as Record<string, Record<string, () => unknown>>)[global]![name]!(),
        [PROBE_GLOBAL, method] as const,
      )) as ReturnType<Probe[M]>;
    } finally {
      await tab.close();
    }
  };
  const gate: InPageGateRow[] = [];
  for (const page of gatePages) {
    const r = await run(page, 'gateVsTextContent');
    const meta = await run(page, 'metadataLookups');
    if (r.candidate) throw new Error(`the ${page.label} page must not be a candidate`);
    gate.push({
      page: page.label,
      textChars: r.textChars,
      metadataMs: { document: meta.documentMs, head: meta.headMs },
      gateMs: r.gateMs,
      floorMs: r.floorMs,
      ratio: r.ratio,
    });
  }
  const extraction: InPageExtractionRow[] = [];
  for (const page of articlePages) {
    const r = await run(page, 'extractionVsReadability');
    extraction.push({ page: page.label, ...r });
  }
  const growth = growthBeyond(gate.filter((g) => g.textChars > GATE_SLICE));
  return { gate, gateGrowthBeyondSlice: growth, extraction };
}
