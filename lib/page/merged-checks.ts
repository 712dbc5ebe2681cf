/**
 * Runs a check in the page's idle time, one at a time: a request while one waits is merged into it, a request while
 * one runs queues exactly one more, and checks start at least `minGapMs` apart. However often a page changes its
 * address, it gets one check per gap, not a queue of them.
 */
export interface MergedChecks<O> {
  request: (opts?: O) => void;
}

export function mergedChecks<O extends object>(
  run: (opts: O) => Promise<void>,
  signal: AbortSignal,
  {
    minGapMs = 1_000,
    merge = (a: O, b: O) => ({ ...a, ...b }) as O,
  }: { minGapMs?: number; merge?: (a: O, b: O) => O } = {},
): MergedChecks<O> {
  let next: O | null = null; // options of the check waiting to start
  let running = false;
  let waiting = false;
  let lastStart = -Infinity;

  const start = () => {
    waiting = true;
    const delay = Math.max(0, lastStart + minGapMs - performance.now());
    const timer = setTimeout(() => idle(go, signal), delay);
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  };
  const go = async () => {
    waiting = false;
    if (signal.aborted || next === null) return;
    const opts = next;
    next = null;
    running = true;
    lastStart = performance.now();
    try {
      await run(opts);
    } catch {
      // A hostile page (patched built-ins, odd markup): stay quiet, never break the page.
    } finally {
      running = false;
      if (next !== null && !signal.aborted) start();
    }
  };
  return {
    request: (opts = {} as O) => {
      if (signal.aborted) return;
      next = next === null ? opts : merge(next, opts);
      if (!running && !waiting) start();
    },
  };
}

/** In an idle period (so the page's own work comes first), at the latest after two seconds. */
export function idle(run: () => void, signal: AbortSignal): void {
  if (typeof requestIdleCallback !== 'function') {
    const t = setTimeout(run, 0);
    signal.addEventListener('abort', () => clearTimeout(t), { once: true });
    return;
  }
  const id = requestIdleCallback(() => run(), { timeout: 2_000 });
  signal.addEventListener('abort', () => cancelIdleCallback(id), { once: true });
}
