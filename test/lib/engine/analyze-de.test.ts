import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { findDates } from '../../../lib/text/find-dates';
import { keysOf } from '../../../lib/text/tokenize';

describe('German', () => {
  it('keys umlauted plurals and inflected compounds with their singular, so coverage meets the lexicon', () => {
    expect(keysOf('Zwischenfällen', 'de')).toEqual(keysOf('Zwischenfall', 'de'));
    expect(keysOf('gegenseitigen Garantien', 'de')).toEqual(keysOf('gegenseitige Garantie', 'de'));
    expect(keysOf('Erstschlags', 'de')).toEqual(keysOf('Erstschlag', 'de'));
  });

  it('reads dates with a dot after the day, numeric dates and the abbreviated month', () => {
    expect(findDates('am 25. September 2020', 'de')[0]).toMatchObject({ day: 25, month: 9, year: 2020 });
    expect(findDates('vom 25.09.2020', 'de')[0]).toMatchObject({ day: 25, month: 9, year: 2020 });
    expect(findDates('Ende Sept. 2020', 'de')[0]).toMatchObject({ month: 9, year: 2020 });
  });

  it("finds the proposal's points in a German agency brief written in the press's own words", () => {
    const report = analyze({
      title: 'Putin schlägt USA gegenseitige Garantien gegen Wahleinmischung vor',
      published: '2020-09-25',
      text: [
        'Der russische Präsident Wladimir Putin hat den Vereinigten Staaten vorgeschlagen, einander Garantien der Nichteinmischung in die inneren Angelegenheiten zu geben, einschließlich der Wahlen.',
        'In einer am Freitag vom Kreml veröffentlichten Erklärung wirbt Putin für einen Neustart der Beziehungen beider Länder im Bereich der Informationssicherheit.',
      ].join('\n'),
    });
    expect(report.language).toBe('de');
    expect(report.verdict).toBe('about');
    expect(report.clauses.map((c) => c.id)).toEqual(expect.arrayContaining(['preamble', 'point-4']));
  });

  it('leaves an earlier Russian offer of non-interference guarantees (2017) unrelated', () => {
    const report = analyze({
      title: 'Moskau bietet USA Garantien gegen Einmischung an',
      published: '2017-11-13',
      text: 'Der russische Vizeaußenminister Sergej Rjabkow hat den USA gegenseitige Garantien der Nichteinmischung in innere Angelegenheiten angeboten. Washington habe darauf bisher nicht reagiert.',
    });
    expect(report.verdict).toBe('unrelated');
  });
});
