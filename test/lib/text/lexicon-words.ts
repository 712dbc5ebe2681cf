import lexicons from '../../../data/lexicons.json';

/**
 * Every distinct lower-cased word in the lexicons' and facets' phrases of one language: the words the stemmers
 * must get right, since each phrase is matched by its stems.
 */
export function lexiconWords(lang: 'en' | 'ru' | 'ar'): string[] {
  const words = new Set<string>();
  const visit = (node: unknown, inLang: boolean): void => {
    if (typeof node === 'string') {
      if (inLang) for (const w of node.toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? []) words.add(w);
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item, inLang);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        visit(key, inLang);
        visit(value, inLang || key === lang);
      }
    }
  };
  visit(lexicons, false);
  return [...words].sort();
}
