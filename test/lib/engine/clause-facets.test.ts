import { describe, expect, it } from 'vitest';
import { facetData } from '../../../lib/engine/clause-facets';
import { languageIndex } from '../../../lib/engine/lexicon-index';
import { lexiconData, statementClauses } from '../../../lib/dataset/statement';
import type { MatchLanguage } from '../../../lib/dataset/types';
import { keysOf } from '../../../lib/text/tokenize';

const LANGS: MatchLanguage[] = ['ar', 'en', 'ru'];

describe('clause facets (data/lexicons.json "facets")', () => {
  const facets = facetData();

  it('cover every statement clause, and every entry in the data is well-formed', () => {
    const raw = (lexiconData() as unknown as { facets: Record<string, unknown> }).facets;
    expect(Object.keys(facets).sort()).toEqual(Object.keys(raw).sort());
    for (const c of statementClauses()) expect(facets[c.id], c.id).toBeDefined();
  });

  it('give every component wordings in all three languages that key to at least one word', () => {
    for (const [id, data] of Object.entries(facets)) {
      for (const [name, group] of Object.entries(data.groups)) {
        expect(group.weight, `${id}/${name}`).toBeGreaterThan(0);
        expect(group.weight, `${id}/${name}`).toBeLessThanOrEqual(4);
        for (const lang of LANGS) {
          expect(group[lang].length, `${id}/${name}/${lang}`).toBeGreaterThan(0);
          for (const term of group[lang])
            expect(keysOf(term, lang).length, `${id}/${name}/${lang}: "${term}"`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('never let a rule be met by one component alone, or by statement-wide boilerplate alone', () => {
    for (const [id, data] of Object.entries(facets)) {
      for (const rule of data.rules) {
        // A single-set rule is a single component: only allowed where that component names the clause outright.
        if (rule.length === 1)
          for (const set of rule)
            for (const g of set) expect(data.groups[g]!.weight, `${id}: ${g}`).toBeGreaterThanOrEqual(3);
      }
      for (const lang of LANGS) {
        const boilerplate = new Set(lexiconData().boilerplate[lang].map((t) => keysOf(t, lang).join(' ')));
        for (const rule of data.rules) {
          const allBoilerplate = rule.every((set) =>
            set.every((g) => data.groups[g]![lang].every((t) => boilerplate.has(keysOf(t, lang).join(' ')))),
          );
          expect(allBoilerplate, `${id}/${lang}`).toBe(false);
        }
      }
    }
  });

  it('compile into the matching index of each language', () => {
    for (const lang of LANGS) {
      const index = languageIndex(lang);
      for (const c of statementClauses())
        expect(index.facets.get(c.id)?.rules.length, `${c.id}/${lang}`).toBeGreaterThan(0);
    }
  });
});
