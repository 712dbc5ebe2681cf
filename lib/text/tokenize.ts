import { fold } from './fold';
import type { Language } from './detect-language';
import { stemArabic } from './stem-arabic';
import { stemEnglish } from './stem-english';
import { stemRussian } from './stem-russian';
import { STOPWORDS } from './stopwords';

/** A content word of a text: its matching key and where it stands in the original string. */
export interface Token {
  /** Folded, stemmed form used for matching. */
  key: string;
  /** Offsets into the original (unfolded) text: text.slice(start, end) is the word as written. */
  start: number;
  end: number;
}

// "U.S." and "U.S.A." are one word; otherwise a word is letters, marks and digits, with inner apostrophes.
const WORD = /u\.s\.(?:a\.)?|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** Languages whose words can be keyed; "other" text is keyed as English (Latin) would be, without stemming. */
export type KeyLanguage = Exclude<Language, 'other'>;

/**
 * Splits `text` into content tokens keyed for `lang`: folded, function words dropped, stemmed. The same function
 * keys both articles and lexicon terms, so they always meet on equal terms.
 */
export function tokenize(text: string, lang: KeyLanguage): Token[] {
  const folded = fold(text);
  const stop = STOPWORDS[lang];
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded.text); m !== null; m = WORD.exec(folded.text)) {
    const raw = m[0];
    const start = folded.map[m.index]!;
    const end = folded.map[m.index + raw.length - 1]! + 1;
    const key = keyOf(raw, text.slice(start, end), lang);
    if (key === '' || stop.has(key)) continue;
    tokens.push({ key: stemOf(key, lang), start, end });
  }
  return tokens;
}

function keyOf(folded: string, original: string, lang: KeyLanguage): string {
  let w = folded.replace(/’/g, "'");
  if (lang === 'en') {
    // "US" in capitals and "U.S." are the country, never the pronoun "us".
    if (w === 'u.s.' || w === 'u.s.a.' || original === 'US' || original === 'USA') return 'usa';
    if (w.endsWith("'s")) w = w.slice(0, -2);
  }
  return w.replace(/'/g, '');
}

function stemOf(word: string, lang: KeyLanguage): string {
  if (/^\d+$/.test(word)) return word;
  switch (lang) {
    case 'en':
      return stemEnglish(word);
    case 'ru':
      return stemRussian(word);
    case 'ar':
      return stemArabic(word);
  }
}

/** The keys of a short phrase (a lexicon term or a query), in order. */
export function keysOf(phrase: string, lang: KeyLanguage): string[] {
  return tokenize(phrase, lang).map((t) => t.key);
}
