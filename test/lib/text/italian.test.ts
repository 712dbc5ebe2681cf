import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { findDates } from '../../../lib/text/find-dates';
import { NEGATION } from '../../../lib/text/negation';
import { keysOf } from '../../../lib/text/tokenize';

describe('Italian', () => {
  it('keys a word the same with or without the elided article or preposition written onto it', () => {
    expect(keysOf("l'ingerenza", 'it')).toEqual(keysOf('ingerenza', 'it'));
    expect(keysOf('nell’ambito dell’informazione', 'it')).toEqual(keysOf('ambito informazione', 'it'));
    expect(keysOf("un'intesa sull'accordo", 'it')).toEqual(keysOf('intesa accordo', 'it'));
    expect(keysOf("c'è", 'it')).toEqual([]);
  });

  it('keys "non ingerenza" and "nessuna ingerenza" alike, the negation first', () => {
    expect(keysOf('non ingerenza', 'it')).toEqual(keysOf('nessuna ingerenza', 'it'));
    expect(keysOf('non-ingerenza', 'it')[0]).toBe(NEGATION);
  });

  it('reads dates as the Italian press writes them', () => {
    expect(findDates('Mosca, 25 settembre 2020', 'it')).toMatchObject([{ day: 25, month: 9, year: 2020 }]);
    expect(findDates("l'accordo del 25 maggio del 1972", 'it')).toMatchObject([{ day: 25, month: 5, year: 1972 }]);
    expect(findDates('il 25/09/2020', 'it')).toMatchObject([{ day: 25, month: 9, year: 2020 }]);
  });

  it("finds the clauses in the words an elision is written onto (l'ingerenza, lo spazio dell'informazione)", () => {
    const report = analyze({
      title: "Putin propone agli Usa lo scambio di garanzie contro l'ingerenza elettorale",
      text:
        "Il presidente russo Vladimir Putin ha proposto oggi agli Stati Uniti un'intesa per prevenire gli incidenti nello " +
        "spazio dell'informazione e garanzie reciproche contro l'ingerenza nelle elezioni, nell'ambito di un programma per " +
        'ripristinare la cooperazione nel campo della sicurezza informatica.',
      published: '2020-09-25',
    });
    expect(report.language).toBe('it');
    expect(report.verdict).toBe('about');
    const evidence = (id: string) => report.clauses.find((c) => c.id === id)?.passages.flatMap((p) => p.evidence) ?? [];
    expect(evidence('point-3')).toContain("incidenti nello spazio dell'informazione");
    expect(evidence('point-4').some((e) => e.startsWith("l'ingerenza"))).toBe(true);
  });
});
