import type { ReaderLanguages } from '../dataset/types';
import type { Report } from '../engine/report';
import { claimReviews } from './claim-review';
import { markdownReport } from './markdown';
import { ANNOTATION_CONTEXT, webAnnotations } from './web-annotation';

/** What every export is built from: the tab's report, the article's address, and the reader's languages. */
export interface ExportInput {
  report: Report;
  url: string;
  languages: ReaderLanguages;
}

/** One way to save a report. Add a format by adding an entry to EXPORT_FORMATS; the side panel lists them all. */
export interface ExportFormat {
  id: string;
  /** The format's own name, the same in every UI language ("Markdown", "JSON"). */
  name: string;
  extension: string;
  mimeType: string;
  /** The file name before the extension, when not the report's. */
  fileStem?: string;
  build: (input: ExportInput) => string;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  body: string;
}

const FILE_STEM = 'source-check-report';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown',
    name: 'Markdown',
    extension: 'md',
    mimeType: 'text/markdown',
    build: ({ report, url, languages }) => markdownReport(report, url, languages),
  },
  {
    id: 'json',
    name: 'JSON',
    extension: 'json',
    mimeType: 'application/json',
    // Data, not prose: the same in every UI language, so tools can read it whoever exported it.
    build: ({ report, url }) => JSON.stringify({ url, ...report }, null, 2),
  },
  {
    id: 'annotations',
    name: 'Web Annotation',
    extension: 'jsonld',
    mimeType: 'application/ld+json',
    fileStem: 'source-check-annotations',
    // W3C Web Annotation JSON-LD, one annotation per matched passage: what the command line writes for a page.
    build: ({ report, url }) =>
      JSON.stringify(
        {
          '@context': ANNOTATION_CONTEXT,
          type: 'AnnotationPage',
          items: webAnnotations({ ...report, file: url, url }),
        },
        null,
        2,
      ),
  },
  {
    id: 'claimreview',
    name: 'ClaimReview',
    extension: 'jsonld',
    mimeType: 'application/ld+json',
    fileStem: 'source-check-claimreview',
    // schema.org ClaimReview drafts, one per framing flag.
    build: ({ report, url }) => JSON.stringify(claimReviews({ ...report, file: url, url }), null, 2),
  },
];

/** The file a format makes of a report. */
export function exportReport(format: ExportFormat, input: ExportInput): ExportedFile {
  return {
    fileName: `${format.fileStem ?? FILE_STEM}.${format.extension}`,
    mimeType: format.mimeType,
    body: format.build(input),
  };
}
