import ar from '../../../data/languages/ar.json';
import en from '../../../data/languages/en.json';
import ru from '../../../data/languages/ru.json';

const FILES = { ar, en, ru };

/**
 * Every distinct lower-cased word in one language's lexicon file (clause phrases, anchors, facets, flags): the
 * words the stemmers must get right, since each phrase is matched by its stems.
 */
export function lexiconWords(lang: 'en' | 'ru' | 'ar'): string[] {
  const words = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node === 'string') {
      for (const w of node.toLowerCase().match(/[\p{L}\p{M}']+/gu) ?? []) words.add(w);
    } else if (Array.isArray(node)) {
      for (const item of node) visit(item);
    } else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'language') continue;
        visit(key);
        visit(value);
      }
    }
  };
  const { anchors, boilerplate, clauses, facets, flags } = FILES[lang];
  visit({ anchors, boilerplate, clauses, facets, flags });
  return [...words].sort();
}
