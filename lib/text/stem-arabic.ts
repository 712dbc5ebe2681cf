/**
 * Light Arabic stemming on folded text: strips the attached conjunction (و ف), preposition (ب ل ك) and article
 * (ال), in that order, then a pronoun suffix and a plural, dual, feminine or nisba ending, so «والانتخابات»,
 * «بالانتخابات», «الانتخابية» and «انتخاباتها» meet. The imperfect prefix of form V/VI verbs is reduced to the
 * masdar's «ت», so «يتدخل»/«تتدخل» meet «التدخل» and «يتبادل» meets «تبادل». A light stemmer (after Larkey et al.,
 * "Light Stemming for Arabic Information Retrieval") rather than a root extractor: roots merge words that coverage
 * keeps apart (e.g. «اتفاق» agreement and «متفق» agreed). Broken plurals (حوادث/حادث) are left to the lexicon.
 */

const MIN_STEM = 3;
const CONJUNCTIONS = ['و', 'ف'];
const PREPOSITIONS = ['ب', 'ل', 'ك'];
const PRONOUN_SUFFIXES = ['هما', 'كما', 'هم', 'كم', 'ها', 'نا'];
// Longest first. «ه» is the folded ta marbuta.
const ENDINGS = ['يات', 'تين', 'تان', 'يين', 'ات', 'ان', 'ون', 'ين', 'يه', 'ه', 'ي'];
/** «ان ون ين» also end short stems («تعاون», «ضمان», «بيان»): they come off only a longer word. */
const SHORT_STEM_ENDINGS = new Set(['ان', 'ون', 'ين']);

export function stemArabic(word: string): string {
  let w = word;
  // A one-letter clitic only comes off a word that stays long enough to still be a word (e.g. keep «بين», «وقت»).
  if (CONJUNCTIONS.includes(w[0]!) && w.length - 1 >= MIN_STEM + 1) w = w.slice(1);
  if (w.startsWith('لل') && w.length - 2 >= MIN_STEM) {
    w = w.slice(2); // «للتعاون» = ل + التعاون
  } else {
    if (PREPOSITIONS.includes(w[0]!) && (w.startsWith('ال', 1) || w.length - 1 >= MIN_STEM + 1)) {
      const rest = w.slice(1);
      if (rest.length >= MIN_STEM) w = rest;
    }
    if (w.startsWith('ال') && w.length - 2 >= MIN_STEM) w = w.slice(2);
  }
  // Imperfect of form V/VI (يتفعل، يتفاعل، نتفاعل، تتفاعل): the masdar starts with «ت».
  if ((w.startsWith('يت') || w.startsWith('نت') || w.startsWith('تت')) && w.length - 1 >= MIN_STEM + 1) w = w.slice(1);
  for (const s of PRONOUN_SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= MIN_STEM) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  // The adverbial accusative of a nisba adjective («سيبرانياً», «رسمياً» after folding) meets the adjective, on words
  // long enough not to be a name in «يا» («روسيا», «سوريا»).
  if (w.endsWith('يا') && w.length - 2 >= MIN_STEM + 1) return w.slice(0, -2);
  for (const s of ENDINGS) {
    const min = SHORT_STEM_ENDINGS.has(s) ? MIN_STEM + 1 : MIN_STEM;
    if (w.endsWith(s) && w.length - s.length >= min) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}
