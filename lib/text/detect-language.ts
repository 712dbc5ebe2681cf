/** The languages the engine reads; everything else is "other" (and is reported as unrelated). */
export type Language = 'ar' | 'en' | 'ru' | 'other';

/**
 * Identifies the article's language from the share of letters in each script. Only the first 20,000 characters
 * are counted: the script of a news article does not change halfway, and this keeps the cost bounded.
 */
export function detectLanguage(text: string): Language {
  let arabic = 0;
  let cyrillic = 0;
  let latin = 0;
  const end = Math.min(text.length, 20_000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0600 && c <= 0x06ff) arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
  }
  const total = arabic + cyrillic + latin;
  if (total < 20) return 'other';
  // Arabic and Russian coverage quotes English names (NSA, ICT): the article's own script wins from a third.
  if (arabic / total > 0.3 && arabic >= cyrillic) return 'ar';
  if (cyrillic / total > 0.3) return 'ru';
  if (latin / total > 0.5) return looksEnglish(text.slice(0, end)) ? 'en' : 'other';
  return 'other';
}

const ENGLISH_FUNCTION_WORDS = /\b(the|and|of|to|in|that|is|was|for|with|on)\b/gi;

function looksEnglish(sample: string): boolean {
  const words = sample.split(/\s+/).length;
  const hits = sample.match(ENGLISH_FUNCTION_WORDS)?.length ?? 0;
  return hits / Math.max(words, 1) > 0.08;
}
