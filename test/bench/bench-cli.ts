import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { parseHTML } from 'linkedom';
import { main } from '../../lib/cli/main';
import { extractArticle } from '../../lib/page/extract-article';
import { writeWarc } from '../support/write-warc';
import { median } from './measure';
import type { CorpusText } from './corpus-text';
import { nonCandidatePage, positiveArticlePage } from './synthetic-pages';

export interface CliThroughputRow {
  collection: string;
  workers: number;
  pages: number;
  /** Pages a second through `npm run analyze`, start-up of the run left out. */
  pagesPerSecond: number;
  /** Pages a second of the floor: parsing and Readability alone on every page, one thread. */
  floorPagesPerSecond: number;
  /** Throughput per worker over the floor's (one thread). */
  perCoreRatio: number;
}

export interface CliMemoryRow {
  pages: number;
  maxRssMb: number;
  seconds: number;
}

export interface CliFigures {
  floor: string;
  rows: CliThroughputRow[];
  /**
   * Two workers' throughput over one's on the related articles: the median of `PAIRS` runs of one then two workers,
   * so a change in the machine's speed falls on both sides of each pair.
   */
  twoWorkersOverOne: number;
  /**
   * The same for the floor itself (parsing + Readability in two threads over one, in the same pairs): what this
   * machine gives two threads of such work at that moment, the ceiling of the ratio above.
   */
  floorTwoThreadsOverOne: number;
  memory: CliMemoryRow[];
}

const RELATED_PAGES = 120;
const MIXED_PAGES = 600;
const DISTINCT = 24;

/** A sink for the CLI's output: the benchmark measures the work, not a terminal. */
const sink = () =>
  new Writable({
    write(_chunk, _enc, done) {
      done();
    },
  });

/** Wall time of the CLI in this process over `inputs`, in ms. */
async function cliMs(argv: string[]): Promise<number> {
  const started = performance.now();
  const said: string[] = [];
  const stderr = new Writable({
    write(chunk: Buffer, _enc, done) {
      said.push(chunk.toString());
      done();
    },
  });
  const code = await main(['--no-progress', ...argv], { stdin: process.stdin, stdout: sink(), stderr });
  if (code !== 0) throw new Error(`analyze exited ${code} on ${argv.join(' ')}: ${said.join('').slice(-1000)}`);
  return performance.now() - started;
}

/** Pages a second, start-up subtracted: the time of the whole list less the time of its first page alone. */
async function throughput(files: readonly string[], workers: number): Promise<number> {
  const one = await cliMs(['--workers', String(workers), files[0]!]);
  const all = await cliMs(['--workers', String(workers), ...files]);
  return (files.length - 1) / ((all - one) / 1000);
}

/** Pages a second of the floor's work in `threads` threads at once, thread start-up and warm-up left out. */
async function floorThreadsThroughput(files: readonly string[], threads: number): Promise<number> {
  const distinct = [...new Set(files)];
  const perThread = Math.ceil(files.length / threads);
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL('./floor-thread.mjs', import.meta.url), { workerData: { files: distinct } }),
  );
  const next = (w: Worker) =>
    new Promise<void>((done, fail) => {
      w.once('message', () => done());
      w.once('error', fail);
    });
  try {
    await Promise.all(workers.map(next));
    const started = performance.now();
    await Promise.all(
      workers.map((w) => {
        const done = next(w);
        w.postMessage(perThread);
        return done;
      }),
    );
    return (perThread * threads) / ((performance.now() - started) / 1000);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Pairs of one-then-two runs behind each two-over-one ratio. */
const PAIRS = 3;

/** The floor: linkedom parsing and Readability (the extension's extraction) on every page, one thread, no analysis. */
function floorThroughput(files: readonly string[]): number {
  const started = performance.now();
  for (const f of files) {
    const { document } = parseHTML(readFileSync(f, 'utf8'));
    extractArticle(document as unknown as Document, f);
  }
  return files.length / ((performance.now() - started) / 1000);
}

/** Peak memory of `npm run analyze` over a WARC read `times` times, in its own process. */
function memoryRun(warc: string, times: number, pagesInWarc: number): CliMemoryRow {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      resolve('test/bench/report-max-rss.mjs'),
      resolve('lib/cli/run.ts'),
      '--workers',
      '2',
      '--no-progress',
      ...Array(times).fill(warc),
    ],
    { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
  );
  const kb = Number(/max-rss-kb=(\d+)/.exec(run.stderr)?.[1]);
  if (!kb) throw new Error(`no memory figure from the CLI: ${run.stderr.slice(-500)}`);
  return { pages: times * pagesInWarc, maxRssMb: kb / 1024, seconds: (performance.now() - started) / 1000 };
}

