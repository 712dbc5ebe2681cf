import type { BrowserContext, Page } from 'playwright-core';

/**
 * Records a Chromium performance trace (the one DevTools' Performance panel records) around an action, and reads the
 * main thread of one page out of it: how busy it was, and which of that time ran the extension's content script.
 */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread CPU time of a complete event: its duration less the time the thread was not running. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'v8.execute', 'v8'];

export async function recordTrace(
  context: BrowserContext,
  page: Page,
  action: () => Promise<void>,
): Promise<TraceEvent[]> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: CATEGORIES.join(','), transferMode: 'ReportEvents' });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return events;
}

export interface MainThread {
  pid: number;
  tid: number;
  events: TraceEvent[];
}

/** The renderer main thread that parsed `url`. */
export function mainThreadOf(events: readonly TraceEvent[], url: string): MainThread {
  const parse = events.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  if (!parse) throw new Error(`the trace holds no parse of ${url}`);
  return {
    pid: parse.pid,
    tid: parse.tid,
    events: events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X'),
  };
}

export interface Interval {
  start: number;
  end: number;
  /** CPU time the thread spent in it, in the trace's microseconds. */
  cpu: number;
}

/**
 * Milliseconds the thread spent in tasks (each top-level task once, however deep its own events go): wall time, or
 * CPU time, which other programs competing for the machine's cores do not inflate.
 */
export function busyMs(thread: MainThread, clock: 'wall' | 'cpu'): number {
  return totalMs(
    thread.events.filter((e) => e.cat.includes('toplevel') && /RunTask$/.test(e.name)).map(toInterval),
    clock,
  );
}

/**
 * The content script's share of the thread: its evaluation at document_idle, its callbacks (found by the isolated
 * world its script runs in), and the idle callbacks that call into it. Each interval counted once.
 */
export function contentScriptIntervals(
  thread: MainThread,
  scriptUrls: readonly string[],
): { evaluate: Interval[]; callbacks: Interval[] } {
  const ours = (url: unknown) => typeof url === 'string' && scriptUrls.includes(url);
  const evaluate = thread.events
    .filter((e) => e.name === 'EvaluateScript' && ours(e.args?.data?.url))
    .sort((a, b) => a.ts - b.ts);
  const worlds = new Set(
    thread.events.filter((e) => e.name === 'v8.run' && ours(e.args?.fileName)).map((e) => e.args?.worldId),
  );
  const calls = thread.events.filter(
    (e) =>
      (e.name === 'v8.callFunction' && worlds.has(e.args?.worldId)) ||
      (e.name === 'FunctionCall' && ours(e.args?.data?.url)),
  );
  // An idle callback's own bookkeeping (e.g. creating its IdleDeadline) is ours too when it calls our function.
  const idle = thread.events.filter((e) => e.name === 'FireIdleCallback' && calls.some((c) => within(c, e)));
  return { evaluate: evaluate.map(toInterval), callbacks: [...calls, ...idle].map(toInterval) };
}

/**
 * What ran inside `intervals`: the script's compilation (by its URL) and garbage collections. A collection there is
 * not necessarily caused by the script alone: V8 finishes whatever collection is due when the script allocates.
 */
export function partsWithin(
  thread: MainThread,
  intervals: readonly Interval[],
  scriptUrls: readonly string[],
): {
  compile: Interval[];
  gc: Interval[];
} {
  const inside = (e: TraceEvent) => intervals.some((i) => e.ts >= i.start && e.ts + (e.dur ?? 0) <= i.end);
  const compile = thread.events.filter(
    (e) => e.name === 'v8.compile' && scriptUrls.includes(e.args?.data?.url as string) && inside(e),
  );
  const gc = thread.events.filter((e) => (e.name === 'MajorGC' || e.name === 'MinorGC') && inside(e));
  return { compile: compile.map(toInterval), gc: gc.map(toInterval) };
}

/** When the page's main thread received the first extension message after `after` (the reply to sendMessage). */
export function firstExtensionMessageAfter(thread: MainThread, after: number): number | null {
  const msg = thread.events
    .filter(
      (e) =>
        e.ts >= after &&
        e.name === 'Receive mojo message' &&
        JSON.stringify(e.args ?? {}).includes('extensions.mojom.MessagePort'),
    )
    .sort((a, b) => a.ts - b.ts)[0];
  return msg ? msg.ts : null;
}

/** Time covered by `intervals`, each stretch once: an interval inside another adds nothing. */
export function totalMs(intervals: readonly Interval[], clock: 'wall' | 'cpu'): number {
  let total = 0;
  let end = -Infinity;
  for (const i of [...intervals].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (i.end <= end) continue;
    // Trace events nest or follow one another; a partial overlap would be counted in full in CPU time.
    total += clock === 'wall' ? i.end - Math.max(i.start, end) : i.cpu;
    end = i.end;
  }
  return total / 1_000;
}

function toInterval(e: TraceEvent): Interval {
  return { start: e.ts, end: e.ts + (e.dur ?? 0), cpu: e.tdur ?? e.dur ?? 0 };
}

function within(inner: TraceEvent, outer: TraceEvent): boolean {
  return inner.ts >= outer.ts && inner.ts + (inner.dur ?? 0) <= outer.ts + (outer.dur ?? 0);
}
