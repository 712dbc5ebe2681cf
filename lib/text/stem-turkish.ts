/**
 * A Turkish word's key: its first five letters (g for ğ), plus a mark when a derivational suffix that makes another
 * word of the root follows them (-lik/-li "-ness/-ful", -ce, -siz "-less"), so güven "trust", güvence "assurance" and
 * güvenlik "security" stay apart.
 *
 * Turkish piles suffixes onto a root, and the Snowball stemmer gives one root different stems (kurum → kur but
 * kurumları → kurum; seçim → seç but seçimlere → seçim; diyalog → diyalogu but diyaloğu → diyalok), so a lexicon
 * wording missed most of the forms the press writes. Cutting words to a fixed prefix of about five letters is a known,
 * strong stemmer for Turkish retrieval (Can et al., "Information retrieval on Turkish texts", JASIST 59(3), 2008): it
 * keys kurum, kurumlar, kurumları alike. Roots of four letters or fewer still key apart from their suffixed forms
 * (olay / olaylar), so the lexicon lists those forms.
 */
export function stemTurkish(word: string): string {
  const w = word.replace(/ğ/g, 'g');
  if (w.length <= PREFIX) return w;
  const rest = w.slice(PREFIX);
  const mark = /^l[iıuü]/.test(rest) ? 'l' : /^c[eaiı]/.test(rest) ? 'c' : /^s[iıuü]z/.test(rest) ? 's' : '';
  return w.slice(0, PREFIX) + mark;
}

const PREFIX = 5;
