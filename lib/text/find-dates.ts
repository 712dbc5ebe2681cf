import { fold, originOf, type Folded } from './fold';
import type { KeyLanguage } from './tokenize';
import { LANGUAGE_WORDS, isAddedLanguage } from './language-words';
import { trieValue, wordTrie, type WordTrie } from './word-trie';
import { nextWord, type WordSpan } from './words';

/** A calendar date or year written in the text, with whatever parts it names. */
export interface DateMention {
  /** Offsets into the original text. */
  start: number;
  end: number;
  day?: number;
  month?: number;
  year?: number;
}

interface Word {
  text: string;
  start: number;
  end: number;
  /** The word's value when it is a number of one to four digits (days, months, years), else null. */
  num: number | null;
}

const EN_MONTHS = new Map<string, number>(
  Object.entries({
    january: 1,
    jan: 1,
    february: 2,
    feb: 2,
    march: 3,
    mar: 3,
    april: 4,
    apr: 4,
    may: 5,
    june: 6,
    jun: 6,
    july: 7,
    jul: 7,
    august: 8,
    aug: 8,
    september: 9,
    sept: 9,
    sep: 9,
    october: 10,
    oct: 10,
    november: 11,
    nov: 11,
    december: 12,
    dec: 12,
  }),
);

// Russian month names by stem (every case form starts with it); «май» is matched whole.
const RU_MONTH_STEMS: [string, number][] = [
  ['январ', 1],
  ['феврал', 2],
  ['март', 3],
  ['апрел', 4],
  ['июн', 6],
  ['июл', 7],
  ['август', 8],
  ['сентябр', 9],
  ['октябр', 10],
  ['ноябр', 11],
  ['декабр', 12],
];
const RU_MAY = new Set(['май', 'мая', 'мае', 'маю', 'маем']);

// Arabic: the Egyptian/Gulf (Gregorian loan) names and the Levantine/Iraqi names, folded; «تشرين» and «كانون» need
// the next word («الاول»/«الثاني») to say which month.
const AR_MONTHS: Record<string, number> = {
  يناير: 1,
  فبراير: 2,
  مارس: 3,
  ابريل: 4,
  افريل: 4,
  مايو: 5,
  ماي: 5,
  يونيو: 6,
  يونيه: 6,
  يوليو: 7,
  يوليه: 7,
  اغسطس: 8,
  سبتمبر: 9,
  اكتوبر: 10,
  نوفمبر: 11,
  ديسمبر: 12,
  شباط: 2,
  اذار: 3,
  نيسان: 4,
  ايار: 5,
  حزيران: 6,
  تموز: 7,
  اب: 8,
  ايلول: 9,
};

/** Month names that are also everyday words (may, march; «مارس» practised, «اب» father, «ماي»). */
const AMBIGUOUS_MONTH_NAMES = new Set([
  // Abbreviations in the added languages: «sept» is also French for seven, «set» Italian for a set; none alone
  // names a month.
  'sept',
  'set',
  'sett',
  'okt',
  'dez',
  'febr',
  'janv',
  'févr',
  'déc',
  'ene',
  'dic',
  'gen',
  'mag',
  'giu',
  'lug',
  'ago',
  'ott',
  'may',
  'march',
  'mar',
  'jan',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
  'feb',
  'apr',
  'мая',
  'май',
  'мае',
  'مارس',
  'اب',
  'ماي',
]);

/** Words that may stand between the parts of a date: "25th of May", «25 мая 1972 года», «سبتمبر من عام 2020». */
const FILLERS = new Set([
  'of',
  'the',
  'th',
  'st',
  'nd',
  'rd',
  'года',
  'год',
  'г',
  'من',
  'عام',
  'سنه',
  'لعام',
  ...Object.values(LANGUAGE_WORDS).flatMap((words) => words.dateFillers),
]);

