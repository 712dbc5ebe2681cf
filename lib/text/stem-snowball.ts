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
export const SNOWBALL_STEMMERS: Partial<Record<MatchLanguage, (word: string) => string>> = {
  de: german,
  fr: french,
  es: spanish,
  it: italian,
  pt: portuguese,
  uk: ukrainian,
  id: indonesian,
};
