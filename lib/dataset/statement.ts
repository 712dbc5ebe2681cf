import statementJson from '../../data/statement.json';
import flagsJson from '../../data/flags.json';
import type {
  Clause,
  ClauseId,
  Confirmation,
  Divergence,
  DivergenceText,
  FramingFlag,
  StatementData,
  TranslationLanguage,
  TranslationSegment,
  TranslatorNote,
  UiLanguage,
} from './types';
import { plainText } from './mixed-text';
export { isClauseId } from './types';

/** The one typed door to the bundled dataset (data/*.json). */
const statement = statementJson as StatementData;
/** The flags' messages (their patterns, per language, are the engine's: lexicon.ts). */
const flags = (flagsJson as { flags: Omit<FramingFlag, 'patterns'>[] }).flags;

export const DATASET_VERSION = statement.version;
export const DATASET_DATE = statement.date;
export const STATEMENT_TITLE = statement.title;
export const STATEMENT_DATE = statement.statementDate;

export function listClauses(): readonly Clause[] {
  return statement.clauses;
}

/** The clauses that are words of the statement (not the translator's headline or the source line). */
export function statementClauses(): readonly Clause[] {
  return statement.clauses.filter((c) => c.kind === 'statement');
}

export function getClause(id: ClauseId): Clause {
  const clause = statement.clauses.find((c) => c.id === id);
  if (!clause) throw new Error(`Unknown clause ${id}`);
  return clause;
}

export function notesOf(id: ClauseId): TranslatorNote[] {
  return statement.notes.filter((n) => n.clause === id);
}

export function getNote(noteId: string): TranslatorNote | undefined {
  return statement.notes.find((n) => n.id === noteId);
}

export function listNotes(): readonly TranslatorNote[] {
  return statement.notes;
}

export function divergencesOf(id: ClauseId): Divergence[] {
  return statement.divergences.filter((d) => d.clause === id);
}

export function listDivergences(): readonly Divergence[] {
  return statement.divergences;
}

export function confirmationsOf(id: ClauseId): Confirmation[] {
  return statement.confirmations.filter((c) => c.clause === id);
}

/** The clause's translation in a language: statement text and the places where the notes stand. */
export function translationSegments(clause: Clause, lang: TranslationLanguage = 'en'): TranslationSegment[] {
  return lang === 'en' ? clause.translation : clause.translations[lang];
}

/** A note as it reads, in brackets, in the translation in `lang`. */
export function noteTranslation(note: TranslatorNote, lang: TranslationLanguage = 'en'): string {
  return lang === 'en' ? note.translation : note.translations[lang];
}

/** The translation as plain text, with each note in brackets where it stands. */
export function translationText(clause: Clause, withNotes: boolean, lang: TranslationLanguage = 'en'): string {
  return translationSegments(clause, lang)
    .map((seg) => {
      if ('text' in seg) return seg.text;
      const note = withNotes ? getNote(seg.noteId) : undefined;
      return note ? `(${noteTranslation(note, lang)})` : '';
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.])/g, '$1');
}

/**
 * The dataset language for a UI locale (BCP 47 or Chrome's "ar", "ru", "en_US"…): Arabic and Russian have their
 * own texts, every other locale reads English.
 */
export function uiLanguageOf(locale: string): UiLanguage {
  const lang = locale.slice(0, 2).toLowerCase();
  return lang === 'ar' || lang === 'ru' ? lang : 'en';
}

/** The translation a UI language shows by default: Russian in the Russian UI, otherwise English (an Arabic reader reads the source). */
export function defaultTranslationLanguage(ui: UiLanguage): TranslationLanguage {
  return ui === 'ru' ? 'ru' : 'en';
}

/** The clause's label in a UI language (a locale tag is accepted too); English otherwise. */
export function clauseLabel(clause: Clause, uiLanguage: string): string {
  const lang = uiLanguageOf(uiLanguage);
  return lang === 'en' ? clause.label : clause.labels[lang];
}

/** The statement's title in a UI language. */
export function statementTitle(lang: UiLanguage): string {
  return lang === 'en' ? statement.title : statement.titles[lang];
}

/** The clause's one-line summary in a UI language. */
export function clauseSummary(clause: Clause, lang: UiLanguage): string {
  return lang === 'en' ? clause.summary : clause.summaries[lang];
}

/** What a translator's note does to the text, in a UI language (marked-up prose, see mixed-text.ts). */
export function noteExplanation(note: TranslatorNote, lang: UiLanguage): string {
  return lang === 'en' ? note.explanation : note.explanations[lang];
}

/** A divergence's three texts in a UI language (marked-up prose). */
export function divergenceText(divergence: Divergence, lang: UiLanguage): DivergenceText {
  if (lang !== 'en') return divergence.texts[lang];
  const { translationSays, officialSays, explanation } = divergence;
  return { translationSays, officialSays, explanation };
}

/** A confirmation in a UI language. */
export function confirmationText(confirmation: Confirmation, lang: UiLanguage): string {
  return lang === 'en' ? confirmation.text : confirmation.texts[lang];
}

/** A framing flag's message in a UI language, by flag id (reports carry the id); undefined for an unknown id. */
export function flagMessage(flagId: string, lang: UiLanguage): string | undefined {
  const flag = flags.find((f) => f.id === flagId);
  if (!flag) return undefined;
  return lang === 'en' ? flag.message : flag.messages[lang];
}

export { plainText };
