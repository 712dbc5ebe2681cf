import { DATASET_VERSION, getClause, translationText } from '../dataset/statement';
import type { ClauseId } from '../dataset/types';

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

/** The citation a fact-checker pastes: clause id and label, dataset version, Arabic and translation, and the link. */
export function clauseCitation(id: ClauseId, article?: { url: string; passage: string }): string {
  const clause = getClause(id);
  const lines = [
    `${clause.label} [${clause.id}] — Putin statement of 25 September 2020, Arabic translation as circulated (dataset ${DATASET_VERSION})`,
    clause.arabic,
    translationText(clause, true),
  ];
  if (article) lines.push(`Article: ${passageLink(article.url, article.passage)}`);
  return lines.join('\n');
}
