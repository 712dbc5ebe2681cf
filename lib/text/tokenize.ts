import englishLemmas from './english-lemmas.json';
import { fold, originOf, type Folded } from './fold';
import { NEGATION, NEGATION_WORDS } from './negation';
import { stemArabic } from './stem-arabic';
import { stemEnglish } from './stem-english';
import { stemRussian } from './stem-russian';
import { STOPWORDS } from './stopwords';
import { LANGUAGE_WORDS, isAddedLanguage } from './language-words';
import type { MatchLanguage } from './languages';
import { stemPersian } from './stem-persian';
import { stemTurkish } from './stem-turkish';
import { SNOWBALL_STEMMERS } from './stem-snowball';
import { nextWord, type WordSpan } from './words';

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
const TOKEN_WORDS = { tokens: true };

/** Longer "words" are not words (base64, a run of one letter): they are keyed as written, without stemming. */
const MAX_WORD = 40;

/** Languages whose words can be keyed. */
export type KeyLanguage = MatchLanguage;

/** Irregular English forms (struck, sought, children) to their lemma, made ahead of time with compromise. */
const LEMMAS: ReadonlyMap<string, string> = new Map(Object.entries(englishLemmas as Record<string, string>));

/**
 * Splits `text` into content tokens keyed for `lang`: folded, function words dropped, negations unified, English
 * irregular forms lemmatised, then stemmed. The same function keys both articles and lexicon terms, so they always
 * meet on equal terms. Linear in the text. `folded` is fold(text), when the caller has it already.
 */
export function tokenize(text: string, lang: KeyLanguage, folded: Folded = fold(text)): Token[] {
  const tokens: Token[] = [];
  const cjk = lang === 'zh' || lang === 'ja';
  const span: WordSpan = { start: 0, end: 0 };
  for (let at = 0; nextWord(folded.text, at, TOKEN_WORDS, span); at = span.end) {
    const raw = folded.text.slice(span.start, span.end);
    if (cjk && HAN_OR_KANA.test(raw)) {
      pushBigrams(tokens, raw, span.start, folded, lang);
      continue;
    }
    const start = originOf(folded, span.start);
    const end = originOf(folded, span.end - 1) + 1;
    const key = keyOf(raw, text, start, end, lang);
    if (key !== '') tokens.push({ key, start, end });
  }
  return tokens;
}

const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const HIRAGANA = /^[\u3040-\u309f]$/;

/**
 * Chinese and Japanese write no spaces between words. A dictionary segmenter (Intl.Segmenter) splits one phrase
 * differently by context («互不干涉» is one word, «不干涉» another; «普京» splits), so a lexicon phrase and the same
 * phrase inside an article would not always meet. Overlapping character pairs do not depend on context: «不干涉»
 * is 不干 干涉 wherever it stands. A run is cut where letters of other scripts stand (Latin, digits); in Japanese
 * also at hiragana, which writes particles and endings (選挙への介入 → 選挙, 介入), and a lone character is a
 * token of its own. Each pair's offsets are those of its two characters. Japanese negates in those endings
 * (干渉しない, 介入せず): such an ending becomes NEGATION, so "not to interfere" keeps its sense apart from
 * "interference" as it does in the other languages. Tokens come out in text order. Traditional Chinese characters
 * key as their simplified forms (lib/text/words/zh.json), so a Hong Kong or Taiwan page meets the same lexicon.
 */
function pushBigrams(tokens: Token[], run: string, at: number, folded: Folded, lang: KeyLanguage): void {
  const ja = lang === 'ja';
  const characters = LANGUAGE_WORDS[lang === 'ja' ? 'ja' : 'zh'].characters;
  // Code units, as the offsets count them; a character the language writes two ways keys as the lexicon writes it.
  const key = (i: number) => characters.get(run[i]!) ?? run[i]!;
  const pushPart = (a: number, b: number) => {
    if (b - a === 1) {
      tokens.push({ key: key(a), start: originOf(folded, at + a), end: originOf(folded, at + a) + 1 });
      return;
    }
    for (let i = a; i + 1 < b; i++) {
      tokens.push({ key: key(i) + key(i + 1), start: originOf(folded, at + i), end: originOf(folded, at + i + 1) + 1 });
    }
  };
  let from = -1;
  for (let i = 0; i <= run.length; i++) {
    const ch = run[i];
    const hiragana = ja && ch !== undefined && HIRAGANA.test(ch);
    const inRun = ch !== undefined && HAN_OR_KANA.test(ch) && !hiragana;
    if (inRun && from < 0) from = i;
    if (!inRun && from >= 0) {
      pushPart(from, i);
      from = -1;
    }
    if (hiragana) {
      // An ending right after a word («干渉しない», «行わず»), not a word written in hiragana at the run's start.
      let j = i;
      while (j < run.length && HIRAGANA.test(run[j]!)) j++;
      if (i > 0 && isNegativeEnding(run.slice(i, j))) {
        tokens.push({ key: NEGATION, start: originOf(folded, at + i), end: originOf(folded, at + j - 1) + 1 });
      }
      i = j - 1;
    } else if (ch !== undefined && !HAN_OR_KANA.test(ch)) {
      // Latin letters glued to the run ("NSA的") are a word of their own.
      let j = i;
      while (j < run.length && !HAN_OR_KANA.test(run[j]!)) j++;
      const word = run.slice(i, j);
      const start = originOf(folded, at + i);
      const end = originOf(folded, at + j - 1) + 1;
      tokens.push({ key: word, start, end });
      i = j - 1;
    }
  }
}

