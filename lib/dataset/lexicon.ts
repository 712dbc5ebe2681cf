import structureJson from '../../data/lexicons.json';
import flagsJson from '../../data/flags.json';
import ar from '../../data/languages/ar.json';
import de from '../../data/languages/de.json';
import en from '../../data/languages/en.json';
import es from '../../data/languages/es.json';
import fr from '../../data/languages/fr.json';
import it from '../../data/languages/it.json';
import ru from '../../data/languages/ru.json';
import type {
  AnchorGroup,
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
  de: de as LanguageLexicon,
  en: en as LanguageLexicon,
  es: es as LanguageLexicon,
  fr: fr as LanguageLexicon,
  it: it as LanguageLexicon,
  ru: ru as LanguageLexicon,
};

const ANCHOR_GROUPS: readonly AnchorGroup[] = [
  'actor',
  'counterpart',
  'topic',
  'proposal',
  'date',
  'backref',
  'author',
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

export const LEXICON: LexiconData = assemble();
export const FLAGS: FramingFlag[] = assembleFlags();

/** The statement rendered in a language the dataset has no text of its own in, clause by clause. */
export function renderingOf(id: ClauseId, lang: MatchLanguage): string {
  return LANGUAGE_FILES[lang]?.rendering?.[id] ?? '';
}

/** The languages that have words (a file of their own). */
export function lexiconLanguages(): MatchLanguage[] {
  return MATCH_LANGUAGES.filter((lang) => LANGUAGE_FILES[lang] !== undefined);
}
