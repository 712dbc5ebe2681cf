import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/text/find-dates';
import { NEGATION } from '../../../lib/text/negation';
import { keysOf, tokenize } from '../../../lib/text/tokenize';

describe('Japanese keys', () => {
  it('read a negative ending as a negation, so "not to interfere" stays apart from "interference"', () => {
    expect(keysOf('干渉しない', 'ja')).toEqual(['干渉', NEGATION]);
    expect(keysOf('選挙に介入せず', 'ja')).toEqual(['選挙', '介入', NEGATION]);
    expect(keysOf('先制攻撃を行わない', 'ja')).toEqual(['先制', '制攻', '攻撃', '行', NEGATION]);
    expect(keysOf('条約ではない', 'ja')).toEqual(['条約', NEGATION]);
    // Interference that is asserted keys without one.
    expect(keysOf('選挙に介入した', 'ja')).toEqual(['選挙', '介入']);
    expect(keysOf('内政への干渉を非難', 'ja')).toEqual(['内政', '干渉', '非難']);
  });

  it('read no negation in "must" or "each", nor in a word written in hiragana', () => {
    expect(keysOf('対話しなければならない', 'ja')).toEqual(['対話']);
    expect(keysOf('一件ずつ', 'ja')).toEqual(['一件']);
    expect(keysOf('ないしは協定', 'ja')).toEqual(['協定']);
  });

  it('keep a Latin word inside a run in its place', () => {
    expect(keysOf('米国NSA長官', 'ja')).toEqual(['米国', 'nsa', '長官']);
    expect(keysOf('ICT攻撃', 'ja')).toEqual(['ict', '攻撃']);
  });

  it('come out in text order on any mix of kana, kanji and Latin', () => {
    const char = fc.constantFrom(...'干渉しないずぬませんプーチン米国NSA の、 9月'.split(''));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 60 }), (chars) => {
        const s = chars.join('');
        let last = 0;
        for (const t of tokenize(s, 'ja')) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(s.length);
          last = t.start;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('read the dates Japanese coverage writes', () => {
    const [full] = findDates('プーチン大統領は2020年9月25日に声明を出した', 'ja');
    expect(full).toMatchObject({ day: 25, month: 9, year: 2020 });
    const [wide] = findDates('２０２０年９月２５日', 'ja');
    expect(wide).toMatchObject({ day: 25, month: 9, year: 2020 });
    const [noYear] = findDates('9月25日の声明', 'ja');
    expect(noYear).toMatchObject({ day: 25, month: 9 });
  });
});
