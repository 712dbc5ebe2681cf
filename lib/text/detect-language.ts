import type { MatchLanguage } from './languages';
import { DEAD, trieStep, wordTrie } from './word-trie';

/** The languages the engine reads; everything else is "other" (and is reported as unrelated). */
export type Language = MatchLanguage | 'other';

/** Letters are counted in at most this many characters: a news article does not change language halfway. */
const SAMPLE = 20_000;

/**
 * Identifies the article's language from the share of letters in each script, then tells the language within the
 * script apart from its neighbours: Persian from Arabic (letters Arabic does not use) and Urdu from both; Ukrainian
 * from Russian (і ї є ґ against ы э ъ) and Belarusian, Serbian and Bulgarian from both; Japanese from Chinese (kana);
 * and, in Latin script, Vietnamese by its stacked diacritics, Turkish by its own letters, then English, German, French, Spanish, Italian,
 * Portuguese, Turkish and Indonesian by their function words. Bounded cost: only the first SAMPLE characters are read.
 */
export function detectLanguage(text: string): Language {
  const end = Math.min(text.length, SAMPLE);
  let arabic = 0;
  let persian = 0;
  let urdu = 0;
  let cyrillic = 0;
  let ukrainian = 0;
  let otherCyrillic = 0;
  let yery = 0;
  let hardSign = 0;
  let latin = 0;
  let vietnamese = 0;
  let turkish = 0;
  let schwa = 0;
  let han = 0;
  let kana = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    } else if (c >= 0x0600 && c <= 0x06ff) {
      arabic++;
      if (PERSIAN.has(c)) persian++;
      else if (URDU.has(c)) urdu++;
    } else if (c >= 0x0400 && c <= 0x04ff) {
      cyrillic++;
      if (UKRAINIAN.has(c)) ukrainian++;
      else if (OTHER_CYRILLIC.has(c)) otherCyrillic++;
      else if (c === 0x044b || c === 0x042b) yery++;
      else if (c === 0x044a || c === 0x042a) hardSign++;
    } else if (c === 0x0259 || c === 0x018f) {
      // ə: Azerbaijani, which shares Turkish letters but is not read.
      latin++;
      schwa++;
    } else if (c >= 0x00c0 && c <= 0x024f) {
      latin++;
      if (TURKISH.has(c)) turkish++;
    } else if (c >= 0x1e00 && c <= 0x1eff) {
      latin++;
      // Latin Extended Additional: ạ ả ấ ầ ế ệ ố ộ ớ ợ ụ ủ ứ ự… are Vietnamese.
      vietnamese++;
    } else if (c === 0x0309 || c === 0x031b || c === 0x0323) {
      // Hook above, horn, dot below: Vietnamese written in decomposed Unicode (ả = a + U+0309, ư = u + U+031B).
      vietnamese++;
    } else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
  }
  const total = arabic + cyrillic + latin + han + kana;
  if (total < 20) return 'other';
  // Coverage in every script quotes English names (NSA, ICT): the article's own script wins from a third.
  if (arabic / total > 0.3 && arabic >= cyrillic) {
    if (urdu / arabic > 0.01) return 'other';
    return persian / arabic > 0.02 ? 'fa' : 'ar';
  }
  if (cyrillic / total > 0.3) return cyrillicLanguage(cyrillic, ukrainian, otherCyrillic, yery, hardSign);
  if ((han + kana) / total > 0.3) {
    // Japanese writes particles and endings in hiragana; Chinese news has no kana at all.
    return kana / (han + kana) > 0.05 ? 'ja' : 'zh';
  }
  if (latin / total > 0.5) {
    if (vietnamese / latin > 0.03) return 'vi';
    // ı ğ ş İ Ğ Ş: Turkish letters (about 4% of its text), which no other language read here writes.
    if (turkish / latin > 0.01) return schwa / latin > 0.005 ? 'other' : 'tr';
    return latinLanguage(prose(text.slice(0, end)));
  }
  return 'other';
}

function cyrillicLanguage(
  cyrillic: number,
  ukrainian: number,
  otherCyrillic: number,
  yery: number,
  hardSign: number,
): Language {
  // Belarusian (ў), Serbian and Macedonian (ј љ њ ћ ђ џ): not read.
  if (otherCyrillic / cyrillic > 0.002) return 'other';
  // Ukrainian writes і in about 5% of its letters, and never ы or ъ.
  if (ukrainian / cyrillic > 0.01) return yery / cyrillic < 0.003 ? 'uk' : 'other';
  // Russian writes ы in about 2% of its letters and ъ rarely; Bulgarian has no ы and writes ъ in about 2%.
  if (hardSign / cyrillic > 0.006) return 'other';
  if (cyrillic >= 300 && yery / cyrillic < 0.003) return 'other';
  return 'ru';
}

