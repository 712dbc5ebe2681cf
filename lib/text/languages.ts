/**
 * The languages the engine reads: it detects them, keys their words and matches their coverage. Arabic, English and
 * Russian are also the UI's languages; the others are read and shown with their own `lang` and direction.
 */
export const MATCH_LANGUAGES = [
  'ar',
  'en',
  'ru',
  'de',
  'fr',
  'es',
  'it',
  'pt',
  'tr',
  'fa',
  'uk',
  'zh',
  'ja',
  'vi',
  'id',
] as const;
export type MatchLanguage = (typeof MATCH_LANGUAGES)[number];

export function isMatchLanguage(value: unknown): value is MatchLanguage {
  return typeof value === 'string' && (MATCH_LANGUAGES as readonly string[]).includes(value);
}

/** Languages written right to left. */
export function isRightToLeft(lang: string): boolean {
  return lang === 'ar' || lang === 'fa';
}