/**
 * Finds dates and years in Arabic, English or Russian text: "May 25, 1972", "25 May 1972", "Sept. 25", "25th of
 * September", «25 сентября 2020 года», «٢٥ أيار / مايو ١٩٧٢», «25 سبتمبر», a month on its own ("in September"), and bare
 * years (1900–2099). A month name that is also a common word counts only next to a day or a year ("may" alone is a
 * verb). Linear in the text.
 */
export function findDates(text: string, lang: KeyLanguage, folded: Folded = fold(text)): DateMention[] {
  const words: Word[] = [];
  // A word is a run of digits or of letters; marks belong to their word: a page in decomposed Unicode writes «tháng»
  // as «tha» + U+0301 + «ng».
  const span: WordSpan = { start: 0, end: 0 };
  const source = folded.text;
  const takesPart = lang === 'vi' ? null : dateWordTrie(lang);
  for (let at = 0; nextWord(source, at, DATE_WORDS, span); at = span.end) {
    const { start, end } = span;
    const num = smallNumber(source, start, end);
    // Most words can take no part in a date: a run of them is kept as one gap, which stops every reader as its first
    // word would. They are looked up where they stand, not cut out of the text (an article's words made most of
    // this function's time and garbage).
    if (num === null && takesPart !== null && trieValue(takesPart, source, start, end) === 0) {
      if (words[words.length - 1] !== GAP) words.push(GAP);
      continue;
    }
    // "1970s", «1970-х», «1970-е годы» are decades, not years.
    if (num !== null && end - start === 4 && DECADE_ENDING.test(source.slice(end, end + 4))) continue;
    const word = source.slice(start, end);
    // Vietnamese is looked up composed (a page in decomposed Unicode writes «tháng» as «tha» + U+0301 + «ng»).
    const text = lang === 'vi' ? word.normalize('NFC') : word;
    if (num === null && takesPart === null && !mayTakePartVi(text)) {
      if (words[words.length - 1] !== GAP) words.push(GAP);
      continue;
    }
    words.push({ text, start: originOf(folded, start), end: originOf(folded, end - 1) + 1, num });
  }
  const out: DateMention[] = [];
  let i = 0;
  while (i < words.length) {
    const found =
      readDate(words, i, lang) ??
      (isAddedLanguage(lang) ? readNumericDate(text, words, i, lang) : null) ??
      (lang === 'vi' ? readVietnameseDayMonth(text, words, i) : null);
    if (found) {
      out.push(found.date);
      i = found.next;
    } else i++;
  }
  return out;
}

const DATE_WORDS = { tokens: false };

/** Stands for a run of words that can take no part in a date (see dateWordTrie). */
const GAP: Word = { text: '', start: -1, end: -1, num: null };

/**
 * The words that can be part of a date in `lang`, a number aside: a filler, a month's name (or its start, or the
 * word after «تشرين»/«كانون»), a Chinese or Japanese date character. The readers below look at no other word.
 */
function dateWordTrie(lang: Exclude<KeyLanguage, 'vi'>): WordTrie {
  let trie = DATE_WORD_TRIES.get(lang);
  if (trie) return trie;
  const words: string[] = [...FILLERS];
  const prefixes: string[] = [];
  switch (lang) {
    case 'en':
      words.push(...EN_MONTHS.keys());
      break;
    case 'ru':
      words.push(...RU_MAY);
      prefixes.push(...RU_MONTH_STEMS.map(([stem]) => stem));
      break;
    case 'ar':
      // A month's name may carry a one-letter prefix (and, by, for): «وسبتمبر», «بسبتمبر».
      for (const month of Object.keys(AR_MONTHS)) words.push(month, ...['و', 'ب', 'ل'].map((p) => p + month));
      words.push(...AR_MONTH_PARTS);
      break;
    default: {
      const own = LANGUAGE_WORDS[lang];
      words.push(...own.months.keys());
      prefixes.push(...own.monthPrefixes.map(([stem]) => stem));
      if (lang === 'zh' || lang === 'ja') words.push(...EAST_ASIAN_DATE);
    }
  }
  trie = wordTrie(
    words.map((w) => [w, 1] as const),
    prefixes,
  );
  DATE_WORD_TRIES.set(lang, trie);
  return trie;
}

