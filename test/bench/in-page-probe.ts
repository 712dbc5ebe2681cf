import { Readability } from '@mozilla/readability';
import { analyze } from '../../lib/engine/analyze';
import { articleText } from '../../lib/page/article-text';
import { extractArticle } from '../../lib/page/extract-article';
import { findDateline, findPublishedDate } from '../../lib/page/published-date';
import { elementCount, readingCopy } from '../../lib/page/reading-copy';
import { gate } from '../../lib/page/gate';
import { compare, time, timeEach } from './measure';

/**
 * Bundled (test/bench/in-page-bundle.ts) and evaluated inside a Chromium page: the gate and the extraction measured on
 * Blink's own DOM against the same floors as in Node, to check that the Node figures hold in a browser.
 */
const OPTIONS = { budgetMs: 3_000, minSampleMs: 5 };
/** Extraction allocates enough that garbage collection lands in some samples: more samples keep the medians steady. */
const EXTRACTION_OPTIONS = { budgetMs: 8_000, minSampleMs: 5, minSamples: 21 };

export function gateVsTextContent() {
  const verdict = gate(document);
  // Not interleaved: each read of a large floor leaves megabytes of string garbage that a page cannot collect on
  // demand, and its collection would land in the gate's samples. The gate goes first, on a clean heap.
  const gateTiming = time(() => gate(document), OPTIONS);
  const floorTiming = time(() => document.body.textContent, OPTIONS);
  return {
    candidate: verdict.candidate,
    textChars: document.body.textContent?.length ?? 0,
    gateMs: gateTiming.median,
    floorMs: floorTiming.median,
    ratio: gateTiming.median / floorTiming.median,
  };
}

/**
 * Prototype of a fix: the gate's three metadata lookups as written (document.querySelector, which searches the whole
 * document when a tag is missing) against the same lookups confined to the head.
 */
export function metadataLookups() {
  const selectors = ['description', 'og:title', 'og:description'].map(
    (n) => `meta[name="${n}"], meta[property="${n}"]`,
  );
  const c = compare(
    () => selectors.map((sel) => document.querySelector(sel)),
    () => selectors.map((sel) => document.head.querySelector(sel)),
    OPTIONS,
  );
  return { documentMs: c.subject.median, headMs: c.floor.median };
}

/** Where extraction's time goes on Blink's DOM: the floor's clone, our extraction's steps, and the analysis. */
export interface ExtractionParts {
  /** Counting the page's elements (which copy to read). */
  countMs: number;
  cloneMs: number;
  /** Readability on the native clone (the clone not timed). */
  readabilityOnCloneMs: number;
  readingCopyMs: number;
  /** Readability on the bounded copy (the copy not timed). */
  readabilityMs: number;
  articleTextMs: number;
  /** findPublishedDate, then findDateline where it finds none (as extractArticle does). */
  datesMs: number;
  analyzeMs: number;
}

export function extractionVsReadability() {
  const readability = (doc: Document) =>
    new Readability<Node>(doc, { serializer: (el: Node) => el, charThreshold: 200 }).parse();
  const pipeline = () => {
    const article = extractArticle(document, location.href);
    return article && analyze({ title: article.title, text: article.text, declaredLanguage: article.lang });
  };
  const verdict = pipeline()?.verdict ?? 'none';
  const c = compare(pipeline, () => readability(document.cloneNode(true) as Document), EXTRACTION_OPTIONS);
  const article = extractArticle(document, location.href);
  const content = readability(readingCopy(document))?.content;
  const parts: ExtractionParts = {
    countMs: time(() => elementCount(document), OPTIONS).median,
    cloneMs: time(() => document.cloneNode(true), OPTIONS).median,
    readabilityOnCloneMs: timeEach(() => document.cloneNode(true) as Document, readability, OPTIONS).median,
    readingCopyMs: time(() => readingCopy(document), OPTIONS).median,
    readabilityMs: timeEach(() => readingCopy(document), readability, OPTIONS).median,
    articleTextMs: content ? time(() => articleText(content), OPTIONS).median : Number.NaN,
    datesMs: time(() => findPublishedDate(document, location.href) ?? findDateline(document), OPTIONS).median,
    analyzeMs: article
      ? time(() => analyze({ title: article.title, text: article.text, declaredLanguage: article.lang }), OPTIONS)
          .median
      : Number.NaN,
  };
  return { verdict, totalMs: c.subject.median, floorMs: c.floor.median, ratio: c.ratio, parts };
}