// پ چ ژ گ ک ی: Persian letters Arabic news text does not use (Urdu uses them too, with letters of its own).
const PERSIAN = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc]);
// ے ٹ ڈ ڑ ں ہ: Urdu.
const URDU = new Set([0x06d2, 0x0679, 0x0688, 0x0691, 0x06ba, 0x06c1]);
const TURKISH = new Set([0x0131, 0x011f, 0x015f, 0x0130, 0x011e, 0x015e]);
// і ї є ґ (either case): Ukrainian.
const UKRAINIAN = new Set([0x0456, 0x0406, 0x0457, 0x0407, 0x0454, 0x0404, 0x0491, 0x0490]);
// ў ј љ њ ћ ђ џ (either case): Belarusian, Serbian, Macedonian.
const OTHER_CYRILLIC = new Set([
  0x045e, 0x040e, 0x0458, 0x0408, 0x0459, 0x0409, 0x045a, 0x040a, 0x045b, 0x040b, 0x0452, 0x0402, 0x045f, 0x040f,
]);

/**
 * Function words frequent in one language's news prose and rare in the others' (articles, prepositions and
 * conjunctions). Words most of them share ("de", "la", "a", "e", "in") are left out, so a high share speaks for one.
 */
const FUNCTION_WORDS: Record<string, string> = {
  en: 'the and of to in that is was for with on by from has have as at an it he are be',
  de: 'der die das und in den dem des nicht mit ist sich auf für von zu auch eine einer wurde an',
  fr: 'le les des et est une du dans pour qui sur au aux pas ont selon été cette',
  es: 'el los las y del que por con para una se su fue sus según como al',
  it: 'il di che in della del per non gli una sono è alla dei delle nel anche ha',
  pt: 'o os do da dos das em não uma com para pelo pela foi ao à seu sua também na nas um num numa é são às pelos pelas isso está ainda já',
  tr: 've bir bu ile için olarak ise daha olan gibi göre ancak değil',
  id: 'yang dan di ke dari ini itu dengan untuk tidak dalam pada akan juga oleh bahwa agar kepada terhadap setelah mengenai sebagai namun telah sudah karena tersebut serta atas bagi hingga masih lebih saat secara',
};

/** The Latin-script languages function words are counted for, in a fixed order (a word's bit is its place here). */
const COUNTED = Object.keys(FUNCTION_WORDS) as Language[];

/** The function words, each with one bit per language it speaks for (in COUNTED's order; "una" speaks for two). */
const FUNCTION_WORD_TRIE = wordTrie(
  COUNTED.flatMap((lang, bit) => FUNCTION_WORDS[lang]!.split(' ').map((word) => [word, 1 << bit] as const)),
);

/**
 * The Latin-script language whose function words make up the largest share of the prose, if any does enough. Runs on
 * every Latin-script article, so it scans the sample itself (a split on a Unicode class cost more than the rest of
 * the detection together), walks the function-word trie letter by letter as it goes and counts into a fixed array, one
 * per language.
 */
function latinLanguage(sample: string): Language {
  const lower = sample.toLowerCase();
  const hits = new Array<number>(COUNTED.length).fill(0);
  let count = 0;
  let inWord = false;
  let node = 0;
  for (let i = 0; i <= lower.length;) {
    const width = i < lower.length ? letterWidth(lower, i) : 0;
    if (width > 0) {
      if (!inWord) {
        inWord = true;
        node = 0;
      }
      // No function word has a letter outside the BMP.
      node = width === 1 ? trieStep(FUNCTION_WORD_TRIE, node, lower.charCodeAt(i)) : DEAD;
      i += width;
      continue;
    }
    if (inWord) {
      count++;
      const bits = node === DEAD ? 0 : FUNCTION_WORD_TRIE.value[node]!;
      if (bits !== 0) for (let b = 0; b < COUNTED.length; b++) if (bits & (1 << b)) hits[b]!++;
      inWord = false;
    }
    i += i < lower.length && lower.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  let best: Language = 'other';
  let bestShare = 0.08;
  for (let b = 0; b < COUNTED.length; b++) {
    if (hits[b]! / count > bestShare) {
      best = COUNTED[b]!;
      bestShare = hits[b]! / count;
    }
  }
  return best;
}

const LETTER = /\p{L}/uy;

/** Code units taken by the letter at `i` (two for a letter outside the BMP), or 0 when it is not a letter. */
function letterWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) ? 1 : 0;
  LETTER.lastIndex = i;
  return LETTER.test(s) ? LETTER.lastIndex - i : 0;
}

/** A line this long is prose; shorter ones are headings, captions, teasers and labels ("Advertisement"). */
const PROSE_LINE = 60;

/**
 * Function words are counted in at most this much prose: some 600 words, where each language's share is already
 * plain (a share of 8% is 50 hits), at a fraction of the cost of counting a long article's every word.
 */
const PROSE_SAMPLE = 4_000;

/**
 * The sample's first prose lines, where function words are counted: a page's teasers, captions and labels carry few
 * of them, and enough of those would hide an article's language. The sample's start when it has no prose line.
 */
function prose(sample: string): string {
  const lines: string[] = [];
  let length = 0;
  for (const line of sample.split('\n')) {
    if (line.length < PROSE_LINE) continue;
    lines.push(line);
    length += line.length + 1;
    if (length >= PROSE_SAMPLE) break;
  }
  return (lines.length > 0 ? lines.join('\n') : sample).slice(0, PROSE_SAMPLE);
}
