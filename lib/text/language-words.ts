import de from './words/de.json';
import es from './words/es.json';
import fa from './words/fa.json';
import fr from './words/fr.json';
import id from './words/id.json';
import it from './words/it.json';
import ja from './words/ja.json';
import pt from './words/pt.json';
import tr from './words/tr.json';
import uk from './words/uk.json';
import vi from './words/vi.json';
import zh from './words/zh.json';
import { fold } from './fold';
import type { MatchLanguage } from './languages';

/**
 * The word lists of the languages added after Arabic, English and Russian (whose lists are code: stopwords.ts,
 * negation.ts, find-dates.ts): function words, negation words, month names (exact words, and stems for languages
 * that inflect them) and the words that may stand inside a date ("25 de septiembre de 2020"). Written as the press
 * writes; folded here, once, so they meet the text on the same terms.
 */
export interface LanguageWords {
  stopwords: ReadonlySet<string>;
  negation: ReadonlySet<string>;
  months: ReadonlyMap<string, number>;
  monthPrefixes: readonly [string, number][];
  dateFillers: readonly string[];
  /**
   * Characters that write the same word another way, to the form the lexicon is written in: traditional Chinese
   * (Hong Kong, Taiwan) to simplified, so «選舉» meets «选举».
   */
  characters: ReadonlyMap<string, string>;
  /** Elided words written onto the next one with an apostrophe (French l', d', qu'; Italian dell', un'). */
  elisions: ReadonlySet<string>;
}

interface WordsFile {
  stopwords: string[];
  negation: string[];
  months: Record<string, number>;
  monthPrefixes?: Record<string, number>;
  dateFillers: string[];
  traditional?: Record<string, string>;
  elisions?: string[];
}

export type AddedLanguage = Exclude<MatchLanguage, 'ar' | 'en' | 'ru'>;

const FILES: Record<AddedLanguage, WordsFile> = { de, fr, es, it, pt, tr, fa, uk, zh, ja, vi, id };

const folded = (word: string): string => fold(word).text;

function compile(file: WordsFile): LanguageWords {
  return {
    stopwords: new Set(file.stopwords.map(folded)),
    negation: new Set(file.negation.map(folded)),
    months: new Map(Object.entries(file.months).map(([w, m]) => [folded(w), m])),
    monthPrefixes: Object.entries(file.monthPrefixes ?? {}).map(([w, m]): [string, number] => [folded(w), m]),
    dateFillers: file.dateFillers.map(folded),
    characters: new Map(Object.entries(file.traditional ?? {})),
    elisions: new Set((file.elisions ?? []).map(folded)),
  };
}

export const LANGUAGE_WORDS: Record<AddedLanguage, LanguageWords> = Object.fromEntries(
  Object.entries(FILES).map(([lang, file]) => [lang, compile(file)]),
) as Record<AddedLanguage, LanguageWords>;

export function isAddedLanguage(lang: MatchLanguage): lang is AddedLanguage {
  return lang !== 'ar' && lang !== 'en' && lang !== 'ru';
}