/**
 * `npm run analyze` on collections: related 2,000-word articles, and a mix where nine pages in ten are about
 * something else (which the pre-filter answers without parsing), against parsing + Readability alone on the same
 * pages in the same run; one worker and two; then peak memory over 1,000 and 10,000 WARC records.
 */
export async function benchCli(corpus: CorpusText, progress: (what: string) => void): Promise<CliFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  try {
    const related = Array.from({ length: DISTINCT }, (_, i) => positiveArticlePage(corpus, 2_000, 500 + i).html);
    const unrelated = Array.from({ length: DISTINCT * 9 }, (_, i) => nonCandidatePage(corpus, 12_000, 700 + i).html);
    // Heavier everyday pages (about 110 KB of markup, as news sites serve with comments and teasers).
    const heavy = Array.from({ length: DISTINCT * 9 }, (_, i) => nonCandidatePage(corpus, 60_000, 900 + i).html);
    mkdirSync(join(dir, 'pages'));
    const write = (name: string, html: string) => {
      const path = join(dir, 'pages', name);
      writeFileSync(path, html);
      return path;
    };
    const relatedFiles = related.map((h, i) => write(`related-${i}.html`, h));
    const unrelatedFiles = unrelated.map((h, i) => write(`unrelated-${i}.html`, h));
    const heavyFiles = heavy.map((h, i) => write(`heavy-${i}.html`, h));
    const relatedList = Array.from({ length: RELATED_PAGES }, (_, i) => relatedFiles[i % DISTINCT]!);
    const mixedList = Array.from({ length: MIXED_PAGES }, (_, i) =>
      i % 10 === 0 ? relatedFiles[(i / 10) % DISTINCT]! : unrelatedFiles[i % unrelatedFiles.length]!,
    );

    const rows: CliThroughputRow[] = [];
    const row = async (collection: string, files: string[], workers: number) => {
      progress(`npm run analyze: ${collection}, ${workers} worker${workers > 1 ? 's' : ''}`);
      const floor = floorThroughput(files);
      const rate = await throughput(files, workers);
      rows.push({
        collection,
        workers,
        pages: files.length,
        pagesPerSecond: rate,
        floorPagesPerSecond: floor,
        perCoreRatio: rate / workers / floor,
      });
    };
    await row('related 2,000-word articles', relatedList, 1);
    await row('related 2,000-word articles', relatedList, 2);
    progress(`npm run analyze and the floor: one then two threads, ${PAIRS} times`);
    const cliPairs: number[] = [];
    const floorPairs: number[] = [];
    for (let i = 0; i < PAIRS; i++) {
      cliPairs.push((await throughput(relatedList, 2)) / (await throughput(relatedList, 1)));
      floorPairs.push((await floorThreadsThroughput(relatedList, 2)) / (await floorThreadsThroughput(relatedList, 1)));
    }
    await row('nine in ten about something else (28 KB pages)', mixedList, 1);
    const heavyMix = mixedList.map((f, i) => (i % 10 === 0 ? f : heavyFiles[i % heavyFiles.length]!));
    await row('nine in ten about something else (110 KB pages)', heavyMix, 1);

    progress('npm run analyze: peak memory over 1,000 and 10,000 WARC records');
    const warc = join(dir, 'crawl.warc.gz');
    await writeWarc(
      warc,
      Array.from({ length: 1_000 }, (_, i) => ({
        url: `https://www.example-news.com/${i}`,
        date: '2020-09-26T08:00:00Z',
        body: i % 10 === 0 ? related[(i / 10) % DISTINCT]! : unrelated[i % unrelated.length]!,
      })),
    );
    const memory = [memoryRun(warc, 1, 1_000), memoryRun(warc, 10, 1_000)];
    return {
      floor: 'linkedom parse + Readability on every page, one thread, same run',
      rows,
      twoWorkersOverOne: median(cliPairs),
      floorTwoThreadsOverOne: median(floorPairs),
      memory,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
