import type { Report } from '../engine/report';
import { claimReviews } from './claim-review';
import { markdownReport } from './markdown';
import { ANNOTATION_CONTEXT, webAnnotations } from './web-annotation';

export type ArticleExport = 'md' | 'json' | 'annotations' | 'claimreview';

/** The file the side panel saves for the article it shows, in each export format the CLI also writes. */
export function articleExport(
  kind: ArticleExport,
  report: Report,
  url: string,
): { body: string; type: string; name: string } {
  const page = { ...report, file: url, url };
  switch (kind) {
    case 'md':
      return { body: markdownReport(report, url), type: 'text/markdown', name: 'source-check-report.md' };
    case 'json':
      return {
        body: JSON.stringify({ url, ...report }, null, 2),
        type: 'application/json',
        name: 'source-check-report.json',
      };
    case 'annotations':
      return {
        body: JSON.stringify(
          { '@context': ANNOTATION_CONTEXT, type: 'AnnotationPage', items: webAnnotations(page) },
          null,
          2,
        ),
        type: 'application/ld+json',
        name: 'source-check-annotations.jsonld',
      };
    case 'claimreview':
      return {
        body: JSON.stringify(claimReviews(page), null, 2),
        type: 'application/ld+json',
        name: 'source-check-claimreview.jsonld',
      };
  }
}
