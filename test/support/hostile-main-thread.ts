import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** Where the page-side observer keeps its long tasks: [startTime, duration] pairs on the page's clock, in ms. */
const LONG_TASKS_KEY = '__sourceCheckTestLongTasks';

/** A task longer than this is a long task (https://w3c.github.io/longtasks/); the observer reports only those. */
export const LONG_TASK_MS = 50;

// A string, not a function: test-runner transforms can add helpers to a function's source that do not exist in the
// page. It only indexes arrays, so a page that breaks Array.prototype after it runs does not break it.
const OBSERVER = `(() => {
  if (typeof PerformanceObserver !== 'function' || window.${LONG_TASKS_KEY}) return;
  const tasks = [];
  Object.defineProperty(window, '${LONG_TASKS_KEY}', { value: tasks });
  new PerformanceObserver((list) => {
    const entries = list.getEntries();
    for (let i = 0; i < entries.length; i++) tasks[tasks.length] = [entries[i].startTime, entries[i].duration];
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** Installs the long-task observer in every document of the context, before any of the page's own scripts. */
export async function observeLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(OBSERVER);
}

export interface MainThreadReport {
  /** The longest main-thread task in which our content script ran, in ms of wall time (0 if it never ran). */
  worstOurs: number;
  /**
   * The same task's time on the CPU, in ms: wall time minus the time the thread was descheduled. On a shared,
   * busy machine wall time also counts other processes' turns; this is what the task itself cost.
   */
  worstOursCpu: number;
  /** All the time our content script's calls took on the page's main thread, in ms. */
  totalOurs: number;
  /** Long tasks the page's own observer reported, in ms, and how many of them were ours. */
  observed: { duration: number; ours: boolean }[];
  /** The page's worst long task as its observer saw it, whoever caused it. */
  worstPage: number;
  /** Uncaught exceptions and console errors from our content script's isolated world. */
  scriptErrors: string[];
}

export interface MainThreadWatch {
  /** Errors from our content script so far (the same list the report ends with). */
  scriptErrors: readonly string[];
  stop: () => Promise<MainThreadReport>;
}

// toplevel: every task the renderer runs; devtools.timeline: script evaluations and calls, with the script's URL;
// blink.user_timing: the navigation marks that put the page's own clock on the trace's.
const CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing'];

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time stamp and duration. */
  tts?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: { frame?: string; data?: { url?: string; frame?: string } };
}

interface Span {
  pid: number;
  tid: number;
  start: number;
  end: number;
  cpu: number;
}

/**
 * Watches a tab's main thread until stop(): a browser trace (what the Performance panel records) gives every task
 * the renderer ran and, inside them, each script evaluation and call with its script's URL, so a task is ours when
 * one of our content script's calls (chrome-extension://ID/...) ran in it. The page's own long-task observer is read
 * too and its entries matched to those tasks, as the page itself would see us. One watch at a time per browser.
 */
export async function watchMainThread(page: Page, extensionId: string): Promise<MainThreadWatch> {
  const browser = page.context().browser();
  if (!browser) throw new Error('No browser to trace');
  const session = await page.context().newCDPSession(page);
  const origin = `chrome-extension://${extensionId}`;
  const ourWorlds = new Set<number>();
  const scriptErrors: string[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin === origin) ourWorlds.add(context.id);
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }) => {
    const ours =
      ourWorlds.has(d.executionContextId ?? -1) ||
      d.url?.startsWith(origin) ||
      (d.stackTrace?.callFrames ?? []).some((f) => f.url.startsWith(origin));
    if (ours) scriptErrors.push(`${d.text} ${d.exception?.description ?? ''}`.trim());
  });
  session.on('Runtime.consoleAPICalled', (e) => {
    if (ourWorlds.has(e.executionContextId) && (e.type === 'error' || e.type === 'assert'))
      scriptErrors.push(`console.${e.type}: ${e.args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
  });
  await session.send('Runtime.enable');
  await browser.startTracing(undefined, { categories: CATEGORIES });

  return {
    scriptErrors,
    stop: async () => {
      const events = (JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
        .traceEvents;
      // A page whose main thread is stuck would never answer: read it with a deadline.
      const observedTasks = (await evaluate<[number, number][]>(session, `window.${LONG_TASKS_KEY} || []`)) ?? [];
      const loadEventStart = await evaluate<number>(
        session,
        `(() => { const n = performance.getEntriesByType('navigation')[0]; return n ? n.loadEventStart : 0; })()`,
      );
      const mainFrame = await withDeadline(
        session.send('Page.getFrameTree').then((t) => t.frameTree.frame.id),
        '',
      );
      await session.detach().catch(() => undefined);

      const calls = events.filter(
        (e) =>
          (e.name === 'EvaluateScript' || e.name === 'FunctionCall') &&
          e.ph === 'X' &&
          (e.args?.data?.url ?? '').startsWith(`${origin}/`),
      );
      const tasks = taskSpans(events);
      const ours = new Map<Span, number>();
      for (const call of calls) {
        const span = { pid: call.pid, tid: call.tid, start: call.ts, end: call.ts + (call.dur ?? 0), cpu: cpuOf(call) };
        const task = outermost(tasks, span) ?? span;
        ours.set(task, (ours.get(task) ?? 0) + (call.dur ?? 0));
      }
      // The page's clock starts at its time origin; its load-event mark is on both clocks.
      const mark = events.filter(
        (e) => e.name === 'loadEventStart' && (e.args?.frame ?? e.args?.data?.frame) === mainFrame,
      );
      const zero = mark.length > 0 && loadEventStart ? mark[mark.length - 1]!.ts - loadEventStart * 1e3 : null;
      const observed = observedTasks.map(([start, duration]) => {
        const from = zero === null ? NaN : zero + start * 1e3;
        const to = from + duration * 1e3;
        const overlap = Math.max(0, ...[...ours.keys()].map((t) => Math.min(t.end, to) - Math.max(t.start, from)));
        // Ours when one of our tasks fills a good part of it; a sliver at the edge is clock mismatch.
        return { duration, ours: overlap >= Math.min(10, duration / 2) * 1e3 };
      });
      const worst = [...ours.keys()].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
      return {
        worstOurs: worst ? (worst.end - worst.start) / 1e3 : 0,
        worstOursCpu: Math.max(0, ...[...ours.keys()].map((t) => t.cpu / 1e3)),
        totalOurs: [...ours.values()].reduce((a, b) => a + b, 0) / 1e3,
        observed,
        worstPage: Math.max(0, ...observedTasks.map(([, d]) => d)),
        scriptErrors,
      };
    },
  };
}

async function evaluate<T>(session: CDPSession, expression: string): Promise<T | undefined> {
  // Evaluated through the protocol and returned by value: nothing of the page's (possibly broken) JSON is used.
  const value = session
    .send('Runtime.evaluate', { expression, returnByValue: true })
    .then(({ result }) => result.value as T | undefined);
  return withDeadline(value, undefined);
}

async function withDeadline<T>(promise: Promise<T>, fallback: T, ms = 2_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([promise.catch(() => fallback), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Every top-level task in the trace, whether recorded as one complete event or as a begin/end pair. */
function taskSpans(events: TraceEvent[]): Span[] {
  const spans: Span[] = [];
  const open = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (!e.name.endsWith('RunTask')) continue;
    if (e.ph === 'X') spans.push({ pid: e.pid, tid: e.tid, start: e.ts, end: e.ts + (e.dur ?? 0), cpu: cpuOf(e) });
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'B') open.set(key, [...(open.get(key) ?? []), e]);
    if (e.ph === 'E') {
      const begin = open.get(key)?.pop();
      if (begin)
        spans.push({ pid: e.pid, tid: e.tid, start: begin.ts, end: e.ts, cpu: (e.tts ?? 0) - (begin.tts ?? 0) });
    }
  }
  return spans;
}

/** A complete event's thread time, or its wall time where the trace has no thread clock (never less than it is). */
function cpuOf(e: TraceEvent): number {
  return e.tdur ?? e.dur ?? 0;
}

function outermost(tasks: Span[], inner: Span): Span | undefined {
  let best: Span | undefined;
  for (const t of tasks) {
    if (t.pid !== inner.pid || t.tid !== inner.tid || t.start > inner.start || t.end < inner.end) continue;
    if (!best || t.end - t.start > best.end - best.start) best = t;
  }
  return best;
}
