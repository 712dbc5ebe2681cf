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
import type { ClauseId, MatchLanguage, WeightedTerms } from './types';

/**
 * What the popup's search reads of each language's lexicon file: its clause phrases and, for a language the dataset
 * has no text of its own in, its rendering of the statement. Named imports of those two keys only, so the bundler
 * leaves the rest of each file (anchors, facets, flag patterns: the engine's) out of the UI's bundle.
 */
type Clauses = Partial<Record<ClauseId, WeightedTerms>>;
type Rendering = Partial<Record<ClauseId, string>>;

export const SEARCH_TERMS: { lang: MatchLanguage; clauses: Clauses; rendering?: Rendering }[] = [
  { lang: 'ar', clauses: arClauses as Clauses },
  { lang: 'en', clauses: enClauses as Clauses },
  { lang: 'ru', clauses: ruClauses as Clauses },
  { lang: 'de', clauses: deClauses as Clauses, rendering: deRendering as Rendering },
  { lang: 'fr', clauses: frClauses as Clauses, rendering: frRendering as Rendering },
  { lang: 'es', clauses: esClauses as Clauses, rendering: esRendering as Rendering },
  { lang: 'it', clauses: itClauses as Clauses, rendering: itRendering as Rendering },
  { lang: 'pt', clauses: ptClauses as Clauses, rendering: ptRendering as Rendering },
  { lang: 'tr', clauses: trClauses as Clauses, rendering: trRendering as Rendering },
  { lang: 'fa', clauses: faClauses as Clauses, rendering: faRendering as Rendering },
  { lang: 'uk', clauses: ukClauses as Clauses, rendering: ukRendering as Rendering },
  { lang: 'zh', clauses: zhClauses as Clauses, rendering: zhRendering as Rendering },
  { lang: 'ja', clauses: jaClauses as Clauses, rendering: jaRendering as Rendering },
  { lang: 'vi', clauses: viClauses as Clauses, rendering: viRendering as Rendering },
  { lang: 'id', clauses: idClauses as Clauses, rendering: idRendering as Rendering },
];
