import { scriptLanguage } from '../dataset/mixed-text';
import type { MatchLanguage } from '../dataset/types';
import { isMatchLanguage, SCRIPT_OF, scriptOfText } from '../text/languages';

/**
 * The language of a piece of article text, for its `lang` attribute: the language the engine detected for the
 * article when the text is written in that language's script (a German passage in a German article, Persian in a
 * Persian one), otherwise what the text's own letters say (a Russian article may quote an English headline; a
 * Chinese one an English name). Null when the text has no letters.
 */
export function articleTextLanguage(text: string, detected: string | undefined): MatchLanguage | null {
  const script = scriptOfText(text);
  if (script === null) return null;
  const lang = detected?.slice(0, 2).toLowerCase();
  if (isMatchLanguage(lang) && SCRIPT_OF[lang] === script) return lang;
  // Text in another script than the article's: the first language read in that script, a fair guess for a quote.
  if (script === 'cjk') return 'zh';
  return scriptLanguage(text);
}
