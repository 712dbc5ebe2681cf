import type { ClauseMatch, FlagHit, PassageMatch, Report } from '../engine/report';

/** What stands just before and after a passage in the article text (a TextQuoteSelector's prefix and suffix). */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
}

/**
 * One analysed page as the command line reports it (one line of `--format json`): the engine's report plus where
 * the page came from. Every output format is built from these, so a run split across machines can be merged from
 * their JSON Lines and formatted afterwards.
 */
export interface PageReport extends Omit<Report, 'datasetVersion' | 'clauses' | 'flags'> {
  clauses: (Omit<ClauseMatch, 'passages'> & { passages: (PassageMatch & QuoteContext)[] })[];
  flags: (FlagHit & QuoteContext)[];
  /** The input file; for a WARC record, the WARC file. */
  file: string;
  /** The page's URL where known (a WARC record's target URI). */
  url?: string;
  /** The publication date the engine used (ISO 8601), if any. */
  published?: string;
  datasetVersion?: string;
  /** Set when the cheap pre-filter found nothing of the proposal's vocabulary and the page was not parsed. */
  prefiltered?: boolean;
  error?: string;
}

/** The host of the page's URL (the outlet), or '' when the page has no URL. */
export function outletOf(page: PageReport): string {
  if (!page.url) return '';
  try {
    return new URL(page.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The page's name in a report: its URL where known, else its file. */
export function pageName(page: PageReport): string {
  return page.url || page.file;
}