/**
 * A Japanese verb or adjective ending that negates: one of the language's negation words (lib/text/words/ja.json:
 * ない, ず, ません…) after up to two kana of the verb's own ending (し|ない, で|は|ない, さ|せ|ない). Not «ないか»
 * (isn't it?), «なくて(も)» / «なければ» (must, even without) or «ずつ» (each).
 */
function isNegativeEnding(ending: string): boolean {
  for (let k = 0; k <= 2 && k < ending.length; k++) {
    const rest = ending.slice(k);
    if (/^(?:ないか|なくて|ずつ)/.test(rest)) return false;
    for (const word of LANGUAGE_WORDS.ja.negation) if (rest.startsWith(word)) return true;
  }
  return false;
}

const caches = new Map<KeyLanguage, Map<string, string>>();
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
  let cache = caches.get(lang);
  if (!cache) caches.set(lang, (cache = new Map()));
  const hit = cache.get(folded);
  if (hit !== undefined) return hit;
  const key = computeKey(folded, lang);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(folded, key);
  return key;
}

/** The key of a folded word ('' for a function word). */
function computeKey(folded: string, lang: KeyLanguage): string {
  // ’ and the modifier letter ʼ (Ukrainian spelling: «звʼязок») are apostrophes.
  let w = folded.replace(/[’ʼ]/g, "'");
  if (lang === 'en' && w.endsWith("'s")) w = w.slice(0, -2);
  if (lang === 'vi') w = vietnameseSpelling(w);
  // Turkish sets a proper noun's case ending off with an apostrophe (ABD'ye, Putin'in, Moskova'nın): the name is what
  // matches, whatever its case.
  if (lang === 'tr' && w.includes("'")) w = w.slice(0, w.indexOf("'"));
  if (isAddedLanguage(lang)) {
    const words = LANGUAGE_WORDS[lang];
    // An elided article or preposition is written onto the next word ("l'ingerenza", "dell'informazione", French
    // "d'ingérence", "qu'elle"): when what stands before the apostrophe is a function word or one of the language's
    // elided forms, the word is what follows it.
    const apostrophe = w.indexOf("'");
    const before = apostrophe > 0 ? w.slice(0, apostrophe) : '';
    if (before && (words.stopwords.has(before) || words.elisions.has(before))) w = w.slice(apostrophe + 1);
    w = w.replace(/'/g, '');
    if (w === '') return '';
    if (words.negation.has(w)) return NEGATION;
    if (words.stopwords.has(w)) return '';
    if (w.length > MAX_WORD || isDigits(w)) return w;
    const stem = SNOWBALL_STEMMERS[lang];
    const key = lang === 'fa' ? stemPersian(w) : lang === 'tr' ? stemTurkish(w) : stem ? stem(w) : w;
    // A word whose stem is spelt like the negation key (Portuguese, Spanish, Italian "nota" → "not") must not read as
    // a negation.
    return key === NEGATION ? `${key}-` : key;
  }
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

const VI_TONE = '[\u0300\u0301\u0303\u0309\u0323]';
/** "hòa"/"hoà", "thỏa"/"thoả", "khỏe"/"khoẻ": the older spelling puts the tone on the first vowel of an open oa, oe. */
const VI_OLD_OA = new RegExp(`o(${VI_TONE})([ae])$`);
/** "thủy"/"thuỷ", "ủy"/"uỷ": the same for uy (never after q, where u is part of the consonant: "quý"). */
const VI_OLD_UY = new RegExp(`(^|[^q])u(${VI_TONE})y$`);

/**
 * One Vietnamese syllable in one spelling: composed (NFC), whatever the page used, and with the tone mark on the
 * second vowel of an open "oa", "oe", "uy", where both spellings are in use ("thỏa thuận" and "thoả thuận" are one
 * word).
 */
function vietnameseSpelling(w: string): string {
  if (/^[a-z0-9]*$/.test(w)) return w;
  const d = w.normalize('NFD').replace(VI_OLD_OA, 'o$2$1').replace(VI_OLD_UY, '$1uy$2');
  return d.normalize('NFC');
}

function isDigits(w: string): boolean {
  const c = w.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** The keys of a short phrase (a lexicon term or a query), in order. */
export function keysOf(phrase: string, lang: KeyLanguage): string[] {
  return tokenize(phrase, lang).map((t) => t.key);
}
