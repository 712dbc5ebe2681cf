import { clauses as arClauses } from '../../data/languages/ar.json';
import { clauses as enClauses } from '../../data/languages/en.json';
import { clauses as ruClauses } from '../../data/languages/ru.json';
import { clauses as deClauses, rendering as deRendering } from '../../data/languages/de.json';
import { clauses as frClauses, rendering as frRendering } from '../../data/languages/fr.json';
import { clauses as esClauses, rendering as esRendering } from '../../data/languages/es.json';
import { clauses as itClauses, rendering as itRendering } from '../../data/languages/it.json';
import { clauses as ptClauses, rendering as ptRendering } from '../../data/languages/pt.json';
import { clauses as trClauses, rendering as trRendering } from '../../data/languages/tr.json';
import { clauses as faClauses, rendering as faRendering } from '../../data/languages/fa.json';
import { clauses as ukClauses, rendering as ukRendering } from '../../data/languages/uk.json';
import { clauses as zhClauses, rendering as zhRendering } from '../../data/languages/zh.json';
import { clauses as jaClauses, rendering as jaRendering } from '../../data/languages/ja.json';
import { clauses as viClauses, rendering as viRendering } from '../../data/languages/vi.json';
import { clauses as idClauses, rendering as idRendering } from '../../data/languages/id.json';
import { MATCH_LANGUAGES, type ClauseId, type MatchLanguage, type WeightedTerms } from './types';

/**
 * What the popup's search reads of each language's lexicon file: its clause phrases and, for a language the dataset
 * has no text of its own in, its rendering of the statement. Named imports of those two keys only, so the bundler
 * leaves the rest of each file (anchors, facets, flag patterns: the engine's) out of the UI's bundle.
 */
type Clauses = Partial<Record<ClauseId, WeightedTerms>>;
type Rendering = Partial<Record<ClauseId, string>>;

const CLAUSES: Record<MatchLanguage, Clauses> = {
  ar: arClauses,
  en: enClauses,
  ru: ruClauses,
  de: deClauses,
  fr: frClauses,
  es: esClauses,
  it: itClauses,
  pt: ptClauses,
  tr: trClauses,
  fa: faClauses,
  uk: ukClauses,
  zh: zhClauses,
  ja: jaClauses,
  vi: viClauses,
  id: idClauses,
};
const RENDERINGS: Partial<Record<MatchLanguage, Rendering>> = {
  de: deRendering,
  fr: frRendering,
  es: esRendering,
  it: itRendering,
  pt: ptRendering,
  tr: trRendering,
  fa: faRendering,
  uk: ukRendering,
  zh: zhRendering,
  ja: jaRendering,
  vi: viRendering,
  id: idRendering,
};

export const SEARCH_TERMS: { lang: MatchLanguage; clauses: Clauses; rendering?: Rendering }[] = MATCH_LANGUAGES.map(
  (lang) => ({ lang, clauses: CLAUSES[lang], rendering: RENDERINGS[lang] }),
);
