import { createReadStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import type { PageReport } from '../report/page-report';
import { parseCliArgs, USAGE, type CliOptions } from './args';
import { pagesOf, linesOf } from './list-inputs';
import { formatWriter } from './output-formats';
import { emptyCounts, progressLine, summaryLine, type RunCounts } from './progress';
import { readJsonl } from './read-jsonl';
import { WorkerPool } from './worker-pool';

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean; columns?: number };
}

/**
 * `npm run analyze`: reads pages from files, folders, WARC files and standard input, analyses them on a pool of
 * worker threads, and writes one format to stdout in input order. Exit status: 0 when every page was analysed,
 * 1 when some could not be, 2 for a usage error.
 */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.kind === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.kind === 'usage-error') {
    io.stderr.write(`${args.message}\n\n${USAGE}\n`);
    return 2;
  }
  return run(args.options, io);
}

async function run(options: CliOptions, io: CliIo): Promise<number> {
  const writer = formatWriter(options.format);
  const counts = emptyCounts();
  const started = Date.now();
  const showProgress = options.progress ?? !!io.stderr.isTTY;
  let lastDraw = 0;
  const draw = (final = false) => {
    if (!showProgress) return;
    const now = Date.now();
    if (!final && now - lastDraw < 100) return;
    lastDraw = now;
    io.stderr.write(`\r\u001b[2K${progressLine(counts, now - started, io.stderr.columns ?? 80)}`);
  };
  const emit = async (report: PageReport) => {
    count(counts, report);
    if (report.error) {
      if (showProgress) io.stderr.write('\r\u001b[2K');
      io.stderr.write(`${report.url ?? report.file}: ${report.error}\n`);
    }
    await write(io.stdout, writer.page(report));
    draw();
  };
  await write(io.stdout, writer.start());
  if (options.fromJsonl !== undefined) {
    const stream = options.fromJsonl === '-' ? io.stdin : createReadStream(options.fromJsonl);
    try {
      for await (const report of readJsonl(stream, options.fromJsonl)) await emit(report);
    } catch (e) {
      io.stderr.write(`${options.fromJsonl}: cannot read: ${(e as Error).message}\n`);
      counts.errors++;
    }
  } else {
    const pool = new WorkerPool(options.workers);
    try {
      const window: Promise<PageReport>[] = [];
      for await (const job of pagesOf(inputsOf(options, io.stdin), io.stdin)) {
        window.push(pool.run({ ...job, prefilter: options.prefilter }));
        // A bounded window keeps memory flat however long the run, and the output in input order.
        if (window.length >= options.workers * 4) await emit(await window.shift()!);
      }
      while (window.length > 0) await emit(await window.shift()!);
    } finally {
      await pool.close();
    }
  }
  await write(io.stdout, writer.end());
  draw(true);
  if (showProgress) io.stderr.write('\n');
  io.stderr.write(`${summaryLine(counts, Date.now() - started)}\n`);
  return counts.errors > 0 ? 1 : 0;
}

async function* inputsOf(options: CliOptions, stdin: Readable): AsyncGenerator<string> {
  yield* options.inputs;
  if (options.inputsFrom !== undefined)
    yield* linesOf(options.inputsFrom === '-' ? stdin : createReadStream(options.inputsFrom));
}

function count(counts: RunCounts, report: PageReport): void {
  counts.done++;
  if (report.error) counts.errors++;
  else counts[report.verdict]++;
  if (report.prefiltered) counts.prefiltered++;
}

/** Writes and waits when the reader is slower (a pipe into `head`, a slow disk), so output never piles up. */
function write(stream: Writable, text: string): Promise<void> {
  if (text === '') return Promise.resolve();
  return new Promise((resolve, reject) => {
    if (stream.write(text)) resolve();
    else {
      stream.once('drain', resolve);
      stream.once('error', reject);
    }
  });
}
