import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEAD, PREFIXED, trieStep, trieValue, wordTrie } from '../../../lib/text/word-trie';

/** Words over a few letters of several scripts, so that sets share prefixes and a node has many children. */
const word = fc
  .array(fc.constantFrom(...'abcdeyzéßαβсяاب年月'), { minLength: 1, maxLength: 6 })
  .map((cs) => cs.join(''));

/** What the trie stands for: a set of words with values, and prefixes taking every word they begin. */
function oracle(words: [string, number][], prefixes: string[], w: string): number {
  const prefix = prefixes.filter((p) => w.startsWith(p)).sort((a, b) => a.length - b.length)[0];
  const own = words.filter(([x]) => x === w).reduce((bits, [, v]) => bits | v, 0);
  if (prefix !== undefined && (own === 0 || prefix.length < w.length)) return PREFIXED;
  return own;
}

describe('wordTrie', () => {
  it('finds a word where it stands in a text, and nothing else', () => {
    const trie = wordTrie([
      ['of', 1],
      ['the', 1],
      ['september', 9],
    ]);
    const text = 'the 25th of September, then';
    expect(trieValue(trie, text, 0, 3)).toBe(1);
    expect(trieValue(trie, text, 9, 11)).toBe(1);
    expect(trieValue(trie, text.toLowerCase(), 12, 21)).toBe(9);
    expect(trieValue(trie, text, 12, 21)).toBe(0); // code units, not letters: "S" is not "s"
    expect(trieValue(trie, text, 23, 27)).toBe(0); // "then" begins with "the" but is not it
    expect(trieValue(trie, text, 23, 25)).toBe(0); // "th": a prefix of a word is not a word
  });

  it('takes every word a prefix entry begins, the prefix itself included', () => {
    const trie = wordTrie([['май', 5]], ['сентябр']);
    expect(trieValue(trie, 'сентября', 0, 8)).toBe(PREFIXED);
    expect(trieValue(trie, 'сентябр', 0, 7)).toBe(PREFIXED);
    expect(trieValue(trie, 'сентяб', 0, 6)).toBe(0);
    expect(trieValue(trie, 'май', 0, 3)).toBe(5);
  });

  it('ors the values of a word given twice, and refuses a value of 0', () => {
    expect(
      trieValue(
        wordTrie([
          ['una', 1],
          ['una', 4],
        ]),
        'una',
        0,
        3,
      ),
    ).toBe(5);
    expect(() => wordTrie([['x', 0]])).toThrow(/non-zero/);
  });

  it('is walked letter by letter to the same node a whole lookup reaches', () => {
    const trie = wordTrie([
      ['and', 1],
      ['an', 2],
    ]);
    let node = 0;
    for (const c of 'and') node = trieStep(trie, node, c.charCodeAt(0));
    expect(trie.value[node]).toBe(1);
    expect(trieStep(trie, trieStep(trie, 0, 'x'.charCodeAt(0)), 'a'.charCodeAt(0))).toBe(DEAD);
  });

  it('agrees with a set of words and prefixes on any words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(word, fc.integer({ min: 1, max: 255 })), { maxLength: 40 }),
        fc.array(word, { maxLength: 5 }),
        fc.array(word, { maxLength: 30 }),
        (words, prefixes, probes) => {
          const trie = wordTrie(words, prefixes);
          for (const w of [...probes, ...words.map(([x]) => x), ...prefixes]) {
            // Looked up inside a longer text, as the passes over an article do.
            const text = `.${w}.`;
            expect(trieValue(trie, text, 1, 1 + w.length)).toBe(oracle(words, prefixes, w));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
