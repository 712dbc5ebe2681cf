import { describe, expect, it } from 'vitest';
import { searchClauses } from '../../../lib/dataset/search';
import { listClauses } from '../../../lib/dataset/statement';

const top = (q: string) => searchClauses(q)[0]?.clauseId;

describe('searchClauses', () => {
  it.each([
    ['high seas', 'point-3'],
    ['أعالي البحار', 'point-3'],
    ['открытом море', 'point-3'],
    ['1972', 'point-3'],
    ['١٩٧٢', 'point-3'],
    ['الامن القومي', 'point-1'],
    ['guarantees of non-interference', 'point-4'],
    ['Nuclear Risk Reduction', 'point-2'],
    ['green light', 'experts-dialogue'],
    ['зелёный свет', 'experts-dialogue'],
    ['NSA', 'point-1'],
  ])('finds %s in %s', (query, clause) => {
    expect(top(query)).toBe(clause);
  });

  // The source itself spells «ألامن» beside «الأمن», «الالكترونية» without its hamza: a reader's spelling must not matter.
  it.each([
    ['الإلكترونية', ['ألالكترونية', 'الالكترونيه', 'الالكترونية', 'الإلكترونيّة']],
    ['الأمن', ['ألامن', 'الامن']],
  ])(
    'folds Arabic spelling variants both ways: %s and its variants find the same clauses, ranked alike',
    (word, variants) => {
      const ranked = (q: string) => searchClauses(q).map((h) => `${h.clauseId} ${h.score}`);
      const expected = ranked(word);
      // Every clause whose Arabic has the word in any of these spellings is found (spelled out here, not folded).
      const plain = (s: string) => s.replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه');
      const holding = listClauses().filter((c) => plain(c.arabic).includes(plain(word)));
      expect(holding.length).toBeGreaterThan(1);
      expect(searchClauses(word).map((h) => h.clauseId)).toEqual(expect.arrayContaining(holding.map((c) => c.id)));
      for (const variant of variants) expect(ranked(variant), variant).toEqual(expected);
    },
  );

  it("returns a snippet in the field's own spelling with the match marked", () => {
    const hit = searchClauses('الامن القومي')[0]!;
    const marked = hit.snippet.text.slice(hit.snippet.matchStart, hit.snippet.matchEnd);
    expect(marked.replace(/[أإآ]/g, 'ا')).toBe('الامن القومي');
  });

  it('returns nothing for empty or unmatched queries', () => {
    expect(searchClauses('   ')).toEqual([]);
    expect(searchClauses('zzzzqqq')).toEqual([]);
  });
});

describe('search in the reader’s languages', () => {
  it('finds a clause by the Russian translation of the Arabic and by the Arabic summary', () => {
    expect(searchClauses('столкновения между двумя странами')[0]?.clauseId).toBe('point-3');
    expect(searchClauses('الفضاء المعلوماتي')[0]?.clauseId).toBe('point-3');
  });
});
