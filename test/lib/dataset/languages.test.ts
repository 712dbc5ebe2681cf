import { describe, expect, it } from 'vitest';
import statementJson from '../../../data/statement.json';
import {
  clauseSummary,
  confirmationText,
  divergenceText,
  flagMessage,
  getClause,
  listClauses,
  listDivergences,
  listNotes,
  noteExplanation,
  noteTranslation,
  statementTitle,
  translationSegments,
  translationText,
} from '../../../lib/dataset/statement';
import { framingFlags } from '../../../lib/dataset/lexicon';
import { malformedMarkers, textRuns } from '../../../lib/dataset/mixed-text';
import type { Confirmation, UiLanguage as MatchLanguage, StatementData } from '../../../lib/dataset/types';

const LANGUAGES: MatchLanguage[] = ['en', 'ar', 'ru'];
const SCRIPT: Record<MatchLanguage, RegExp> = {
  ar: /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u,
  en: /[a-z\u00c0-\u024f]/iu,
  ru: /[\u0400-\u04ff]/u,
};
const LETTER = /\p{L}/u;

/**
 * Every letter of a text in `lang` outside its quote markers is in that language's script, and every quoted run is
 * in the script of the language its marker names: so nothing in another language reaches the UI without a `lang`.
 */
function scriptProblems(text: string, lang: MatchLanguage): string[] {
  const problems = malformedMarkers(text).map((m) => `malformed marker “${m}”`);
  for (const run of textRuns(text)) {
    const runLang = run.lang ?? lang;
    if (run.lang === lang) problems.push(`marker in its own language: “${run.text}”`);
    for (const ch of run.text) {
      if (LETTER.test(ch) && !SCRIPT[runLang].test(ch)) {
        problems.push(`“${ch}” in ${runLang} text “${run.text.slice(0, 60)}”`);
        break;
      }
    }
  }
  return problems;
}

function expectProse(text: string | undefined, lang: MatchLanguage, what: string, minLength = 3): void {
  expect(text, `${what} (${lang}) is missing`).toBeTypeOf('string');
  expect(text!.trim().length, `${what} (${lang}) is too short`).toBeGreaterThanOrEqual(minLength);
  expect(scriptProblems(text!, lang), `${what} (${lang})`).toEqual([]);
}

describe('the dataset in English, Arabic and Russian', () => {
  it('has the statement title in every language', () => {
    for (const lang of LANGUAGES) expectProse(statementTitle(lang), lang, 'title', 40);
  });

  it('has every clause summary in every language', () => {
    for (const c of listClauses()) for (const lang of LANGUAGES) expectProse(clauseSummary(c, lang), lang, c.id, 20);
  });

  it('has a Russian translation of every clause, with the notes in the same places as the English', () => {
    for (const c of listClauses()) {
      const ru = translationSegments(c, 'ru');
      expect(ru, c.id).toBeInstanceOf(Array);
      const notes = (segs: typeof ru) => segs.flatMap((s) => ('noteId' in s ? [s.noteId] : []));
      expect(notes(ru), c.id).toEqual(notes(translationSegments(c, 'en')));
      // A note never stands at the start or end of a segment list without text around it, as in the English.
      expect(
        ru.map((s) => 'text' in s),
        c.id,
      ).toEqual(translationSegments(c, 'en').map((s) => 'text' in s));
      for (const seg of ru) if ('text' in seg) expectProse(seg.text, 'ru', `${c.id} translation`, 1);
      expect(translationText(c, true, 'ru').length, c.id).toBeGreaterThan(40);
    }
  });

  it('has every translator’s note in every translation and explained in every language', () => {
    for (const n of listNotes()) {
      expectProse(noteTranslation(n, 'en'), 'en', `${n.id} translation`);
      expectProse(noteTranslation(n, 'ru'), 'ru', `${n.id} translation`);
      for (const lang of LANGUAGES) expectProse(noteExplanation(n, lang), lang, `${n.id} explanation`, 20);
    }
  });

  it('has every divergence — what the translation says, what the official text says, why it matters — in every language', () => {
    for (const d of listDivergences()) {
      for (const lang of LANGUAGES) {
        const text = divergenceText(d, lang);
        expectProse(text.translationSays, lang, `${d.id} translationSays`);
        expectProse(text.officialSays, lang, `${d.id} officialSays`);
        expectProse(text.explanation, lang, `${d.id} explanation`, 15);
      }
    }
  });

  it('has every confirmation and every framing flag message in every language', () => {
    const confirmations = (statementJson as unknown as StatementData).confirmations as Confirmation[];
    expect(confirmations.length).toBeGreaterThan(0);
    for (const c of confirmations)
      for (const lang of LANGUAGES) expectProse(confirmationText(c, lang), lang, c.clause, 15);
    expect(framingFlags().length).toBeGreaterThan(0);
    for (const f of framingFlags()) for (const lang of LANGUAGES) expectProse(flagMessage(f.id, lang), lang, f.id, 30);
  });

  it('marks the English prose’s Arabic and Russian quotations as such', () => {
    expect(textRuns(listDivergences().find((d) => d.id === 'headline-treaty')!.translationSays)).toContainEqual({
      text: 'معاهدة',
      lang: 'ar',
    });
  });
});

describe('the Russian translation', () => {
  const ru = (id: Parameters<typeof getClause>[0]) => translationText(getClause(id), true, 'ru');

  // Where the circulated Arabic departs from the official text, a translation of the Arabic must depart with it;
  // a rendering taken from the official Russian would silently correct the translation the dataset documents.
  it('follows the Arabic where the Arabic departs from the official statement', () => {
    expect(ru('headline')).toMatch(/договор/);
    expect(ru('headline')).toMatch(/столкновени/);
    expect(ru('preamble')).toMatch(/\(интернет и кибератаки\)/);
    expect(ru('preamble')).not.toMatch(/одобрить/);
    expect(ru('point-1')).toMatch(/Агентство национальной безопасности/);
    expect(ru('point-1')).not.toMatch(/высок(ом|ого) уровн/);
    expect(ru('point-2')).not.toMatch(/компьютерн/);
    expect(ru('point-3')).toMatch(/\(столкновения между двумя странами\)/);
    expect(ru('trust')).toMatch(/соглашения/);
    expect(ru('global-commitment')).not.toMatch(/перв/);
    expect(ru('global-commitment')).toMatch(/кибератак/);
    expect(ru('source')).toMatch(/правительства/);
  });

  it('keeps what the Arabic renders correctly', () => {
    expect(ru('point-3')).toMatch(/25 мая 1972 года/);
    expect(ru('source')).toMatch(/25 сентября 2020 года/);
  });
});

describe('divergences quote the official text in the reader’s language', () => {
  it('quote the official Russian in Russian and the official English in Arabic', () => {
    const d = (id: string) => listDivergences().find((x) => x.id === id)!;
    expect(divergenceText(d('point-1-high-level'), 'ru').officialSays).toContain('«на высоком уровне»');
    expect(divergenceText(d('point-2-computer'), 'ru').officialSays).toContain('компьютерные инциденты');
    expect(divergenceText(d('global-no-first-strike'), 'ru').officialSays).toContain('ненанесении первыми удара');
    expect(divergenceText(d('point-1-high-level'), 'ar').officialSays).toContain('{en|high-level}');
    expect(divergenceText(d('point-2-computer'), 'ar').officialSays).toContain(
      '{en|Computer Emergency Readiness Teams}',
    );
    expect(divergenceText(d('global-no-first-strike'), 'ar').officialSays).toContain('{en|no-first-strike');
  });
});
