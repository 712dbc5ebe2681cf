import type { ClauseId } from '../dataset/types';

export type Verdict = 'about' | 'mentions' | 'unrelated';
export type Tier = 'verbatim' | 'paraphrase' | 'topic';

/** What the engine reads: an article's text (paragraphs separated by line breaks) and its title. */
export interface ArticleInput {
  title: string;
  text: string;
  /** BCP 47 language of the page, if it declares one; the text decides when they disagree. */
  declaredLanguage?: string;
  /** The page's publication date (YYYY-MM-DD), if it states one: an article cannot report a later statement. */
  published?: string;
  /** Without one, a short date line the page prints outside the article text, read in the article's language. */
  dateline?: string;
  /** The day the page was captured (a web archive's record, YYYY-MM-DD): the last resort for the date. */
  captured?: string;
}

export interface PassageMatch {
  text: string;
  /** Offsets of the passage in the article text (in the title, when `inTitle`). */
  start: number;
  end: number;
  /** The passage is the article's title: a headline that states the clause. */
  inTitle?: true;
  /** The terms and phrases that matched, in the article's own words. */
  evidence: string[];
}

export interface ClauseMatch {
  id: ClauseId;
  tier: Tier;
  /** 0..1 */
  score: number;
  passages: PassageMatch[];
}

export interface FlagHit {
  id: string;
  clause: ClauseId | null;
  message: string;
  passage: string;
  start: number;
  end: number;
}

/** The report `npm run analyze` prints for a page (README "Command line"), plus passage offsets for highlighting. */
export interface Report {
  verdict: Verdict;
  confidence: number;
  language: string;
  title: string;
  clauses: ClauseMatch[];
  flags: FlagHit[];
  datasetVersion: string;
  /**
   * The publication date the verdict took into account (YYYY-MM-DD): the page's metadata, else a date line at the
   * top of the text or beside the headline, else a web archive's capture day; absent when there is none.
   */
  published?: string;
}
