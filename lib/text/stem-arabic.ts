/**
 * Light Arabic stemming on folded text: strips the attached conjunctions, prepositions and article
 * (و ف ب ل ك ال) and the commonest suffixes, so «والانتخابات», «بالانتخابات» and «الانتخابات» meet. A light stemmer
 * (after Larkey et al., "Light Stemming for Arabic Information Retrieval") rather than a root extractor: roots
 * merge words that coverage keeps apart (e.g. «اتفاق» agreement and «متفق» agreed).
 */

// Longest first, so «وال» is tried before «و». Folded spelling: every alef variant is already «ا».
const PREFIXES = ['وبال', 'وكال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'و', 'ف', 'ب', 'ل', 'ك'];
const SUFFIXES = ['هما', 'كما', 'ها', 'ان', 'ات', 'ون', 'ين', 'يه', 'ه', 'ي'];
const MIN_STEM = 3;

export function stemArabic(word: string): string {
  let w = word;
  for (const p of PREFIXES) {
    // A one-letter clitic only comes off a word that stays long enough to still be a word (e.g. keep «بين»).
    const minRest = p.length === 1 ? MIN_STEM + 1 : MIN_STEM;
    if (w.startsWith(p) && w.length - p.length >= minRest) {
      w = w.slice(p.length);
      break;
    }
  }
  for (const s of SUFFIXES) {
    if (w.endsWith(s) && w.length - s.length >= MIN_STEM) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w;
}
