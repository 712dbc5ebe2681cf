import statementJson from '../../data/statement.json';
import lexiconJson from '../../data/lexicons.json';
import flagsJson from '../../data/flags.json';
import type {
  Clause,
  ClauseId,
  Confirmation,
  Divergence,
  FramingFlag,
  LexiconData,
  MatchLanguage,
  StatementData,
  TranslatorNote,
  WeightedTerms,
} from './types';
export { isClauseId } from './types';

/** The one typed door to the bundled dataset (data/*.json). */
const statement = statementJson as StatementData;
const lexicon = lexiconJson as LexiconData;
const flags = (flagsJson as { flags: FramingFlag[] }).flags;

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

export function lexiconOf(id: ClauseId, lang: MatchLanguage): WeightedTerms {
  return lexicon.clauses[id][lang];
}

export function lexiconData(): LexiconData {
  return lexicon;
}

export function framingFlags(): readonly FramingFlag[] {
  return flags;
}

/** The English translation as plain text, with each note in brackets where it stands. */
export function translationText(clause: Clause, withNotes: boolean): string {
  return clause.translation
    .map((seg) => {
      if ('text' in seg) return seg.text;
      const note = withNotes ? getNote(seg.noteId) : undefined;
      return note ? `(${note.translation})` : '';
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .replace(/ ([,.])/g, '$1');
}

/** The clause's text in a matching language, notes left out: Arabic source, English or Russian rendering. */
export function referenceText(clause: Clause, lang: MatchLanguage): string {
  if (lang === 'ar') return clause.arabicWithoutNotes;
  if (lang === 'ru') return clause.russian;
  return translationText(clause, false);
}

/** The clause's label in a UI language (BCP 47 or Chrome's "ar", "ru", "en_US"…); English otherwise. */
export function clauseLabel(clause: Clause, uiLanguage: string): string {
  const lang = uiLanguage.slice(0, 2).toLowerCase();
  return lang === 'ar' || lang === 'ru' ? clause.labels[lang] : clause.label;
}
