import type { BenchPage } from './bench-pages';
import type { BenchBrowser } from './chromium-session';
import {
  busyMs,
  contentScriptIntervals,
  mainThreadOf,
  partsWithin,
  recordTrace,
  totalMs,
  type TraceEvent,
} from './chromium-trace';
import { median } from './measure';

/**
 * The content script's main-thread time in real Chromium, from a performance trace of each page load: on a large
 * page that is not an article (the gate turns it away) and on a positive article (gate, Readability, message). The
 * floor is the same page's own main-thread work when it is loaded where the extension does not run. Each figure in
 * thread CPU time (what the work cost) and in wall time (which, on a busy machine, also holds time the thread waited
 * for a core).
 */
export interface MainThreadFigures {
  /** Page main thread, from navigation to 1.5 s after load, with the content script running. */
  withExtensionMs: number;
  /** The same, on an unlisted host: the extension does nothing there. */
  withoutExtensionMs: number;
  ratio: number;
  /** Time attributed to the content script: evaluating it at document_idle, then its callbacks (the check). */
  contentScriptMs: number;
  evaluateMs: number;
  /** Of the evaluation: compiling the script, and garbage collection that V8 finished while it ran. */
  evaluateCompileMs: number;
  evaluateGcMs: number;
  callbacksMs: number;
  /** contentScriptMs / withoutExtensionMs. */
  shareOfPage: number;
}

export interface MainThreadRow {
  page: string;
  htmlBytes: number;
  runs: number;
  cpu: MainThreadFigures;
  wall: MainThreadFigures;
  /** The floor: reading `document.body.textContent` once in the same page (wall time, median of the runs). */
  textContentMs: number;
  /** cpu.contentScriptMs / textContentMs. */
  ratioToTextContent: number;
}

/** After load, how long to keep recording: the check runs in an idle callback (timeout 2 s), normally at once. */
const SETTLE_MS = 1_500;

interface Sample {
  page: number;
  script: number;
  evaluate: number;
  compile: number;
  gc: number;
  callbacks: number;
}

export async function benchMainThread(
  browser: BenchBrowser,
  pages: BenchPage[],
  runs: number,
): Promise<MainThreadRow[]> {
  const rows: MainThreadRow[] = [];
  for (const page of pages) {
    const textContent: number[] = [];
    const samples = {
      cpu: { with: [] as Sample[], without: [] as Sample[] },
      wall: { with: [] as Sample[], without: [] as Sample[] },
    };
    // One untimed load of each first, so both start from the same disk and code caches.
    for (let i = -1; i < runs; i++) {
      for (const listed of i % 2 === 0 ? [true, false] : [false, true]) {
        const url = listed ? browser.listed(page.file) : browser.unlisted(page.file);
        const loaded = await load(browser, url);
        if (listed && i >= 0) textContent.push(loaded.textContentMs);
        const thread = mainThreadOf(loaded.events, url);
        const own = contentScriptIntervals(thread, browser.scriptUrls);
        if (listed && (own.evaluate.length === 0 || own.callbacks.length === 0))
          throw new Error(`the content script did not run its check on ${url}`);
        if (!listed && own.evaluate.length > 0) throw new Error(`the content script ran on the unlisted ${url}`);
        if (i < 0) continue;
        const parts = partsWithin(thread, own.evaluate, browser.scriptUrls);
        for (const clock of ['cpu', 'wall'] as const) {
          samples[clock][listed ? 'with' : 'without'].push({
            page: busyMs(thread, clock),
            script: totalMs([...own.evaluate, ...own.callbacks], clock),
            evaluate: totalMs(own.evaluate, clock),
            compile: totalMs(parts.compile, clock),
            gc: totalMs(parts.gc, clock),
            callbacks: totalMs(own.callbacks, clock),
          });
        }
      }
    }
    const figures = (clock: 'cpu' | 'wall'): MainThreadFigures => {
      const m = (list: Sample[], key: keyof Sample) => median(list.map((s) => s[key]));
      const { with: w, without: wo } = samples[clock];
      return {
        withExtensionMs: m(w, 'page'),
        withoutExtensionMs: m(wo, 'page'),
        ratio: m(w, 'page') / m(wo, 'page'),
        contentScriptMs: m(w, 'script'),
        evaluateMs: m(w, 'evaluate'),
        evaluateCompileMs: m(w, 'compile'),
        evaluateGcMs: m(w, 'gc'),
        callbacksMs: m(w, 'callbacks'),
        shareOfPage: m(w, 'script') / m(wo, 'page'),
      };
    };
    rows.push({
      page: page.label,
      htmlBytes: Buffer.byteLength(page.html),
      runs,
      cpu: figures('cpu'),
      wall: figures('wall'),
      textContentMs: median(textContent),
      ratioToTextContent: figures('cpu').contentScriptMs / median(textContent),
    });
  }
  return rows;
}

async function load(browser: BenchBrowser, url: string): Promise<{ events: TraceEvent[]; textContentMs: number }> {
  const tab = await browser.ext.context.newPage();
  try {
    const events = await recordTrace(browser.ext.context, tab, async () => {
      await tab.goto(url, { waitUntil: 'load' });
      await tab.waitForTimeout(SETTLE_MS);
    });
    // After the trace: the least any script pays to read the page's text, once, in this same document.
    const textContentMs = await tab.evaluate(() => {
      const start = performance.now();
      const length = document.body.textContent?.length ?? 0;
      return performance.now() - start + (length < 0 ? 1 : 0);
    });
    return { events, textContentMs };
  } finally {
    await tab.close();
  }
}
