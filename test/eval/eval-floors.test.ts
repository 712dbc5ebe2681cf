// @vitest-environment node
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lexiconLanguages } from '../../lib/dataset/lexicon';
import { EVAL_SETS, evaluate, floorsFor, showsMistakes } from './evaluate';

/**
 * The measure of matching quality is part of the tests: on the team's corpus and on every blind set, per language,
 * detection precision, detection recall and clause F1 stay at or above their floors (floorsFor). The floors were set before the
 * matching was tuned to real coverage and are never lowered to what the engine scores.
 */
const FIRST_LANGUAGES = ['ar', 'en', 'ru'];
/**
 * Languages whose first blind part fell short of the floors and was retired: read and tuned on, now in
 * heldout/blind-forms-read; the second blind set (blind-forms-2) measures them instead, so every language that has a
 * lexicon keeps a blind part.
 */
const RETIRED_BLIND = ['ru', 'pt', 'uk', 'zh'];
/**
 * The languages each set is held to, and at least how many articles each must have there, so a set that lost its
 * files cannot pass: the corpus and the blind real-coverage forms (first or second set) cover every language that has
 * a lexicon (a language is not matched without one); the older sets only the first three.
 */
const HELD: Record<string, { languages: readonly string[]; min: (lang: string) => number }> = {
  'test/fixtures/corpus': { languages: lexiconLanguages(), min: (lang) => (FIRST_LANGUAGES.includes(lang) ? 130 : 22) },
  'test/fixtures/blind': { languages: FIRST_LANGUAGES, min: () => 10 },
  'test/fixtures/heldout/real-forms': { languages: FIRST_LANGUAGES, min: () => 40 },
  'test/fixtures/blind-forms': {
    languages: lexiconLanguages().filter((lang) => !RETIRED_BLIND.includes(lang)),
    min: (lang) => (FIRST_LANGUAGES.includes(lang) ? 40 : 20),
  },
  'test/fixtures/heldout/blind-forms-read': {
    languages: RETIRED_BLIND,
    min: (lang) => (FIRST_LANGUAGES.includes(lang) ? 40 : 20),
  },
  'test/fixtures/blind-forms-2': {
    languages: RETIRED_BLIND,
    min: (lang) => (FIRST_LANGUAGES.includes(lang) ? 40 : 30),
  },
};

/**
 * Languages whose part of a blind set is below its floors today. They stay held to the floors: each is asserted to be
 * below them (a test that fails once the language reaches its floors, so this list cannot outlive the shortfall), and
 * the shortfall is why the matching-quality issues stay open. Never a place to park a language that falls below.
 */
const BELOW_FLOORS: Record<string, readonly string[]> = {};

describe.each(EVAL_SETS.filter((s) => s.floors))('matching quality on $name', (set) => {
  const { name, dir } = set;
  const result = existsSync(resolve(dir)) ? evaluate(name, resolve(dir)) : null;

  const { languages, min } = HELD[dir]!;

  it('has every language it is held to, each with enough articles', () => {
    expect(result, `${dir} is missing`).not.toBeNull();
    for (const lang of languages) {
      const row = result!.rows.find((r) => r.lang === lang);
      expect(row?.articles ?? 0, `${dir}/${lang}`).toBeGreaterThanOrEqual(min(lang));
    }
  });

  const below = BELOW_FLOORS[dir] ?? [];
  const meets = (lang: string) => {
    const row = result?.rows.find((r) => r.lang === lang);
    expect(row, `${dir}/${lang}`).toBeDefined();
    const mistakes = showsMistakes(set)
      ? result!.mistakes.filter((m) => m.startsWith(`${lang}/`)).join('\n')
      : '(a blind set: its mistakes are not shown)';
    const floors = floorsFor(lang);
    expect(row!.detectionPrecision, `detection precision\n${mistakes}`).toBeGreaterThanOrEqual(
      floors.detectionPrecision,
    );
    expect(row!.detectionRecall, `detection recall\n${mistakes}`).toBeGreaterThanOrEqual(floors.detectionRecall);
    expect(row!.clauseF1, `clause F1\n${mistakes}`).toBeGreaterThanOrEqual(floors.clauseF1);
  };
  it.each(languages.filter((lang) => !below.includes(lang)))(
    '%s: detection precision, recall and clause F1 at or above the floors',
    meets,
  );
  it.fails.each([...below])('%s: still below its floors (remove it from BELOW_FLOORS once it is not)', meets);
});