const DATE_WORD_TRIES = new Map<KeyLanguage, WordTrie>();

/** The same for Vietnamese, whose words are looked up composed: a month or day word, or a filler. */
function mayTakePartVi(w: string): boolean {
  return FILLERS.has(w) || w === 'tháng' || w === 'thang' || LANGUAGE_WORDS.vi.months.has(w) || VI_DAY_WORDS.has(w);
}

/** «تشرين الاول», «كانون الثاني»: the two names and the words that say which month. */
const AR_MONTH_PARTS = new Set(['تشرين', 'كانون', 'الاول', 'اول', 'الثاني', 'ثاني']);
const EAST_ASIAN_DATE = new Set(['年', '月', '日']);

const DECADE_ENDING = /^(?:'?s|-(?:х|е|ые|ых))(?!\p{L})/u;

/** The value of text.slice(start, end) when it is one to four ASCII digits (days, months, years), else null. */
function smallNumber(text: string, start: number, end: number): number | null {
  if (end - start > 4) return null;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    value = value * 10 + (c - 48);
  }
  return value;
}

/** The month a word names at `i`, and how many words the name takes (Levantine names can take two). */
function monthAt(words: Word[], i: number, lang: KeyLanguage): { month: number; length: number } | null {
  const w = words[i]?.text;
  if (!w) return null;
  if (lang === 'en') {
    const m = EN_MONTHS.get(w);
    return m ? { month: m, length: 1 } : null;
  }
  if (lang === 'vi') return vietnameseMonthAt(words, i);
  if (isAddedLanguage(lang)) {
    const own = LANGUAGE_WORDS[lang];
    const exact = own.months.get(w);
    if (exact) return { month: exact, length: 1 };
    for (const [stem, m] of own.monthPrefixes) if (w.startsWith(stem)) return { month: m, length: 1 };
    // «9月» (Chinese, Japanese) name a month by its number.
    if ((lang === 'zh' || lang === 'ja') && words[i + 1]?.text === '月') {
      const n = numberAt(words, i);
      if (n !== null && n >= 1 && n <= 12) return { month: n, length: 2 };
    }
    return null;
  }
  if (lang === 'ru') {
    if (RU_MAY.has(w)) return { month: 5, length: 1 };
    for (const [stem, m] of RU_MONTH_STEMS) if (w.startsWith(stem)) return { month: m, length: 1 };
    return null;
  }
  const bare = /^[وبل]/.test(w) && Object.hasOwn(AR_MONTHS, w.slice(1)) ? w.slice(1) : w;
  if (Object.hasOwn(AR_MONTHS, bare)) return { month: AR_MONTHS[bare]!, length: 1 };
  const next = words[i + 1]?.text;
  if (bare === 'تشرين' || bare === 'كانون') {
    const first = next === 'الاول' || next === 'اول';
    const second = next === 'الثاني' || next === 'ثاني';
    if (!first && !second) return null;
    const month = bare === 'تشرين' ? (first ? 10 : 11) : first ? 12 : 1;
    return { month, length: 2 };
  }
  return null;
}

/**
 * Vietnamese names a month by its number after «tháng»: "tháng 9", or in words, "tháng Chín", "tháng Mười Một" (the
 * words file lists the number words; on their own they are numbers, never months).
 */
