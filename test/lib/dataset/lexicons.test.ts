import { describe, expect, it } from 'vitest';
import { framingFlags, lexiconData } from '../../../lib/dataset/lexicon';
import { lexiconLanguages } from '../../../lib/dataset/lexicon';
import { CLAUSE_IDS } from '../../../lib/dataset/types';
import { keysOf } from '../../../lib/text/tokenize';
import { NEGATION } from '../../../lib/text/negation';

/** Every language with a lexicon file is held to the same rules. */
const LANGS = lexiconLanguages();
const lex = lexiconData();

describe('matching lexicons', () => {
  it('have terms in every language for every statement clause', () => {
    for (const id of CLAUSE_IDS.filter((c) => c !== 'headline' && c !== 'source')) {
      for (const lang of LANGS)
        expect(Object.keys(lex.clauses[id][lang]).length, `${id}/${lang}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('keep every multi-word term multi-word after function words are dropped (no accidental one-word terms)', () => {
    for (const id of CLAUSE_IDS) {
      for (const lang of LANGS) {
        for (const term of Object.keys(lex.clauses[id][lang])) {
          const words = term.split(/[\s]+/).length;
          const keys = keysOf(term, lang);
          expect(keys.length, `${id}/${lang}: "${term}"`).toBeGreaterThan(0);
          if (words > 1) expect(keys.length, `${id}/${lang}: "${term}" keys to ${keys.join(' ')}`).toBeGreaterThan(1);
        }
      }
    }
  });

  it('keep every facet wording meaningful after function words are dropped (never a lone negation or nothing)', () => {
    for (const [id, facets] of Object.entries(lex.facets)) {
      for (const [group, data] of Object.entries(facets!.groups)) {
        for (const lang of LANGS) {
          for (const term of data[lang]) {
            const keys = keysOf(term, lang);
            const where = `${id}.${group}/${lang}: "${term}" keys to [${keys.join(' ')}]`;
            expect(keys.filter((k) => k !== NEGATION).length, where).toBeGreaterThan(0);
          }
        }
      }
    }
  });

  it('never use a boilerplate term as clause evidence', () => {
    for (const lang of LANGS) {
      const boilerplate = new Set(lex.boilerplate[lang].map((t) => keysOf(t, lang).join(' ')));
      for (const id of CLAUSE_IDS) {
        for (const term of Object.keys(lex.clauses[id][lang])) {
          expect(boilerplate.has(keysOf(term, lang).join(' ')), `${id}/${lang}: "${term}" is boilerplate`).toBe(false);
        }
      }
    }
  });

  it('weigh terms between 0.5 and 4', () => {
    const weights = CLAUSE_IDS.flatMap((id) => LANGS.flatMap((lang) => Object.values(lex.clauses[id][lang])));
    expect(Math.min(...weights)).toBeGreaterThanOrEqual(0.5);
    expect(Math.max(...weights)).toBeLessThanOrEqual(4);
  });

  it('fold Arabic spelling variants onto the same keys', () => {
    expect(keysOf('ألامن ألالكتروني', 'ar')).toEqual(keysOf('الأمن الإلكتروني', 'ar'));
    expect(keysOf('إتفاقية', 'ar')).toEqual(keysOf('اتفاقيه', 'ar'));
  });
});

describe('framing flags', () => {
  it('include the documented misstatements, each with patterns in all three languages', () => {
    const ids = framingFlags().map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'treaty-on-non-interference',
        'ban-on-cyberattacks',
        'nsa-named',
        'government-website',
        'unilateral-promise',
        'incidents-agreement-misdated',
      ]),
    );
    for (const f of framingFlags()) {
      expect(f.message.length).toBeGreaterThan(30);
      for (const lang of LANGS) {
        expect(f.patterns[lang]?.all.length, `${f.id}/${lang}`).toBeGreaterThan(0);
        for (const group of f.patterns[lang]!.all)
          for (const alt of group) expect(keysOf(alt, lang).length, `${f.id}/${lang}: "${alt}"`).toBeGreaterThan(0);
      }
    }
  });
});
