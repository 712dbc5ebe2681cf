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
}

export interface AnalyzeFigures {
  baseline: 'text.match(/[\\p{L}\\p{M}\\p{N}]+/gu)';
  rows: AnalyzeRow[];
}

export const ANALYZE_WORDS = [500, 2_000, 10_000];
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const TITLE = "Putin offers Washington a cyber 'reset' with four-point plan";

export function benchAnalyze(corpus: CorpusText): AnalyzeFigures {
  const rows = ANALYZE_WORDS.map((target) => {
    const text = articleParagraphs(corpus.positive, target).join('\n');
    const input = { title: TITLE, text, declaredLanguage: 'en' };
    const report = analyze(input);
    const c = compare(
      () => analyze(input),
      () => text.match(WORD),
      { budgetMs: 3_000 },
    );
    return {
      words: wordCount(text),
      verdict: report.verdict,
      clauses: report.clauses.length,
      analyzeMs: c.subject.median,
      baselineMs: c.floor.median,
      ratio: c.ratio,
    };
  });
  return { baseline: 'text.match(/[\\p{L}\\p{M}\\p{N}]+/gu)', rows };
}
