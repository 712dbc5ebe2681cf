/** The languages the engine reads; everything else is "other" (and is reported as unrelated). */
export type Language = 'ar' | 'en' | 'ru' | 'other';

/** Letters are counted in at most this many characters: a news article does not change language halfway. */
const SAMPLE = 20_000;

/**
 * Identifies the article's language from the share of letters in each script, then tells the language within the
 * script apart from its neighbours: Persian and Urdu from Arabic (letters Arabic does not use), Ukrainian, Belarusian,
 * Serbian and Bulgarian from Russian (their own letters, and how often ы and ъ occur), and English from
 * other Latin-script languages (English function words). Bounded cost: only the first SAMPLE characters are read.
 */
export function detectLanguage(text: string): Language {
  const end = Math.min(text.length, SAMPLE);
  let arabic = 0;
  let persian = 0;
  let cyrillic = 0;
  let nonRussian = 0;
  let yery = 0;
  let hardSign = 0;
  let latin = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) {
      arabic++;
      // پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ہ: Persian and Urdu letters that Arabic news text does not use.
      if (PERSIAN_URDU.has(c)) persian++;
    } else if (c >= 0x0400 && c <= 0x04ff) {
      cyrillic++;
      // і ї є ґ ў ј љ њ ћ ђ џ (either case): Ukrainian, Belarusian, Serbian, Macedonian.
      if (NON_RUSSIAN_CYRILLIC.has(c)) nonRussian++;
      else if (c === 0x044b || c === 0x042b) yery++;
      else if (c === 0x044a || c === 0x042a) hardSign++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  const total = arabic + cyrillic + latin;
  if (total < 20) return 'other';
  // Arabic and Russian coverage quotes English names (NSA, ICT): the article's own script wins from a third.
  if (arabic / total > 0.3 && arabic >= cyrillic) return persian / arabic > 0.02 ? 'other' : 'ar';
  if (cyrillic / total > 0.3) {
    if (nonRussian / cyrillic > 0.005) return 'other';
    // Russian writes ы in about 2% of its letters and ъ rarely; Bulgarian has no ы and writes ъ in about 2%.
    if (hardSign / cyrillic > 0.006) return 'other';
    if (cyrillic >= 300 && yery / cyrillic < 0.003) return 'other';
    return 'ru';
  }
  if (latin / total > 0.5) return share(prose(text.slice(0, end)), ENGLISH_FUNCTION_WORDS) > 0.08 ? 'en' : 'other';
  return 'other';
}

const PERSIAN_URDU = new Set([
  0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc, 0x06d2, 0x0679, 0x0688, 0x0691, 0x06ba, 0x06c1,
]);
const NON_RUSSIAN_CYRILLIC = new Set([
  0x0456, 0x0406, 0x0457, 0x0407, 0x0454, 0x0404, 0x0491, 0x0490, 0x045e, 0x040e, 0x0458, 0x0408, 0x0459, 0x0409,
  0x045a, 0x040a, 0x045b, 0x040b, 0x0452, 0x0402, 0x045f, 0x040f,
]);

const ENGLISH_FUNCTION_WORDS = /\b(?:the|and|of|to|in|that|is|was|for|with|on)\b/gi;

/** A line this long is prose; shorter ones are headings, captions, teasers and labels ("Advertisement"). */
const PROSE_LINE = 60;

/**
 * The sample's prose lines, where function words are counted: a page's teasers, captions and labels carry few of
 * them, and enough of those would hide an English article's language. The whole sample when it has no prose line.
 */
function prose(sample: string): string {
  const lines = sample.split('\n').filter((line) => line.length >= PROSE_LINE);
  return lines.length > 0 ? lines.join('\n') : sample;
}

function share(sample: string, words: RegExp): number {
  const count = sample.split(/\s+/).length;
  words.lastIndex = 0;
  const hits = sample.match(words)?.length ?? 0;
  return hits / Math.max(count, 1);
}
