import type { CorpusText } from './corpus-text';
import { nonCandidatePage, positiveArticlePage } from './synthetic-pages';

/** The benchmark's documents, the same in Node and in Chromium: named, sized and seeded once here. */
export interface BenchPage {
  /** File name the fixture server serves it under. */
  file: string;
  label: string;
  html: string;
  /** Words of article text the page was built with (positive articles only). */
  words?: number;
}

export const GATE_TEXT_SIZES = [10_000, 100_000, 1_000_000, 5_000_000];
export const ARTICLE_WORDS = [500, 2_000, 10_000];

/**
 * Pages that are not about the proposal, by characters of body text; the largest once more without Open Graph tags,
 * where a metadata lookup that misses searches the whole document unless it is confined to the head.
 */
export function gatePages(corpus: CorpusText): BenchPage[] {
  const largest = GATE_TEXT_SIZES.at(-1)!;
  return [
    ...GATE_TEXT_SIZES.map((size, i) => ({
      file: `not-article-${size}.html`,
      ...nonCandidatePage(corpus, size, 100 + i),
    })),
    { file: `not-article-${largest}-no-og.html`, ...nonCandidatePage(corpus, largest, 109, 'text', false) },
  ];
}

/** Positive articles of growing length in a full news layout. */
export function articlePages(corpus: CorpusText): BenchPage[] {
  return ARTICLE_WORDS.map((words, i) => ({
    file: `article-${words}.html`,
    words,
    ...positiveArticlePage(corpus, words, 200 + i),
  }));
}

/** The large everyday page for the main-thread measurement: 2 MB of markup, not an article. */
export function largeListingPage(corpus: CorpusText): BenchPage {
  return { file: 'listing-2mb.html', ...nonCandidatePage(corpus, 2_000_000, 300, 'markup') };
}
