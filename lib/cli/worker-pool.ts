import { Worker } from 'node:worker_threads';
import type { PageReport } from '../report/page-report';
import type { PageJob } from './analyze-page';
import { failed } from './analyze-html';

/** Longest time one page may take before its worker is stopped and the page reported as an error. */
export const PAGE_TIME_LIMIT_MS = 30_000;
/** Heap of one worker: a page that needs more fails alone instead of taking the run down. */
const WORKER_HEAP_MB = 1_024;

interface Task {
  id: number;
  job: PageJob;
  resolve: (report: PageReport) => void;
}

interface Slot {
  worker: Worker;
  task?: Task;
  timer?: NodeJS.Timeout;
}

/**
 * A fixed number of worker threads analysing pages in parallel. Each worker takes one page at a time; a page
 * that runs past the time limit, or crashes its worker (out of memory), gets an error report and a fresh worker
 * takes its place, so one hostile page can neither hang nor end the run.
 */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 0;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly timeLimitMs = PAGE_TIME_LIMIT_MS,
  ) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: this.spawn() });
  }

  run(job: PageJob): Promise<PageReport> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, job, resolve });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./analyze-worker-start.mjs', import.meta.url), {
      // The worker loads TypeScript itself; flags such as --import of the parent are not for it.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    worker.on('message', (message: { id: number; report: PageReport }) => {
      const slot = this.slots.find((s) => s.worker === worker);
      if (!slot?.task || slot.task.id !== message.id) return;
      this.finish(slot, message.report);
    });
    worker.on('error', (e) => {
      const slot = this.slots.find((s) => s.worker === worker);
      if (slot) this.replace(slot, `analysis failed: ${e.message}`);
    });
    worker.on('exit', () => {
      const slot = this.slots.find((s) => s.worker === worker);
      if (slot && !this.closed) this.replace(slot, 'analysis failed: the worker stopped');
    });
    return worker;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.task || this.queue.length === 0) continue;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(
        () => this.replace(slot, `analysis took longer than ${duration(this.timeLimitMs)}`),
        this.timeLimitMs,
      );
      slot.worker.postMessage({ id: task.id, job: task.job });
    }
  }

  private finish(slot: Slot, report: PageReport): void {
    clearTimeout(slot.timer);
    const task = slot.task!;
    slot.task = undefined;
    task.resolve(report);
    this.dispatch();
  }

  /** Stops a worker that failed or ran out of time, reports its page as an error, and starts another. */
  private replace(slot: Slot, error: string): void {
    const old = slot.worker;
    slot.worker = this.spawn();
    void old.terminate();
    if (slot.task) {
      const { job } = slot.task;
      this.finish(slot, { ...failed(job.file, error), ...(job.url ? { url: job.url } : {}) });
    } else this.dispatch();
  }
}

function duration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`;
}
