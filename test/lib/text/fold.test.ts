import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, foldText, originOf } from '../../../lib/text/fold';

/** Strings that exercise every branch of folding: Arabic variants and marks, ligatures, digits, Cyrillic, controls. */
const SPECIAL = [
  ...'أإآٱىیئؤةۀکـًٌٍَُِّْٰ٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹０９ﻻﻷﺃﺇﷲﹰﹱﹲ',
  ...'ЁёАЯаяİẞΣ',
  ...'\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad\u061c',
  'a',
  'Z',
  ' ',
  '\n',
  '\ud83d',
  '\ude00',
];
const mixed = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...SPECIAL), { maxLength: 60 }).map((cs) => cs.join('')),
);

describe('fold', () => {
  it('folds Arabic spelling variants, marks and digits as the source and coverage write them', () => {
    expect(foldText('ألامن ألالكتروني')).toBe(foldText('الأمن الإلكتروني'));
    expect(foldText('أتفاق')).toBe(foldText('اتفاق'));
    expect(foldText('إتفاقية')).toBe('اتفاقيه');
    expect(foldText('مبنى')).toBe('مبني');
    expect(foldText('الأمـــن')).toBe('الامن'); // tatweel
    expect(foldText('الأَمْنُ')).toBe('الامن'); // diacritics
    expect(foldText('٢٥ أيار ١٩٧٢')).toBe('25 ايار 1972');
    expect(foldText('۲۰۲۰')).toBe('2020'); // Persian digits
    expect(foldText('ﻻ')).toBe('لا'); // presentation-form ligature
    expect(foldText('ﺃﻣﻦ')).toBe('امن'); // presentation forms with hamza
    expect(foldText('کی')).toBe('كي'); // Persian kaf and yeh
  });

  it('folds Russian ё and case, and drops bidi and zero-width controls', () => {
    expect(foldText('Ещё ЁЛКА')).toBe('еще елка');
    expect(foldText('Пу\u200bтин')).toBe('путин');
    expect(foldText('\u202eبوتين\u202c')).toBe('بوتين');
    expect(foldText('non\u00adinterference')).toBe('noninterference');
  });

  it('maps every folded character back to the character it came from', () => {
    const input = 'Ёж «ﻻ» الأَمْن ١٩٧٢\u200f!';
    const folded = fold(input);
    const { text, map } = folded;
    expect(map).toHaveLength(text.length + 1);
    expect(originOf(folded, text.length)).toBe(input.length);
    expect(input.slice(originOf(folded, 0), originOf(folded, 0) + 1)).toBe('Ё');
    const la = text.indexOf('لا');
    expect(originOf(folded, la)).toBe(originOf(folded, la + 1)); // both letters of the ligature point at it
    expect(input[originOf(folded, la)]).toBe('ﻻ');
  });

  it('makes no offset map when every character folds in place into one', () => {
    const folded = fold('Ёлка, ÉTÉ — “Putin’s” ١٩٧٢ İ');
    expect(folded.map).toBeNull();
    expect(folded.text).toBe('елка, été — “putin’s” 1972 i');
    expect(originOf(folded, 3)).toBe(3);
  });

  it('lower-cases each character on its own, as Unicode lower-casing of a whole word does not', () => {
    // A word-final capital sigma is ς to toLowerCase, σ alone; İ is two units to toLowerCase; a supplementary capital
    // (Deseret 𐐀) is lower-cased as a pair by toLowerCase, left as it is unit by unit.
    expect(foldText('ΟΔΥΣΣΕΑΣ')).toBe('οδυσσεασ');
    expect(foldText('İSTANBUL')).toBe('istanbul');
    expect(foldText('𐐀 Putin')).toBe('𐐀 putin');
    expect(foldText('Putin ΑΣ')).toBe([...'Putin ΑΣ'].map((c) => foldText(c)).join(''));
  });

  it('is idempotent on any string', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const once = foldText(s);
        expect(foldText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it('has an exact offset map: each original unit folds, on its own, to exactly the characters mapped to it', () => {
    fc.assert(
      fc.property(mixed, (s) => {
        const folded = fold(s);
        const { text } = folded;
        expect(originOf(folded, text.length)).toBe(s.length);
        let k = 0;
        for (let j = 0; j < s.length; j++) {
          const piece = foldText(s[j]!);
          for (let p = 0; p < piece.length; p++, k++) {
            expect(originOf(folded, k)).toBe(j);
            expect(text[k]).toBe(piece[p]);
          }
        }
        expect(k).toBe(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});
