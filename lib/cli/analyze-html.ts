import { parseHTML } from 'linkedom';
import { analyze } from '../engine/analyze';
import type { Report } from '../engine/report';
import { extractArticle } from '../page/extract-article';
import { findPublishedDate } from '../page/published-date';

/** One line of `npm run analyze --format json` (README "What it does"), plus offsets that the contract allows as extra fields. */
export interface FileResult extends Omit<Report, 'datasetVersion'> {
  file: string;
  datasetVersion?: string;
  error?: string;
}

/** The largest file the CLI reads: saved news pages are far smaller; anything bigger is refused with a message. */
export const MAX_HTML_BYTES = 50 * 1024 * 1024;

/**
 * Parses a saved page in Node, extracts it with Readability as the extension does, and analyses it. `url` is the
 * page's address where known (a WARC record's target); its date path is the last resort for the publication date.
 */
export function analyzeHtml(html: string, file: string, url?: string): FileResult {
  if (html.trim() === '') return failed(file, 'empty file');
  if (html.includes('\u0000')) return failed(file, 'not an HTML file (binary content)');
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const article = extractArticle(doc, url ?? file);
  const title = article?.title ?? doc.title ?? '';
  const published = article?.published ?? findPublishedDate(doc, url);
  if (!article) return analyzed(file, analyze({ title, text: doc.body?.textContent ?? '', published }));
  return analyzed(file, analyze({ title, text: article.text, declaredLanguage: article.lang, published }));
}

function analyzed(file: string, report: Report): FileResult {
  return { file, ...report };
}

export function failed(file: string, error: string): FileResult {
  return { file, verdict: 'unrelated', confidence: 0, language: 'und', title: '', clauses: [], flags: [], error };
}
