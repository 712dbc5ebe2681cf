/**
 * The languages the engine reads: it detects them, keys their words and matches their coverage. Arabic, English and
 * Russian are also the UI's languages; the others are read and shown with their own `lang` and direction.
 */
/** Arabic, English and Russian: the languages of the UI and of the dataset's own texts. */
export const FIRST_LANGUAGES = ['ar', 'en', 'ru'] as const;
/** The languages read since, with lexicons and renderings of their own (data/languages/). */
export const ADDED_LANGUAGES = ['de', 'fr', 'es', 'it', 'pt', 'tr', 'fa', 'uk', 'zh', 'ja', 'vi', 'id'] as const;
export type MatchLanguage = (typeof FIRST_LANGUAGES)[number] | (typeof ADDED_LANGUAGES)[number];
/**
 * Every language read. A call marked pure rather than a spread: a bundle that never reads the list (the gate, which
 * runs on every page of every listed site) leaves it out.
 */
export const MATCH_LANGUAGES: readonly MatchLanguage[] = /* @__PURE__ */ (
  FIRST_LANGUAGES as readonly MatchLanguage[]
).concat(ADDED_LANGUAGES);

export function isMatchLanguage(value: unknown): value is MatchLanguage {
  return typeof value === 'string' && (MATCH_LANGUAGES as readonly string[]).includes(value);
}

/** Languages written right to left. */
export function isRightToLeft(lang: string): boolean {
  return lang === 'ar' || lang === 'fa';
}

export type Script = 'arabic' | 'cyrillic' | 'latin' | 'cjk';

/** The script each language is written in. */
export const SCRIPT_OF: Record<MatchLanguage, Script> = {
  ar: 'arabic',
  fa: 'arabic',
  ru: 'cyrillic',
  uk: 'cyrillic',
  zh: 'cjk',
  ja: 'cjk',
  en: 'latin',
  de: 'latin',
  fr: 'latin',
  es: 'latin',
  it: 'latin',
  pt: 'latin',
  tr: 'latin',
  vi: 'latin',
  id: 'latin',
};

/** The script most of a text's letters are in; null without letters. */
export function scriptOfText(text: string): Script | null {
  const counts: Record<Script, number> = { arabic: 0, cyrillic: 0, latin: 0, cjk: 0 };
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x0600 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) counts.arabic++;
    else if (c >= 0x0400 && c <= 0x04ff) counts.cyrillic++;
    else if (
      (c >= 0x41 && c <= 0x5a) ||
      (c >= 0x61 && c <= 0x7a) ||
      (c >= 0xc0 && c <= 0x24f) ||
      (c >= 0x1e00 && c <= 0x1eff)
    )
      counts.latin++;
    else if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)) counts.cjk++;
  }
  let best: Script | null = null;
  for (const script of Object.keys(counts) as Script[]) if (counts[script] > (best ? counts[best] : 0)) best = script;
  return best;
}
