import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { analyze } from '../../lib/engine/analyze';
import { extractArticle } from '../../lib/page/extract-article';
import type { BenchPage } from './bench-pages';
import { compare, time } from './measure';
import { wordCount } from './synthetic-pages';

/**
 * What a positive article costs end to end (extraction in the content script, analysis in the background) against
 * Readability alone on the same page. linkedom, because it is the DOM the CLI runs this same code on, and because
 * happy-dom copies documents far slower than any browser (Readability changes the document it reads, so both sides
 * copy it). Readability alone is what using it at all takes, as its documentation shows: a clone of the document and a
 * parse, here with the options lib/page/extract-article.ts uses (the result element is kept, not serialized to HTML).
 * Our extraction reads a bounded copy of the page instead of a clone (lib/page/reading-copy.ts), so it can cost less.
 */
export interface ExtractionRow {
  page: string;
  elements: number;
  htmlBytes: number;
  extractedWords: number;
  verdict: string;
  clauses: number;
  /** extractArticle + analyze. */
  totalMs: number;
  /** clone + Readability. */
  floorMs: number;
  ratio: number;
  /** analyze() alone on the extracted text. */
  analyzeMs: number;
}

export interface ExtractionFigures {
  dom: 'linkedom';
  floor: 'document.cloneNode(true) + Readability.parse()';
  rows: ExtractionRow[];
}

export function benchExtraction(pages: readonly BenchPage[]): ExtractionFigures {
  const rows: ExtractionRow[] = [];
  for (const page of pages) {
    const words = page.words ?? 0;
    const doc = parseHTML(page.html).document as unknown as Document;
    const url = 'https://www.example-news.com/world/putin-proposal.html';
    const readability = (clone: Document) =>
      new Readability<Node>(clone, { serializer: (el: Node) => el, charThreshold: 200 }).parse();
    const pipeline = () => {
      const article = extractArticle(doc, url);
      return article && analyze({ title: article.title, text: article.text, declaredLanguage: article.lang });
    };
    const report = pipeline();
    const article = extractArticle(doc, url);
    if (!article || !report || report.verdict === 'unrelated')
      throw new Error(`the ${page.label} page must be extracted and found about the proposal`);
    const extractedWords = wordCount(article.text);
    if (Math.abs(extractedWords - words) > words * 0.2)
      throw new Error(`Readability took ${extractedWords} words from the ${page.label} page: the layout misleads it`);
    // Large allocations make garbage collection land in some samples: more samples keep the medians steady.
    const c = compare(pipeline, () => readability(doc.cloneNode(true) as Document), {
      budgetMs: 8_000,
      minSamples: 21,
    });
    rows.push({
      page: page.label,
      elements: doc.querySelectorAll('*').length,
      htmlBytes: Buffer.byteLength(page.html),
      extractedWords,
      verdict: report.verdict,
      clauses: report.clauses.length,
      totalMs: c.subject.median,
      floorMs: c.floor.median,
      ratio: c.ratio,
      // Where else the time goes is measured on Blink's DOM (bench-in-page.ts): linkedom's copies of a document
      // leave so much garbage that timing them one by one says more about its collector than about our code.
      analyzeMs: time(() => analyze({ title: article.title, text: article.text, declaredLanguage: article.lang }), {
        budgetMs: 3_000,
      }).median,
    });
  }
  return { dom: 'linkedom', floor: 'document.cloneNode(true) + Readability.parse()', rows };
}
