import { scriptLanguage } from '../dataset/mixed-text';
import type { MatchLanguage } from '../dataset/types';

/**
 * The language of a piece of article text, for its `lang` attribute: the language the engine detected for the
 * article when the text is written in that language's script, otherwise what the text's own letters say (a Russian
 * article may quote an English headline). Null when the text has no letters.
 */
export function articleTextLanguage(text: string, detected: string | undefined): MatchLanguage | null {
  const byScript = scriptLanguage(text);
  const lang = detected?.slice(0, 2).toLowerCase();
  if ((lang === 'ar' || lang === 'en' || lang === 'ru') && byScript === lang) return lang;
  return byScript;
}
