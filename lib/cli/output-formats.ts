import { pathToFileURL } from 'node:url';
import { claimReviews } from '../report/claim-review';
import { csvHeader, csvRow } from '../report/csv';
import { htmlReport } from './html-report';
import { markdownReport } from '../report/markdown';
import type { PageReport } from '../report/page-report';
import { ANNOTATION_CONTEXT, webAnnotations } from '../report/web-annotation';
import type { Format } from './args';

/** Writes one format: text before the first page, for each page (in input order), and at the end. */
export interface FormatWriter {
  start(): string;
  page(page: PageReport): string;
  end(): string;
}

/** json, markdown, csv, annotations and claimreview stream page by page; html needs every page and keeps them. */
export function formatWriter(format: Format): FormatWriter {
  switch (format) {
    case 'json':
      return { start: () => '', page: (p) => `${JSON.stringify(p)}\n`, end: () => '' };
    case 'markdown':
      return {
        start: () => '',
        page: (p) =>
          p.error
            ? `## ${p.url ?? p.file}\n\nError: ${p.error}\n\n`
            : `${markdownReport({ ...p, datasetVersion: p.datasetVersion ?? '' }, p.url ?? p.file)}\n`,
        end: () => '',
      };
    case 'csv':
      return { start: csvHeader, page: csvRow, end: () => '' };
    case 'annotations':
      return jsonLdList(`{"@context":"${ANNOTATION_CONTEXT}","type":"AnnotationPage","items":[`, ']}\n', (p) =>
        webAnnotations(p, p.url ?? pathToFileURL(p.file).href),
      );
    case 'claimreview':
      return jsonLdList('[', ']\n', claimReviews);
    case 'html': {
      const pages: PageReport[] = [];
      return {
        start: () => '',
        page: (p) => {
          pages.push(p);
          return '';
        },
        end: () => htmlReport(pages),
      };
    }
  }
}

/** A JSON-LD document whose list of items is written as the pages come, one item a line. */
function jsonLdList(open: string, close: string, items: (p: PageReport) => object[]): FormatWriter {
  let first = true;
  return {
    start: () => `${open}\n`,
    page: (p) =>
      items(p)
        .map((item) => {
          const line = `${first ? '' : ',\n'}${JSON.stringify(item)}`;
          first = false;
          return line;
        })
        .join(''),
    end: () => `${first ? '' : '\n'}${close}`,
  };
}
