import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { findDates } from '../../../lib/text/find-dates';
import { keysOf } from '../../../lib/text/tokenize';

describe('Italian', () => {
  it('keys elided articles and articulated prepositions apart from their word («dell’informazione», «un’intesa»)', () => {
    expect(keysOf("sicurezza dell'informazione", 'it')).toEqual(keysOf('sicurezza informazione', 'it'));
    expect(keysOf('un’intesa', 'it')).toEqual(keysOf('intesa', 'it'));
    expect(keysOf("all'ingerenza", 'it')).toEqual(keysOf('ingerenza', 'it'));
  });

  it("reads the agencies' abbreviated month next to a day, but never «set» alone (a set of measures)", () => {
    expect(findDates('Roma, 25 set. 2020', 'it')[0]).toMatchObject({ day: 25, month: 9, year: 2020 });
    expect(findDates('un set di misure pratiche', 'it')).toEqual([]);
    expect(findDates('il 25 settembre 2020', 'it')[0]).toMatchObject({ day: 25, month: 9, year: 2020 });
  });

  it("finds the proposal's points in an Italian agency brief written in the press's own words", () => {
    const report = analyze({
      title: 'Putin propone agli Usa garanzie reciproche di non ingerenza nelle elezioni',
      published: '2020-09-25',
      text: [
        'Il presidente russo Vladimir Putin ha proposto agli Stati Uniti di scambiarsi garanzie di non ingerenza negli affari interni, compresi i processi elettorali.',
        "Putin propone inoltre un accordo per prevenire gli incidenti nel cyberspazio, sul modello dell'accordo del 1972 sugli incidenti in alto mare.",
      ].join('\n'),
    });
    expect(report.language).toBe('it');
    expect(report.verdict).toBe('about');
    expect(report.clauses.map((c) => c.id)).toEqual(expect.arrayContaining(['point-3', 'point-4']));
  });

  it('leaves the history of the 1972 Incidents at Sea agreement unrelated', () => {
    const report = analyze({
      title: "L'accordo del 1972 che evitò le collisioni in alto mare",
      published: '2019-05-25',
      text: "Il 25 maggio 1972 Stati Uniti e Unione Sovietica firmarono a Mosca l'accordo per la prevenzione degli incidenti in alto mare e nello spazio aereo sovrastante. Il testo fissava distanze e segnali per le navi da guerra.",
    });
    expect(report.verdict).toBe('unrelated');
  });
});
