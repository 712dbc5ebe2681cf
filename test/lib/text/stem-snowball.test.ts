import { describe, expect, it } from 'vitest';
import de from '../../../data/languages/de.json';
import es from '../../../data/languages/es.json';
import fr from '../../../data/languages/fr.json';
import id from '../../../data/languages/id.json';
import it_ from '../../../data/languages/it.json';
import pt from '../../../data/languages/pt.json';
import uk from '../../../data/languages/uk.json';
import { SNOWBALL_STEMMERS } from '../../../lib/text/stem-snowball';

const FILES = { de, es, fr, id, it: it_, pt, uk };

/** Every word of a lexicon file, in file order. */
function words(file: unknown): string[] {
  return (
    JSON.stringify(file)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  );
}

describe('Snowball stemmers', () => {
  it('stem a word the same whatever word was stemmed before it (the Ukrainian one keeps state between calls)', () => {
    // Its state shows on words ending in -ость(ю), as a Russian quotation inside a Ukrainian article spells them.
    const stem = SNOWBALL_STEMMERS.uk!;
    const first = stem('договоренностью');
    expect(stem('договоренностью')).toBe(first);
    expect(stem('киберпреступностью')).toBe(stem('киберпреступностью'));
  });

  it.each(Object.entries(FILES))('%s: every lexicon word stems alike when stemmed twice in a row', (lang, file) => {
    const stem = SNOWBALL_STEMMERS[lang as keyof typeof FILES]!;
    const unstable = words(file).filter((w) => stem(w) !== stem(w));
    expect(unstable).toEqual([]);
  });
});
