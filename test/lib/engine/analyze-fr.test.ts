import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { findDates } from '../../../lib/text/find-dates';
import { keysOf } from '../../../lib/text/tokenize';

describe('French', () => {
  it('keys an elided article or pronoun apart from its word, so «l’ingérence» meets «ingérence»', () => {
    expect(keysOf("l'ingérence", 'fr')).toEqual(keysOf('ingérence', 'fr'));
    expect(keysOf('d’échanger', 'fr')).toEqual(keysOf('échanger', 'fr'));
    expect(keysOf("qu'il s'ingère", 'fr')).toEqual(keysOf('ingère', 'fr'));
    // A word that merely contains an apostrophe is not an elision.
    expect(keysOf("aujourd'hui", 'fr')).toEqual(['aujourdhui']);
  });

  it('reads dates with the abbreviated month, but never «sept» (seven) alone as September', () => {
    expect(findDates('le 25 sept. 2020', 'fr')[0]).toMatchObject({ day: 25, month: 9, year: 2020 });
    expect(findDates('il y a sept ans', 'fr')).toEqual([]);
    expect(findDates('le 25 septembre 2020', 'fr')[0]).toMatchObject({ day: 25, month: 9, year: 2020 });
  });

  it("finds the proposal's points in a French dispatch written in the press's own words", () => {
    const report = analyze({
      title: 'Poutine propose aux Etats-Unis des garanties mutuelles de non-ingérence électorale',
      published: '2020-09-25',
      text: [
        "Le président russe Vladimir Poutine a proposé vendredi aux Etats-Unis d'échanger des garanties de non-ingérence dans les affaires intérieures, y compris dans les processus électoraux.",
        "Il suggère aussi de conclure un accord pour prévenir les incidents dans l'espace informationnel, sur le modèle de l'accord de 1972 sur les incidents en haute mer.",
      ].join('\n'),
    });
    expect(report.language).toBe('fr');
    expect(report.verdict).toBe('about');
    expect(report.clauses.map((c) => c.id)).toEqual(expect.arrayContaining(['point-3', 'point-4']));
  });

  it('leaves the 2013 hotline agreement unrelated', () => {
    const report = analyze({
      title: 'Cyberespace : Moscou et Washington installent une ligne directe',
      published: '2013-06-18',
      text: "Barack Obama et Vladimir Poutine ont signé un accord sur des mesures de confiance dans le cyberespace. Une ligne directe reliera les centres de réduction du risque nucléaire, et les équipes d'intervention d'urgence informatique des deux pays échangeront des informations.",
    });
    expect(report.verdict).toBe('unrelated');
  });
});
