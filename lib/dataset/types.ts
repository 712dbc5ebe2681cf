/** The clause IDs are fixed: the CLI, the UI, citations and tests all use them. */
export const CLAUSE_IDS = [
  'headline',
  'preamble',
  'point-1',
  'point-2',
  'point-3',
  'point-4',
  'experts-dialogue',
  'trust',
  'global-commitment',
  'source',
] as const;
export type ClauseId = (typeof CLAUSE_IDS)[number];

/** Lives here, not beside the dataset, so that checking an id never pulls the dataset into the content script. */
export function isClauseId(value: unknown): value is ClauseId {
  return typeof value === 'string' && (CLAUSE_IDS as readonly string[]).includes(value);
}

export type { MatchLanguage } from '../text/languages';
export { MATCH_LANGUAGES, isMatchLanguage } from '../text/languages';
import type { MatchLanguage } from '../text/languages';

/** The languages of the UI, and of the dataset's prose. English is the base; the others sit in per-language maps. */
export type UiLanguage = 'ar' | 'en' | 'ru';
export type OtherLanguage = Exclude<UiLanguage, 'en'>;
/** The languages a translation of the Arabic source exists in. */
export const TRANSLATION_LANGUAGES = ['en', 'ru'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
export function isTranslationLanguage(value: unknown): value is TranslationLanguage {
  return value === 'en' || value === 'ru';
}

/** A piece of a translation: statement text, or the place where a translator's note stands. */
export type TranslationSegment = { text: string } | { noteId: string };

export interface Clause {
  id: ClauseId;
  /** headline and source are the translator's or publisher's framing, not words of the statement. */
  kind: 'headline' | 'statement' | 'source';
  label: string;
  /** The label in the other UI languages (the English one is `label`). */
  labels: { ar: string; ru: string };
  /** Offsets into the source text (UTF-16 code units). */
  start: number;
  end: number;
  /** The Arabic exactly as in the source, notes inline. */
  arabic: string;
  /** The Arabic with the translator's notes taken out. */
  arabicWithoutNotes: string;
  /** This project's English translation of the Arabic, with the notes in place. */
  translation: TranslationSegment[];
  /** This project's translations of the Arabic into the other translation languages, notes in the same places. */
  translations: { ru: TranslationSegment[] };
  summary: string;
  summaries: Record<OtherLanguage, string>;
  notes: string[];
  /** This project's Russian rendering of the statement text (notes left out), used for matching Russian coverage. */
  russian: string;
}

export interface TranslatorNote {
  id: string;
  clause: ClauseId;
  start: number;
  end: number;
  arabic: string;
  /** The note in English, as it reads where it stands in the English translation. */
  translation: string;
  /** The note as it reads where it stands in each other translation. */
  translations: { ru: string };
  kind: 'gloss' | 'clarification' | 'editorial';
  /** What the note does to the text, in English (may quote other languages with markers, see mixed-text.ts). */
  explanation: string;
  explanations: Record<OtherLanguage, string>;
}

/** What the circulated translation says, what the official text says, and why it matters, in one language. */
export interface DivergenceText {
  translationSays: string;
  /** Quotes the official Russian text in Russian, the official English text in the other languages. */
  officialSays: string;
  explanation: string;
}

export interface Divergence extends DivergenceText {
  id: string;
  clause: ClauseId;
  kind: 'framing' | 'insertion' | 'omission' | 'substitution' | 'attribution';
  texts: Record<OtherLanguage, DivergenceText>;
}

export interface Confirmation {
  clause: ClauseId;
  text: string;
  texts: Record<OtherLanguage, string>;
}

export interface StatementData {
  version: string;
  date: string;
  title: string;
  titles: Record<OtherLanguage, string>;
  statementDate: string;
  officialPublisher: string;
  sourceFile: string;
  offsets: string;
  clauses: Clause[];
  notes: TranslatorNote[];
  divergences: Divergence[];
  confirmations: Confirmation[];
}

/** Terms and their weights: 4 identifies the clause on its own, 1–2 only supports other evidence. */
export type WeightedTerms = Record<string, number>;
export type PerLanguage<T> = Record<MatchLanguage, T>;

/**
 * Context words: who proposes (actor), to whom (counterpart), on what (topic), that something is proposed
 * (proposal), the statement's date (date), and words that place an event in the past of a later story ("last year",
 * "last September") so it can be the statement (backref), and the statement's author: Putin, the Kremlin that
 * published it, the Russian president (author), as distinct from Moscow, a ministry, "the Kremlin's envoy" or "the
 * president's special representative", who made the earlier offers; and those envoys' and diplomats' titles and
 * names (envoy: the special representative, the deputy foreign minister, Ryabkov, Krutskikh), inside which Putin's
 * name or the president's does not make him the speaker, and which, leading an undated page that never names the
 * author, mark it as their earlier offer.
 */
export type AnchorGroup =
  'actor' | 'counterpart' | 'topic' | 'proposal' | 'date' | 'backref' | 'author' | 'envoy' | 'otherParty';

/**
 * Facets: for each clause, groups of interchangeable wordings of one component of its meaning, and rules saying
 * which combinations of components identify the clause (see lib/engine/clause-facets.ts).
 */
export type FacetGroupData = { weight: number } & PerLanguage<string[]>;

export interface ClauseFacetData {
  groups: Record<string, FacetGroupData>;
  /** The clause is matched when any rule holds; a rule holds when each of its sets has one present group. */
  rules: string[][][];
  /**
   * Rules that must hold within one sentence, never with its neighbours' help: rules built from common words
   * ("an offer … on information security … to Washington … cooperation") that neighbouring sentences about
   * something else would complete by chance.
   */
  sentenceRules?: string[][][];
  /** Wordings that mean something else built from the same components ("confidence-building measures"). */
  unless?: Partial<Record<MatchLanguage, string[]>>;
  /**
   * The rule's components already place the clause in the statement's subject (guarantees of non-interference in
   * each other's elections; no first strike with ICTs), so a passage stating it needs no separate mention of cyber.
   */
  topical?: boolean;
}

export type FacetData = Partial<Record<ClauseId, ClauseFacetData>>;

export interface LexiconData {
  version: number;
  facets: FacetData;
  anchors: Record<AnchorGroup, PerLanguage<WeightedTerms>>;
  boilerplate: PerLanguage<string[]>;
  clauses: Record<ClauseId, PerLanguage<WeightedTerms>>;
}

export interface FlagPattern {
  /** Every group must match somewhere in the passage (any one alternative of a group). */
  all: string[][];
  /** The flag is not raised when any of these appears in the passage. */
  unless: string[];
}

export interface FramingFlag {
  id: string;
  clause: ClauseId | null;
  message: string;
  messages: Record<OtherLanguage, string>;
  /** A language without a pattern for the flag never raises it. */
  patterns: Partial<PerLanguage<FlagPattern>>;
}

/**
 * One language's words for the statement (data/languages/<lang>.json): its anchors, boilerplate, clause phrases, the
 * wordings of each facet group named in data/lexicons.json, flag patterns, and, for a language the dataset has no
 * text in, the statement rendered in it (the reference its word pairs are taken from).
 */
export interface LanguageLexicon {
  language: MatchLanguage;
  rendering?: Partial<Record<ClauseId, string>>;
  anchors: Partial<Record<AnchorGroup, WeightedTerms>>;
  boilerplate: string[];
  clauses: Partial<Record<ClauseId, WeightedTerms>>;
  facets: Partial<Record<ClauseId, { groups: Record<string, string[]>; unless?: string[] }>>;
  flags: Record<string, FlagPattern>;
}

/** The language-independent part of the lexicon (data/lexicons.json): facet groups' weights and their rules. */
export interface LexiconStructure {
  version: number;
  facets: Partial<
    Record<ClauseId, Omit<ClauseFacetData, 'groups' | 'unless'> & { groups: Record<string, { weight: number }> }>
  >;
}

export interface NewsSite {
  name: string;
  hosts: string[];
  language: MatchLanguage;
  kind: string;
}

/** The reader's languages: the UI's (labels, explanations, reports) and the translation's shown under the source. */
export interface ReaderLanguages {
  ui: UiLanguage;
  translation: TranslationLanguage;
}
