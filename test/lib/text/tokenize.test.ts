import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NEGATION } from '../../../lib/text/negation';
import { keysOf, tokenize } from '../../../lib/text/tokenize';

describe('tokenize', () => {
  it('gives offsets that slice out the word as written, whatever folding did', () => {
    const text = 'Путин  «ألامن ألالكتروني» U.S. ١٩٧٢ non\u00ad-interference';
    for (const t of tokenize(text, 'ar')) expect(text.slice(t.start, t.end).trim()).not.toBe('');
    const [a, b] = tokenize('«ألامن ألالكتروني»', 'ar');
    expect('«ألامن ألالكتروني»'.slice(a!.start, a!.end)).toBe('ألامن');
    expect('«ألامن ألالكتروني»'.slice(b!.start, b!.end)).toBe('ألالكتروني');
  });

  it('keys every negation as one word, so non-interference and "not to interfere" meet', () => {
    expect(keysOf('non-interference', 'en')).toEqual(keysOf('not to interfere', 'en'));
    expect(keysOf('non-interference', 'en')).toEqual(keysOf("won't interfere", 'en'));
    expect(keysOf('non-interference', 'en')[0]).toBe(NEGATION);
    expect(keysOf('не вмешиваться', 'ru')[0]).toBe(NEGATION);
    expect(keysOf('عدم التدخل', 'ar')).toEqual(keysOf('ألا يتدخل', 'ar'));
    expect(keysOf('بعدم التدخل', 'ar')).toEqual(keysOf('عدم التدخل', 'ar'));
  });

  it('brings irregular English forms to their lemma before stemming', () => {
    expect(keysOf('struck', 'en')).toEqual(keysOf('strike', 'en'));
    expect(keysOf('sought', 'en')).toEqual(keysOf('seeks', 'en'));
    expect(keysOf('crises', 'en')).toEqual(keysOf('crisis', 'en'));
    expect(keysOf('children', 'en')).toEqual(keysOf('child', 'en'));
  });

  it('reads the country in "US" and "U.S.", never the pronoun', () => {
    expect(keysOf('the U.S. and the US', 'en')).toEqual(['usa', 'usa']);
    expect(keysOf('let us talk', 'en')).not.toContain('usa');
  });

  it('keeps numbers apart from words glued to them, as Arabic dates are often written', () => {
    expect(keysOf('منذ ٢٥أيار', 'ar')).toEqual(['25', 'ايار']);
    expect(keysOf('1972г', 'ru')).toContain('1972');
  });

  it('yields ordered, in-bounds, non-overlapping tokens on any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.constantFrom('ar', 'en', 'ru' as const),
        (s, lang) => {
          let last = 0;
          for (const t of tokenize(s, lang)) {
            expect(t.start).toBeGreaterThanOrEqual(last);
            expect(t.end).toBeGreaterThan(t.start);
            expect(t.end).toBeLessThanOrEqual(s.length);
            expect(t.key).not.toBe('');
            last = t.end;
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
