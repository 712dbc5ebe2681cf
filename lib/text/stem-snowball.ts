import { stemmer as german } from '@orama/stemmers/german';
import { stemmer as french } from '@orama/stemmers/french';
import { stemmer as spanish } from '@orama/stemmers/spanish';
import { stemmer as italian } from '@orama/stemmers/italian';
import { stemmer as portuguese } from '@orama/stemmers/portuguese';
import { stemmer as ukrainian } from '@orama/stemmers/ukrainian';
import { stemmer as indonesian } from '@orama/stemmers/indonesian';
import type { MatchLanguage } from './languages';

/**
 * Snowball stemmers for the inflecting Latin-script languages, Indonesian and Ukrainian, from a maintained library
 * (@orama/stemmers, one small module per language) rather than ports of our own. English and Russian keep their own
 * ports (stem-english.ts, stem-russian.ts); Arabic and Persian have light stemmers of their own; Turkish is keyed by
 * prefix (stem-turkish.ts), since Snowball's Turkish stems one root several ways; Chinese, Japanese and Vietnamese do
 * not inflect.
 */
/**
 * @orama/stemmers' Ukrainian stemmer (3.1.x) tests each word against a module-level RegExp with the `g` flag, which
 * keeps `lastIndex` from one call to the next: a word's stem then depends on the word stemmed before it
 * («договоренностью» → «договорен», and right after, «договоренност»), so an article's word and the same word in the
 * lexicon could key apart. A test that fails sets `lastIndex` back to 0: each call first stems a two-letter word whose
 * ending that RegExp cannot match.
 */
function ukrainianStem(word: string): string {
  ukrainian(RESET_WORD);
  return ukrainian(word);
}
const RESET_WORD = 'аб';

export const SNOWBALL_STEMMERS: Partial<Record<MatchLanguage, (word: string) => string>> = {
  de: german,
  fr: french,
  es: spanish,
  it: italian,
  pt: portuguese,
  uk: ukrainianStem,
  id: indonesian,
};
