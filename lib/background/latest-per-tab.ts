import type { Reply } from '../messaging/protocol';

/**
 * Keeps only the latest job per tab and runs each tab's jobs at most once per `intervalMs`: a page that asks again
 * and again (every pushState) costs one analysis per interval, and the requests it made meanwhile are answered
 * "superseded". Tabs do not wait for each other.
 */
export class LatestPerTab<J, R> {
  private tabs = new Map<
    number,
    {
      pending: { job: J; resolve: (r: Reply<R>) => void } | null;
      running: boolean;
      lastStart: number;
      timer?: ReturnType<typeof setTimeout>;
    }
  >();

  constructor(
    private run: (tabId: number, job: J) => Promise<Reply<R>>,
    private intervalMs: number,
    private now: () => number = Date.now,
  ) {}

  submit(tabId: number, job: J): Promise<Reply<R>> {
    const tab = this.tab(tabId);
    tab.pending?.resolve({ ok: false, error: 'superseded' });
    return new Promise((resolve) => {
      tab.pending = { job, resolve };
      this.schedule(tabId);
    });
  }

  /** Drops the tab's waiting job (its document is gone or no longer a candidate). */
  cancel(tabId: number, why = 'cancelled'): void {
    const tab = this.tabs.get(tabId);
    tab?.pending?.resolve({ ok: false, error: why });
    if (tab) tab.pending = null;
  }

  private schedule(tabId: number): void {
    const tab = this.tab(tabId);
    if (tab.running || tab.timer !== undefined || !tab.pending) return;
    const delay = Math.max(0, tab.lastStart + this.intervalMs - this.now());
    tab.timer = setTimeout(() => void this.go(tabId), delay);
  }

  private async go(tabId: number): Promise<void> {
    const tab = this.tab(tabId);
    tab.timer = undefined;
    const next = tab.pending;
    if (!next) return;
    tab.pending = null;
    tab.running = true;
    tab.lastStart = this.now();
    try {
      next.resolve(await this.run(tabId, next.job));
    } catch (e) {
      next.resolve({ ok: false, error: e instanceof Error ? e.message : String(e) });
    } finally {
      tab.running = false;
      this.schedule(tabId);
    }
  }

  private tab(tabId: number) {
    let tab = this.tabs.get(tabId);
    if (!tab) this.tabs.set(tabId, (tab = { pending: null, running: false, lastStart: -Infinity }));
    return tab;
  }
}
