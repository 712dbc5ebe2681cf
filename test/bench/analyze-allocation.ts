import { getHeapStatistics } from 'node:v8';
import { analyze } from '../../lib/engine/analyze';
import { ANALYZE_WORDS, ANALYZE_TITLE, WORD_PATTERN } from './bench-analyze';
import { loadCorpusText } from './corpus-text';
import { articleParagraphs } from './synthetic-pages';

/**
 * Run by bench-analyze.ts in a Node started with a young generation large enough that no collection happens while it
 * measures: the heap's growth over a few calls, per call, is what each call allocates. Prints JSON: for each article
 * length, KB allocated by analyze() and by the baseline (splitting the text into words once).
 */
const CALLS = 20;
const WARM_UP = 60;

function allocatedKb(fn: () => unknown): number {
  // Warm enough that the optimising compiler has run: unoptimised code allocates what optimised code does not.
  for (let i = 0; i < WARM_UP; i++) fn();
  const kept: unknown[] = [];
  const before = getHeapStatistics().used_heap_size;
  for (let i = 0; i < CALLS; i++) kept.push(fn());
  return (getHeapStatistics().used_heap_size - before) / CALLS / 1024;
}

const corpus = loadCorpusText();
const rows = ANALYZE_WORDS.map((words) => {
  const text = articleParagraphs(corpus.positive, words).join('\n');
  const input = { title: ANALYZE_TITLE, text, declaredLanguage: 'en' };
  return { analyzeKb: allocatedKb(() => analyze(input)), baselineKb: allocatedKb(() => text.match(WORD_PATTERN)) };
});
process.stdout.write(JSON.stringify(rows));
