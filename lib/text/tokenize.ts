import englishLemmas from './english-lemmas.json';
import { fold, type Folded } from './fold';
import type { Language } from './detect-language';
import { NEGATION, NEGATION_WORDS } from './negation';
import { stemArabic } from './stem-arabic';
import { stemEnglish } from './stem-english';
import { stemRussian } from './stem-russian';
import { STOPWORDS } from './stopwords';

/** A content word of a text: its matching key and where it stands in the original string. */
export interface Token {
  /** Folded, lemmatised or stemmed form used for matching; every negation word is NEGATION. */
  key: string;
  /** Offsets into the original (unfolded) text: text.slice(start, end) is the word as written. */
  start: number;
  end: number;
}

// "U.S." and "U.S.A." are one word; otherwise a word is a run of digits, or of letters and marks with inner
// apostrophes. Digits and letters part («٢٥أيار», "1972г") so numbers always stand alone.
const WORD = /u\.s\.(?:a\.)?|\p{N}+|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

/** Longer "words" are not words (base64, a run of one letter): they are keyed as written, without stemming. */
const MAX_WORD = 40;

/** Languages whose words can be keyed. */
export type KeyLanguage = Exclude<Language, 'other'>;

/** Irregular English forms (struck, sought, children) to their lemma, made ahead of time with compromise. */
const LEMMAS: ReadonlyMap<string, string> = new Map(Object.entries(englishLemmas as Record<string, string>));

/**
 * Splits `text` into content tokens keyed for `lang`: folded, function words dropped, negations unified, English
 * irregular forms lemmatised, then stemmed. The same function keys both articles and lexicon terms, so they always
 * meet on equal terms. Linear in the text. `folded` is fold(text), when the caller has it already.
 */
export function tokenize(text: string, lang: KeyLanguage, folded: Folded = fold(text)): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(folded.text); m !== null; m = WORD.exec(folded.text)) {
    const raw = m[0];
    const start = folded.map[m.index]!;
    const end = folded.map[m.index + raw.length - 1]! + 1;
    const key = keyOf(raw, text, start, end, lang);
    if (key !== '') tokens.push({ key, start, end });
  }
  return tokens;
}

const caches: Record<KeyLanguage, Map<string, string>> = { ar: new Map(), en: new Map(), ru: new Map() };
/** Words repeat: stemming each distinct word once keeps tokenizing fast. Bounded, so garbage cannot grow it. */
const CACHE_LIMIT = 50_000;

function keyOf(folded: string, text: string, start: number, end: number, lang: KeyLanguage): string {
  if (lang === 'en') {
    // "US" in capitals and "U.S." are the country, never the pronoun "us".
    if (folded === 'u.s.' || folded === 'u.s.a.') return 'usa';
    if (folded === 'us' || folded === 'usa') {
      const original = text.slice(start, end);
      if (original === 'US' || original === 'USA') return 'usa';
    }
  }
  const cache = caches[lang];
  const hit = cache.get(folded);
  if (hit !== undefined) return hit;
  const key = computeKey(folded, lang);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(folded, key);
  return key;
}

/** The key of a folded word ('' for a function word). */
function computeKey(folded: string, lang: KeyLanguage): string {
  let w = folded.replace(/’/g, "'");
  if (lang === 'en' && w.endsWith("'s")) w = w.slice(0, -2);
  w = w.replace(/'/g, '');
  if (w === '') return '';
  if (NEGATION_WORDS[lang].has(w)) return NEGATION;
  if (STOPWORDS[lang].has(w)) return '';
  if (w.length > MAX_WORD || isDigits(w)) return w;
  switch (lang) {
    case 'en':
      return stemEnglish(LEMMAS.get(w) ?? w);
    case 'ru':
      // «договориться» (to agree) and «договор» (a treaty) stem alike; the verb keeps a key of its own.
      if (w.startsWith('договори')) return 'договорит';
      return stemRussian(w);
    case 'ar':
      return stemArabic(w);
  }
}

function isDigits(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The keys of a short phrase (a lexicon term or a query), in order. */
export function keysOf(phrase: string, lang: KeyLanguage): string[] {
  return tokenize(phrase, lang).map((t) => t.key);
}
