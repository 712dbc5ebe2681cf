import type { PageReport } from '../report/page-report';
import { analyzeHtml, failed } from './analyze-html';
import { decodeHtml } from './decode-html';
import { MAX_NESTING, nestsDeeperThan } from './markup-depth';
import { mayConcernProposal } from './prefilter';
import { stripControls, withoutControls } from '../report/strip-controls';

/** A page to analyse: the bytes as read, and what is known of them from outside (HTTP headers, a WARC record). */
export interface PageJob {
  file: string;
  url?: string;
  /** A WARC record's capture date: the publication date when the page gives none. */
  captured?: string;
  contentType?: string;
  bytes?: Uint8Array;
  /** Why the page could not be read, when it could not. */
  error?: string;
  /** Let pages that name neither the actor nor the subject through without parsing them (default true). */
  prefilter?: boolean;
}

/**
 * Everything that happens to one page, independent of every other page (so any number of workers, processes or
 * machines can share a collection): decode, refuse what cannot be a sane page, pre-filter, parse and analyse.
 * What comes out carries no control characters.
 */
export function analyzePage(job: PageJob): PageReport {
  return withoutControls(withSource(job, analyzeBytes(job)));
}

function analyzeBytes(job: PageJob): PageReport {
  if (job.error !== undefined) return failed(job.file, `cannot read: ${job.error}`);
  const bytes = job.bytes ?? new Uint8Array();
  if (bytes.length === 0) return failed(job.file, 'empty file');
  const decoded = decodeHtml(bytes, job.contentType);
  if (!decoded.ok) return failed(job.file, decoded.error);
  if (decoded.html.trim() === '') return failed(job.file, 'empty file');
  if (job.prefilter !== false && !mayConcernProposal(decoded.html)) {
    return { ...failed(job.file, ''), title: titleOf(decoded.html), error: undefined, prefiltered: true };
  }
  // Only a page that will be parsed needs the depth guard: the pre-filter reads markup without nesting it.
  if (nestsDeeperThan(decoded.html)) return failed(job.file, `markup nested deeper than ${MAX_NESTING} levels`);
  try {
    return analyzeHtml(decoded.html, job.file, job.url, captureDay(job.captured));
  } catch (e) {
    return failed(job.file, `cannot parse: ${(e as Error).message}`);
  }
}

function withSource(job: PageJob, report: PageReport): PageReport {
  const { error, ...rest } = report;
  // The input's name first, then its URL, then the report (the order a reader of the JSON Lines expects).
  const out: PageReport = Object.assign({ file: job.file }, job.url ? { url: job.url } : {}, rest);
  if (error !== undefined) out.error = error;
  return out;
}

/** The day (YYYY-MM-DD) of a WARC-Date, which may carry a time and fractions of a second. */
function captureDay(captured: string | undefined): string | undefined {
  const day = captured?.slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

/** The <title> of a page that was not parsed, for the reader of the report. */
function titleOf(html: string): string {
  const raw = /<title[^>]*>([^<]{0,1000})/i.exec(html)?.[1] ?? '';
  return stripControls(
    raw
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ')
      .trim(),
  );
}
