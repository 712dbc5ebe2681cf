import { parseHTML } from 'linkedom';
import { analyze } from '../engine/analyze';
import type { Report } from '../engine/report';
import { MAX_TEXT } from '../messaging/protocol';
import { extractArticle } from '../page/extract-article';
import { findDateline, findPublishedDate } from '../page/published-date';
import type { PageReport } from '../report/page-report';

/** One line of `npm run analyze --format json` (README "Command line"), plus offsets that the contract allows as extra fields. */
export type FileResult = PageReport;

export { MAX_HTML_BYTES } from './read-input';

/**
 * Parses a saved page in Node, extracts it with Readability as the extension does, and analyses it. `url` is the
 * page's address where known (a WARC record's target); its date path is the last resort for the publication date
 * the page states, and `fallbackDate` (a WARC record's capture day, YYYY-MM-DD) stands in when it states none.
 */
export function analyzeHtml(html: string, file: string, url?: string, fallbackDate?: string): FileResult {
  if (html.trim() === '') return failed(file, 'empty file');
  if (html.includes('\u0000')) return failed(file, 'not an HTML file (binary content)');
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const article = extractArticle(doc, url ?? file);
  const title = article?.title ?? doc.title ?? '';
  const published = article?.published ?? findPublishedDate(doc, url);
  const dates = {
    published,
    dateline: published ? undefined : (article?.dateline ?? findDateline(doc)),
    captured: fallbackDate,
  };
  if (!article) {
    // No article found: the page's whole text, bounded as the extension bounds an extracted article.
    const whole = (doc.body?.textContent ?? '').slice(0, MAX_TEXT);
    return analyzed(file, analyze({ title, text: whole, ...dates }), whole);
  }
  return analyzed(file, analyze({ title, text: article.text, declaredLanguage: article.lang, ...dates }), article.text);
}

/** Characters of context kept on each side of a passage, for annotation tools to re-anchor it. */
const QUOTE_CONTEXT = 32;

function analyzed(file: string, report: Report, text: string): FileResult {
  // Passages found in the title have offsets in the title: they get no context from the article text.
  const around = (start: number, end: number, passage: string) =>
    text.slice(start, end) === passage
      ? { prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start), suffix: text.slice(end, end + QUOTE_CONTEXT) }
      : {};
  return {
    file,
    ...report,
    clauses: report.clauses.map((c) => ({
      ...c,
      passages: c.passages.map((p) => (p.inTitle ? p : { ...p, ...around(p.start, p.end, p.text) })),
    })),
    flags: report.flags.map((f) => ({ ...f, ...around(f.start, f.end, f.passage) })),
  };
}

export function failed(file: string, error: string): FileResult {
  return { file, verdict: 'unrelated', confidence: 0, language: 'und', title: '', clauses: [], flags: [], error };
}
