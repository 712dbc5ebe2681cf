import { lexiconData } from '../dataset/lexicon';
import type { ClauseFacetData, FacetData } from '../dataset/types';
import { CLAUSE_IDS } from '../dataset/types';

/**
 * The facet part of data/lexicons.json: for each clause, groups of interchangeable wordings of one component of its
 * meaning (for point 4: a guarantee, non-interference, mutuality, internal affairs, elections…), and rules saying
 * which combinations of components identify the clause. A paraphrase that never uses the lexicon's phrases still
 * names the components ("swap assurances that each would keep out of the other's elections"), so facets carry the
 * match where fixed phrases would miss it, while no single component (one word such as "elections") can.
 */
export type { ClauseFacetData, FacetData, FacetGroupData } from '../dataset/types';

let cached: FacetData | null = null;

/** Reads and checks the facets once; a malformed entry is left out rather than trusted. */
export function facetData(): FacetData {
  if (cached) return cached;
  const raw: unknown = lexiconData().facets;
  const out: FacetData = {};
  if (isRecord(raw)) {
    for (const id of CLAUSE_IDS) {
      const entry = raw[id];
      if (isClauseFacets(entry)) out[id] = entry;
    }
  }
  cached = out;
  return out;
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isStrings(x: unknown): x is string[] {
  return Array.isArray(x) && x.every((s) => typeof s === 'string');
}

function isClauseFacets(x: unknown): x is ClauseFacetData {
  if (!isRecord(x) || !isRecord(x.groups) || !Array.isArray(x.rules)) return false;
  const groups = x.groups;
  const groupsOk = Object.values(groups).every(
    (g) => isRecord(g) && typeof g.weight === 'number' && isStrings(g.en) && isStrings(g.ar) && isStrings(g.ru),
  );
  const isRule = (rule: unknown) =>
    Array.isArray(rule) && rule.every((set) => isStrings(set) && set.every((name) => name in groups));
  const rulesOk =
    x.rules.every(isRule) &&
    (x.sentenceRules === undefined || (Array.isArray(x.sentenceRules) && x.sentenceRules.every(isRule)));
  const unlessOk = x.unless === undefined || (isRecord(x.unless) && Object.values(x.unless).every(isStrings));
  const topicalOk = x.topical === undefined || typeof x.topical === 'boolean';
  return groupsOk && rulesOk && unlessOk && topicalOk;
}
