import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { detectLanguage } from '../../../lib/text/detect-language';
import { findDates } from '../../../lib/text/find-dates';
import { keysOf } from '../../../lib/text/tokenize';

describe('Spanish', () => {
  it('is told from Turkish in prose full of «de», a word both write', () => {
    const text =
      'La investigación de la vacuna de Oxford depende de datos de miles de voluntarios de Brasil y de Sudáfrica, según fuentes de la universidad.';
    expect(detectLanguage(text)).toBe('es');
  });

  it('keys «EE.UU.» and «no injerencia» as written by the press', () => {
    expect(keysOf('EE.UU.', 'es')).toEqual(keysOf('EE. UU.', 'es'));
    expect(keysOf('garantías de no injerencia', 'es')).toEqual(keysOf('garantía de no injerencias', 'es'));
  });

  it('reads long and abbreviated dates', () => {
    expect(findDates('el 25 de septiembre de 2020', 'es')[0]).toMatchObject({ day: 25, month: 9, year: 2020 });
    expect(findDates('25 sep 2020', 'es')[0]).toMatchObject({ day: 25, month: 9, year: 2020 });
  });

  it("finds the proposal's points in a Spanish dispatch written in the press's own words", () => {
    const report = analyze({
      title: 'Putin propone a EE.UU. intercambiar garantías de no injerencia en elecciones',
      published: '2020-09-25',
      text: [
        'El presidente ruso, Vladímir Putin, propuso este viernes a Estados Unidos intercambiar garantías mutuas de no injerencia en los asuntos internos, incluidos los procesos electorales.',
        'Putin planteó además un pacto mundial por el que todos los Estados se comprometan a no ser los primeros en lanzar un ataque con tecnologías de la información.',
      ].join('\n'),
    });
    expect(report.language).toBe('es');
    expect(report.verdict).toBe('about');
    expect(report.clauses.map((c) => c.id)).toEqual(expect.arrayContaining(['point-4', 'global-commitment']));
  });

  it('leaves an earlier offer of non-interference guarantees (2017) unrelated', () => {
    const report = analyze({
      title: 'Moscú ofrece a Washington garantías de no injerencia',
      published: '2017-11-13',
      text: 'El viceministro ruso de Exteriores, Serguéi Riabkov, propuso a Estados Unidos intercambiar garantías mutuas de no injerencia en los asuntos internos.',
    });
    expect(report.verdict).toBe('unrelated');
  });
});
