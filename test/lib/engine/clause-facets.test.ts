import { describe, expect, it } from 'vitest';
import { facetData } from '../../../lib/engine/clause-facets';
import { languageIndex } from '../../../lib/engine/lexicon-index';
import { lexiconLanguages } from '../../../lib/dataset/lexicon';
import { lexiconData, statementClauses } from '../../../lib/dataset/statement';
import type { ClauseFacetData, MatchLanguage } from '../../../lib/dataset/types';
import { keysOf } from '../../../lib/text/tokenize';

/** Every language with a lexicon file is held to the same rules. */
const LANGS: MatchLanguage[] = lexiconLanguages();

describe('clause facets (data/lexicons.json "facets")', () => {
  const facets = facetData();

  it('cover every statement clause, and every entry in the data is well-formed', () => {
    const raw = (lexiconData() as unknown as { facets: Record<string, unknown> }).facets;
    expect(Object.keys(facets).sort()).toEqual(Object.keys(raw).sort());
    for (const c of statementClauses()) expect(facets[c.id], c.id).toBeDefined();
  });

  it('give every component wordings in every language with a lexicon that key to at least one word', () => {
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

  // A rule holds when each of its sets has one of its components present (lib/engine/score-passages.ts).
  const holdsWith = (rule: string[][], present: ReadonlySet<string>) =>
    rule.every((set) => set.some((g) => present.has(g)));
  const rulesOf = (data: ClauseFacetData) => [...data.rules, ...(data.sentenceRules ?? [])];
  /** A component that names the clause outright (the Nuclear Risk Reduction Centres) may identify it alone. */
  const namesClause = (data: ClauseFacetData, rule: string[][]) =>
    rule.length === 1 && rule[0]!.every((g) => data.groups[g]!.weight >= 3);

  it('never let a rule be met by one component alone, unless that component names the clause outright', () => {
    for (const [id, data] of Object.entries(facets)) {
      for (const rule of rulesOf(data)) {
        if (namesClause(data, rule)) continue;
        const alone = Object.keys(data.groups).filter((g) => holdsWith(rule, new Set([g])));
        expect(alone, `${id}: ${JSON.stringify(rule)}`).toEqual([]);
      }
    }
  });

  it('never let a rule be met by one wording alone (a wording listed under several components)', () => {
    for (const [id, data] of Object.entries(facets)) {
      for (const lang of LANGS) {
        const componentsOf = new Map<string, Set<string>>();
        for (const [g, group] of Object.entries(data.groups))
          for (const term of group[lang]) {
            const key = keysOf(term, lang).join(' ');
            componentsOf.set(key, (componentsOf.get(key) ?? new Set()).add(g));
          }
        for (const rule of rulesOf(data)) {
          if (namesClause(data, rule)) continue;
          const alone = [...componentsOf].filter(([, groups]) => holdsWith(rule, groups)).map(([key]) => key);
          expect(alone, `${id}/${lang}: ${JSON.stringify(rule)}`).toEqual([]);
        }
      }
    }
  });

  it('never let a rule be met by statement-wide boilerplate alone ("information security", "agreement", "dialogue")', () => {
    for (const lang of LANGS) {
      const boilerplate = new Set(lexiconData().boilerplate[lang].map((t) => keysOf(t, lang).join(' ')));
      expect(boilerplate.size, lang).toBeGreaterThan(0);
      for (const [id, data] of Object.entries(facets)) {
        // The components a text made only of boilerplate would show: those with any boilerplate wording.
        const present = new Set(
          Object.entries(data.groups)
            .filter(([, group]) => group[lang].some((t) => boilerplate.has(keysOf(t, lang).join(' '))))
            .map(([g]) => g),
        );
        for (const rule of rulesOf(data))
          expect(holdsWith(rule, present), `${id}/${lang}: ${JSON.stringify(rule)}`).toBe(false);
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