function vietnameseMonthAt(words: Word[], i: number): { month: number; length: number } | null {
  const w = words[i]!.text;
  if (w !== 'tháng' && w !== 'thang') return null;
  const n = numberAt(words, i + 1);
  if (n !== null) return n >= 1 && n <= 12 ? { month: n, length: 2 } : null;
  const named = LANGUAGE_WORDS.vi.months;
  const m = words[i + 1] ? named.get(words[i + 1]!.text) : undefined;
  if (m === undefined) return null;
  const unit = m === 10 && words[i + 2] ? named.get(words[i + 2]!.text) : undefined;
  return unit === 1 || unit === 2 ? { month: 10 + unit, length: 3 } : { month: m, length: 2 };
}

function numberAt(words: Word[], i: number): number | null {
  return words[i]?.num ?? null;
}

function isDay(n: number | null): n is number {
  return n !== null && n >= 1 && n <= 31;
}

function isYear(n: number | null): n is number {
  return n !== null && n >= 1900 && n <= 2099;
}

/**
 * Skips filler words after `i`. The fillers of every language are one set, so a word that names a month in `lang`
 * is never skipped as another language's filler (German "des", Indonesian "Des" for December).
 */
function skip(words: Word[], i: number, lang: KeyLanguage): number {
  let j = i;
  while (j < words.length && FILLERS.has(words[j]!.text) && !namesMonth(words[j]!.text, lang)) j++;
  return j;
}

function namesMonth(w: string, lang: KeyLanguage): boolean {
  if (lang === 'en') return EN_MONTHS.has(w);
  if (!isAddedLanguage(lang)) return false;
  const own = LANGUAGE_WORDS[lang];
  // Vietnamese "năm" is its word for year (a filler) and five (a month's number after «tháng»): a language's own
  // fillers stay fillers.
  return own.months.has(w) && !own.dateFillers.includes(w);
}

/** Reads a month (and an alternative name for the same month: «أيار / مايو») at `i`. */
function readMonth(words: Word[], i: number, lang: KeyLanguage): { month: number; next: number } | null {
  const first = monthAt(words, i, lang);
  if (!first) return null;
  let next = i + first.length;
  const again = monthAt(words, next, lang);
  if (again && again.month === first.month) next += again.length;
  return { month: first.month, next };
}

function dateOf(words: Word[], first: number, next: number, parts: Omit<DateMention, 'start' | 'end'>) {
  return { date: { start: words[first]!.start, end: words[next - 1]!.end, ...parts }, next };
}

/** A year after the filler words following `j`, and the word index after it. */
function yearAfter(words: Word[], j: number, lang: KeyLanguage): { year: number; next: number } | null {
  const k = skip(words, j, lang);
  const y = numberAt(words, k);
  return isYear(y) ? { year: y, next: k + 1 } : null;
}

/** «2020年9月25日»: year, 年, month, 月, day, 日 (Chinese and Japanese). */
function readEastAsianDate(words: Word[], i: number, lang: KeyLanguage): { date: DateMention; next: number } | null {
  const y = numberAt(words, i);
  if (!isYear(y) || words[i + 1]?.text !== '年') return null;
  const month = readMonth(words, i + 2, lang);
  if (!month) return dateOf(words, i, i + 2, { year: y });
  const d = numberAt(words, month.next);
  if (!isDay(d)) return dateOf(words, i, month.next, { month: month.month, year: y });
  const next = words[month.next + 1]?.text === '日' ? month.next + 2 : month.next + 1;
  return dateOf(words, i, next, { day: d, month: month.month, year: y });
}

/**
 * Languages whose press dates the news day as "25/9" with no year: Indonesian ("Jumat (25/9)"). Vietnamese does too,
 * read with its day words (readVietnameseDayMonth).
 */
const SHORT_NUMERIC_DATES: ReadonlySet<KeyLanguage> = new Set(['id']);

