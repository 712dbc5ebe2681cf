import structureJson from '../../data/lexicons.json';
import flagsJson from '../../data/flags.json';
import ar from '../../data/languages/ar.json';
import de from '../../data/languages/de.json';
import en from '../../data/languages/en.json';
import es from '../../data/languages/es.json';
import fa from '../../data/languages/fa.json';
import fr from '../../data/languages/fr.json';
import id from '../../data/languages/id.json';
import it from '../../data/languages/it.json';
import ja from '../../data/languages/ja.json';
import pt from '../../data/languages/pt.json';
import ru from '../../data/languages/ru.json';
import tr from '../../data/languages/tr.json';
import uk from '../../data/languages/uk.json';
import vi from '../../data/languages/vi.json';
import zh from '../../data/languages/zh.json';
import { translationText } from './statement';
import type {
  AnchorGroup,
  Clause,
  ClauseFacetData,
  ClauseId,
  FacetData,
  FacetGroupData,
  FramingFlag,
  LanguageLexicon,
  LexiconData,
  LexiconStructure,
  MatchLanguage,
  PerLanguage,
  WeightedTerms,
} from './types';
import { CLAUSE_IDS, MATCH_LANGUAGES } from './types';

/**
 * Each language's words live in a file of their own (data/languages/<lang>.json), so a language is added, reviewed
 * and measured (in the background bundle) on its own. A language with no file yet is detected but has no words,
 * so nothing in it is matched.
 */
const LANGUAGE_FILES: Partial<Record<MatchLanguage, LanguageLexicon>> = {
  ar: ar as LanguageLexicon,
  en: en as LanguageLexicon,
  ru: ru as LanguageLexicon,
  de: de as LanguageLexicon,
  fr: fr as LanguageLexicon,
  es: es as LanguageLexicon,
  it: it as LanguageLexicon,
  pt: pt as LanguageLexicon,
  tr: tr as LanguageLexicon,
  fa: fa as LanguageLexicon,
  uk: uk as LanguageLexicon,
  zh: zh as LanguageLexicon,
  ja: ja as LanguageLexicon,
  vi: vi as LanguageLexicon,
  id: id as LanguageLexicon,
};

const ANCHOR_GROUPS: readonly AnchorGroup[] = [
  'actor',
  'counterpart',
  'topic',
  'proposal',
  'date',
  'backref',
  'author',
  'envoy',
  'otherParty',
];

function perLanguage<T>(value: (file: LanguageLexicon | undefined, lang: MatchLanguage) => T): PerLanguage<T> {
  return Object.fromEntries(MATCH_LANGUAGES.map((lang) => [lang, value(LANGUAGE_FILES[lang], lang)])) as PerLanguage<T>;
}

/** Puts the structure and the languages' words together into the shape the engine indexes. */
function assemble(): LexiconData {
  const structure = structureJson as LexiconStructure;
  const anchors = Object.fromEntries(
    ANCHOR_GROUPS.map((group) => [group, perLanguage((file): WeightedTerms => file?.anchors[group] ?? {})]),
  ) as Record<AnchorGroup, PerLanguage<WeightedTerms>>;
  const clauses = Object.fromEntries(
    CLAUSE_IDS.map((id) => [id, perLanguage((file): WeightedTerms => file?.clauses[id] ?? {})]),
  ) as Record<ClauseId, PerLanguage<WeightedTerms>>;
  const facets: FacetData = {};
  for (const id of CLAUSE_IDS) {
    const shape = structure.facets[id];
    if (!shape) continue;
    const groups: Record<string, FacetGroupData> = {};
    for (const [name, { weight }] of Object.entries(shape.groups)) {
      groups[name] = { weight, ...perLanguage((file) => file?.facets[id]?.groups[name] ?? []) };
    }
    const unless: ClauseFacetData['unless'] = {};
    for (const lang of MATCH_LANGUAGES) {
      const words = LANGUAGE_FILES[lang]?.facets[id]?.unless;
      if (words) unless[lang] = words;
    }
    facets[id] = { ...shape, groups, ...(Object.keys(unless).length > 0 ? { unless } : {}) };
  }
  return {
    version: structure.version,
    facets,
    anchors,
    boilerplate: perLanguage((file) => file?.boilerplate ?? []),
    clauses,
  };
}

type FlagText = Omit<FramingFlag, 'patterns'>;

function assembleFlags(): FramingFlag[] {
  return (flagsJson as { flags: FlagText[] }).flags.map((flag) => {
    const patterns: FramingFlag['patterns'] = {};
    for (const lang of MATCH_LANGUAGES) {
      const pattern = LANGUAGE_FILES[lang]?.flags[flag.id];
      if (pattern) patterns[lang] = pattern;
    }
    return { ...flag, patterns };
  });
}

const LEXICON: LexiconData = assemble();
const FLAGS: FramingFlag[] = assembleFlags();

/** The lexicon of every language, in the shape the engine indexes (engine only: the UI reads search-terms.ts). */
export function lexiconData(): LexiconData {
  return LEXICON;
}

/** The framing flags with their patterns in every language. */
export function framingFlags(): readonly FramingFlag[] {
  return FLAGS;
}

/**
 * The clause's text in a matching language, notes left out: the Arabic source, this project's English or Russian
 * rendering, or the rendering in the language's own lexicon file.
 */
export function referenceText(clause: Clause, lang: MatchLanguage): string {
  if (lang === 'ar') return clause.arabicWithoutNotes;
  if (lang === 'ru') return clause.russian;
  if (lang === 'en') return translationText(clause, false);
  return renderingOf(clause.id, lang);
}

/** The statement rendered in a language the dataset has no text of its own in, clause by clause. */
function renderingOf(id: ClauseId, lang: MatchLanguage): string {
  return LANGUAGE_FILES[lang]?.rendering?.[id] ?? '';
}

/** The languages that have words (a file of their own). */
export function lexiconLanguages(): MatchLanguage[] {
  return MATCH_LANGUAGES.filter((lang) => LANGUAGE_FILES[lang] !== undefined);
}
