/**
 * A light Persian stemmer, apart from the Arabic one (Persian does not take the Arabic article or its prefixes, and
 * its plurals and attached pronouns are its own). It works on folded words (Persian yeh and kaf already folded to
 * their Arabic forms, zero-width non-joiners dropped, so «کشور‌ها» arrives as «كشورها»): it takes off the plural
 * «ها/های/هایی», the adjective and comparative endings «تر/ترین», an indefinite or ezafe «ی», and the plural «ان»
 * of words long enough to keep a stem of three letters. Stems of three letters or fewer are kept whole.
 */
const SUFFIXES = ['هايي', 'هاي', 'ها', 'ترين', 'تر', 'اني', 'ان', 'ات', 'ي'];
const MIN_STEM = 3;

export function stemPersian(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= MIN_STEM && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}