/** "25.09.2020", "25/9/2020": day, month, year, as the languages read here other than English write them. */
function readNumericDate(
  text: string,
  words: Word[],
  i: number,
  lang: KeyLanguage,
): { date: DateMention; next: number } | null {
  const [d, m, y] = [numberAt(words, i), numberAt(words, i + 1), numberAt(words, i + 2)];
  if (!isDay(d) || m === null || m < 1 || m > 12) return null;
  const sep = (a: Word, b: Word) => text.slice(a.end, b.start);
  const first = sep(words[i]!, words[i + 1]!);
  if (first !== '.' && first !== '/' && first !== '-') return null;
  if (isYear(y) && sep(words[i + 1]!, words[i + 2]!) === first)
    return dateOf(words, i, i + 3, { day: d, month: m, year: y });
  // "25/9": only with a slash, and not part of a longer run of numbers ("1/2/3", "3.25/9").
  if (!SHORT_NUMERIC_DATES.has(lang) || first !== '/') return null;
  const start = words[i]!.start;
  const end = words[i + 1]!.end;
  if (/[0-9][/.,-]$/.test(text.slice(Math.max(0, start - 2), start)) || /^[/.,-][0-9]/.test(text.slice(end, end + 2)))
    return null;
  return dateOf(words, i, i + 2, { day: d, month: m });
}

/** Words Vietnamese writes before a day written as numbers: "ngày 25/9", "hôm 25-9", "sáng 25/9". */
const VI_DAY_WORDS = new Set(['ngày', 'hôm', 'sáng', 'trưa', 'chiều', 'tối', 'đêm']);

/**
 * "ngày 25/9", "(25/9)": Vietnamese news writes the day and month as numbers without the year. Read only after a word
 * for a day or inside a parenthesis, so that "3/4" (three quarters) and "24/7" (round the clock) stay numbers.
 */
function readVietnameseDayMonth(text: string, words: Word[], i: number): { date: DateMention; next: number } | null {
  const [d, m] = [numberAt(words, i), numberAt(words, i + 1)];
  if (!isDay(d) || m === null || m < 1 || m > 12) return null;
  const sep = text.slice(words[i]!.end, words[i + 1]!.start);
  if (sep !== '/' && sep !== '-' && sep !== '.') return null;
  if (/^[/.-][0-9]/.test(text.slice(words[i + 1]!.end, words[i + 1]!.end + 2))) return null;
  const before = words[i - 1];
  const opened = text.slice(0, words[i]!.start).trimEnd().endsWith('(');
  if (!opened && !(before && VI_DAY_WORDS.has(before.text))) return null;
  return dateOf(words, i, i + 2, { day: d, month: m });
}

function readDate(words: Word[], i: number, lang: KeyLanguage): { date: DateMention; next: number } | null {
  if (lang === 'zh' || lang === 'ja') {
    const eastAsian = readEastAsianDate(words, i, lang);
    if (eastAsian) return eastAsian;
  }
  const n = numberAt(words, i);
  // 25 September [2020]
  if (isDay(n)) {
    const month = readMonth(words, skip(words, i + 1, lang), lang);
    if (month) {
      const y = yearAfter(words, month.next, lang);
      return y
        ? dateOf(words, i, y.next, { day: n, month: month.month, year: y.year })
        : dateOf(words, i, month.next, { day: n, month: month.month });
    }
  }
  // September 25[, 2020] / September 2020
  const month = readMonth(words, i, lang);
  if (month) {
    const k = skip(words, month.next, lang);
    const d = numberAt(words, k);
    if (isDay(d)) {
      const y = yearAfter(words, k + 1, lang);
      return y
        ? dateOf(words, i, y.next, { day: d, month: month.month, year: y.year })
        : dateOf(words, i, k + 1, { day: d, month: month.month });
    }
    const y = yearAfter(words, month.next, lang);
    if (y) return dateOf(words, i, y.next, { month: month.month, year: y.year });
    // "in September", «в сентябре»: a month on its own, unless its name is also a common word.
    return AMBIGUOUS_MONTH_NAMES.has(words[i]!.text) ? null : dateOf(words, i, month.next, { month: month.month });
  }
  if (isYear(n)) return dateOf(words, i, i + 1, { year: n });
  return null;
}
