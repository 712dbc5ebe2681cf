import type { Tier, Verdict } from '../engine/report';
import type { UiLanguage } from '../dataset/types';
import wordsJson from './report-words.json';

/**
 * The words of copied and exported reports, in each UI language (written in report-words.json). Verdicts and
 * coverage words are the UI's own (public/_locales, tier_* and verdict_*): a test holds them equal, so a report never
 * names a state differently from the panel it was copied from.
 */
export interface ReportWords {
  verdict: Record<Verdict, string>;
  tier: Record<Tier | 'omitted', string>;
  source: string;
  verdictLabel: string;
  confidence: string;
  language: string;
  /** Before the article's publication date. */
  published: string;
  clause: string;
  coverage: string;
  score: string;
  passages: string;
  evidence: string;
  framingFlags: string;
  passage: string;
  article: string;
  /** "Putin statement of 25 September 2020, Arabic translation as circulated" */
  statementAsCirculated: string;
  dataset: (version: string) => string;
  citeAs: (clauses: string, version: string) => string;
  none: string;
  /** Separates list items ("a, b"). */
  comma: string;
  /** Opening and closing quotation marks. */
  quote: [string, string];
}

/** The words as written (report-words.json), with `{version}` and `{clauses}` where values go. */
type WrittenWords = Omit<ReportWords, 'dataset' | 'citeAs' | 'quote'> & {
  dataset: string;
  citeAs: string;
  quote: string[];
};

function compile(written: WrittenWords): ReportWords {
  const fill = (template: string, values: Record<string, string>) =>
    template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
  return {
    ...written,
    dataset: (version) => fill(written.dataset, { version }),
    citeAs: (clauses, version) => fill(written.citeAs, { clauses, version }),
    quote: [written.quote[0] ?? '“', written.quote[1] ?? '”'],
  };
}

const WRITTEN = wordsJson as Record<UiLanguage, WrittenWords>;

export const REPORT_WORDS: Record<UiLanguage, ReportWords> = {
  en: compile(WRITTEN.en),
  ar: compile(WRITTEN.ar),
  ru: compile(WRITTEN.ru),
};
