import { clauseLabel, DATASET_VERSION, getClause, translationText } from '../dataset/statement';
import { directionOf } from '../dataset/mixed-text';
import type { ClauseId, ReaderLanguages } from '../dataset/types';
import { isolateIn } from './bidi';
import { REPORT_WORDS } from './report-words';

/** A link to a passage in the article with a text fragment (https://wicg.github.io/scroll-to-text-fragment/). */
export function passageLink(url: string, passage: string): string {
  const words = passage.trim().split(/\s+/);
  const fragment =
    words.length <= 8
      ? encodeFragment(words.join(' '))
      : `${encodeFragment(words.slice(0, 4).join(' '))},${encodeFragment(words.slice(-4).join(' '))}`;
  return `${url.split('#')[0]}#:~:text=${fragment}`;
}

function encodeFragment(s: string): string {
  // encodeURIComponent throws URIError on a lone surrogate, which page text can hold: U+FFFD stands in for it.
  return encodeURIComponent(s.toWellFormed()).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

const ENGLISH: ReaderLanguages = { ui: 'en', translation: 'en' };

/**
 * The citation a fact-checker pastes, in the reader's language: clause label and id, the statement and dataset
 * version, the Arabic, the translation in the chosen translation language, and the link to the article's passage.
 * Each line is one language or isolates what runs the other way, so it pastes without reordering.
 */
export function clauseCitation(
  id: ClauseId,
  article?: { url: string; passage: string },
  languages: ReaderLanguages = ENGLISH,
): string {
  const clause = getClause(id);
  const words = REPORT_WORDS[languages.ui];
  const dir = directionOf(languages.ui);
  const iso = (run: string) => isolateIn(dir, run);
  const lines = [
    `${clauseLabel(clause, languages.ui)} ${iso(`[${clause.id}]`)} — ${words.statementAsCirculated} (${words.dataset(DATASET_VERSION)})`,
    clause.arabic,
    translationText(clause, true, languages.translation),
  ];
  if (article) lines.push(`${words.article}: ${iso(passageLink(article.url, article.passage))}`);
  return lines.join('\n');
}
