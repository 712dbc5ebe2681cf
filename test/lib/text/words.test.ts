import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextWord, type WordOptions } from '../../../lib/text/words';

/** The regular expressions the scanner stands for. */
const DATE_WORD = /\p{N}+|[\p{L}\p{M}]+/gu;
const TOKEN_WORD = /u\.s\.(?:a\.)?|\p{N}+|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;

function scanned(text: string, options: WordOptions): string[] {
  const out: string[] = [];
  const span = { start: 0, end: 0 };
  for (let at = 0; nextWord(text, at, options, span); at = span.end)
    out.push(`${span.start}:${text.slice(span.start, span.end)}`);
  return out;
}

function matched(text: string, re: RegExp): string[] {
  return [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}`);
}

/** Characters on every branch: ASCII, apostrophes, "u.s.a.", marks, other scripts' letters and digits, supplementary
 * letters and digits, lone surrogates, numbers that are not digits. */
const PIECES = [
  ..."aZus.0 9'’-",
  'u.s.',
  'u.s.a.',
  '\u0301',
  '\u064e',
  'ж',
  'ب',
  '٣',
  '普',
  'の',
  '²',
  '½',
  'Ⅻ',
  '\u{20000}',
  '\u{1d7d8}',
  '\u{1f600}',
  '\ud800',
  '\udc00',
  '\u00a0',
  '\u200b',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join(''));

describe('nextWord', () => {
  it('finds the words the date reader’s regular expression finds', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(scanned(s, { tokens: false })).toEqual(matched(s, DATE_WORD));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the words the tokenizer’s regular expression finds (apostrophes, "u.s.a.")', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(scanned(s, { tokens: true })).toEqual(matched(s, TOKEN_WORD));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a word of each kind', () => {
    expect(scanned("Don't tell the U.S.A. — u.s. 1972г", { tokens: true })).toEqual([
      "0:Don't",
      '6:tell',
      '11:the',
      '15:U',
      '17:S',
      '19:A',
      '24:u.s.',
      '29:1972',
      '33:г',
    ]);
  });
});
