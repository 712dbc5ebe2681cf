import { execFileSync } from 'node:child_process';
import { analyze } from '../../lib/engine/analyze';
import type { CorpusText } from './corpus-text';
import { compare } from './measure';
import { articleParagraphs, wordCount } from './synthetic-pages';

/**
 * analyze() alone, on article text as extraction hands it over (one line per paragraph), against splitting the same
 * text into words once with the word pattern the tokenizer uses: the least any reading of the text costs.
 */
export interface AnalyzeRow {
  words: number;
  verdict: string;
  clauses: number;
  analyzeMs: number;
  baselineMs: number;
  ratio: number;
  /**
   * analyze() right after the CPU caches are evicted (COLD_READ_MB of memory read, nothing allocated), less the time of
   * that read: what it costs where other work ran just before, as Readability does in a page.
   */
  coldMs: number;
  /** KB allocated per call (garbage a collector must then reclaim), by analyze() and by the baseline. */
  analyzeKb: number;
  baselineKb: number;
}

export interface AnalyzeFigures {
  baseline: 'text.match(/[\\p{L}\\p{M}\\p{N}]+/gu)';
  rows: AnalyzeRow[];
}

export const ANALYZE_WORDS = [500, 2_000, 10_000];
export const WORD_PATTERN = /[\p{L}\p{M}\p{N}]+/gu;
export const ANALYZE_TITLE = "Putin offers Washington a cyber 'reset' with four-point plan";

/** Memory read between calls to evict the CPU caches: larger than any cache of the machines this runs on. */
const COLD_READ_MB = 32;
const coldRead = new Int32Array((COLD_READ_MB * 1024 * 1024) / 4);
/** Reads one value per 64-byte cache line of the buffer. */
function evictCaches(): number {
  let sum = 0;
  for (let i = 0; i < coldRead.length; i += 16) sum += coldRead[i]!;
  return sum;
}

/** Young generation for analyze-allocation.ts, in MB: room for its calls without a collection. */
const SEMI_SPACE_MB = 512;

function allocation(): { analyzeKb: number; baselineKb: number }[] {
  const out = execFileSync(
    process.execPath,
    [
      `--max-semi-space-size=${SEMI_SPACE_MB}`,
      `--min-semi-space-size=${SEMI_SPACE_MB}`,
      '--import',
      'tsx',
      'test/bench/analyze-allocation.ts',
    ],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as { analyzeKb: number; baselineKb: number }[];
}

export function benchAnalyze(corpus: CorpusText): AnalyzeFigures {
  const allocated = allocation();
  const rows = ANALYZE_WORDS.map((target, n) => {
    const text = articleParagraphs(corpus.positive, target).join('\n');
    const input = { title: ANALYZE_TITLE, text, declaredLanguage: 'en' };
    const report = analyze(input);
    const c = compare(
      () => analyze(input),
      () => text.match(WORD_PATTERN),
      { budgetMs: 3_000 },
    );
    const cold = compare(
      () => {
        evictCaches();
        return analyze(input);
      },
      evictCaches,
      { budgetMs: 3_000 },
    );
    return {
      words: wordCount(text),
      verdict: report.verdict,
      clauses: report.clauses.length,
      analyzeMs: c.subject.median,
      baselineMs: c.floor.median,
      ratio: c.ratio,
      coldMs: cold.subject.median - cold.floor.median,
      ...allocated[n]!,
    };
  });
  return { baseline: 'text.match(/[\\p{L}\\p{M}\\p{N}]+/gu)', rows };
}
