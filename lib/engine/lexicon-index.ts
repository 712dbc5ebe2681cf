import { framingFlags, lexiconData } from '../dataset/lexicon';
import type { AnchorGroup, ClauseId, MatchLanguage } from '../dataset/types';
import { CLAUSE_IDS } from '../dataset/types';
import { keysOf } from '../text/tokenize';
import { facetData } from './clause-facets';

/** Where a matched term counts: a clause phrase, a facet group of a clause, or a statement-level anchor group. */
export type TermTarget =
  | { kind: 'clause'; clause: ClauseId }
  | { kind: 'facet'; clause: ClauseId; group: number }
  | { kind: 'unless'; clause: ClauseId }
  | { kind: 'anchor'; anchor: AnchorGroup };

/** A lexicon term compiled to the keys it matches, for one language. */
export interface CompiledTerm {
  term: string;
  keys: string[];
  weight: number;
  target: TermTarget;
}

export interface CompiledFacets {
  clause: ClauseId;
  names: string[];
  weights: number[];
  /** Each rule is a list of sets of group indices; the rule holds when every set has a present group. */
  rules: number[][][];
  /** Rules that hold only within one sentence (see ClauseFacetData.sentenceRules). */
  sentenceRules: number[][][];
  /** A match by these facets is about information security by itself (see ClauseFacetData.topical). */
  topical: boolean;
}

/** One wording of a flag pattern: its keys, and for a proper noun written with capitals, the exact wording. */
export interface FlagAlternative {
  keys: string[];
  /** "National Security Agency" names the NSA; "national security agencies" does not, though it keys the same. */
  surface?: string;
}

export interface CompiledFlag {
  id: string;
  clause: ClauseId | null;
  message: string;
  all: FlagAlternative[][];
  unless: FlagAlternative[];
}

export interface LanguageIndex {
  /** Terms by their first key, for a single left-to-right scan of the article. */
  byFirstKey: Map<string, CompiledTerm[]>;
  facets: Map<ClauseId, CompiledFacets>;
  flags: CompiledFlag[];
  boilerplate: Set<string>;
}

const cache = new Map<MatchLanguage, LanguageIndex>();

/** Compiles the dataset's lexicon for `lang` once: the same tokenizer keys terms and articles. */
export function languageIndex(lang: MatchLanguage): LanguageIndex {
  const hit = cache.get(lang);
  if (hit) return hit;
  const lex = lexiconData();
  const byFirstKey = new Map<string, CompiledTerm[]>();
  const add = (term: string, weight: number, target: TermTarget) => {
    const keys = keysOf(term, lang);
    if (keys.length === 0) return;
    const list = byFirstKey.get(keys[0]!) ?? [];
    list.push({ term, keys, weight, target });
    byFirstKey.set(keys[0]!, list);
  };
  for (const id of CLAUSE_IDS) {
    for (const [term, weight] of Object.entries(lex.clauses[id][lang]))
      add(term, weight, { kind: 'clause', clause: id });
  }
  for (const group of Object.keys(lex.anchors) as AnchorGroup[]) {
    for (const [term, weight] of Object.entries(lex.anchors[group][lang]))
      add(term, weight, { kind: 'anchor', anchor: group });
  }
  const facets = new Map<ClauseId, CompiledFacets>();
  for (const [id, data] of Object.entries(facetData()) as [
    ClauseId,
    NonNullable<ReturnType<typeof facetData>[ClauseId]>,
  ][]) {
    const names = Object.keys(data.groups);
    names.forEach((name, group) => {
      for (const term of data.groups[name]![lang])
        add(term, data.groups[name]!.weight, { kind: 'facet', clause: id, group });
    });
    for (const term of data.unless?.[lang] ?? []) add(term, 0, { kind: 'unless', clause: id });
    facets.set(id, {
      clause: id,
      names,
      weights: names.map((n) => data.groups[n]!.weight),
      rules: data.rules.map((rule) => rule.map((set) => set.map((n) => names.indexOf(n)))),
      sentenceRules: (data.sentenceRules ?? []).map((rule) => rule.map((set) => set.map((n) => names.indexOf(n)))),
      topical: data.topical === true,
    });
  }
  // Longest terms first, so "incidents at sea" is preferred to "incidents" where both start at one word.
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const alternative = (alt: string): FlagAlternative =>
    /\p{Lu}/u.test(alt) ? { keys: keysOf(alt, lang), surface: alt.replace(/\s+/g, ' ') } : { keys: keysOf(alt, lang) };
  const flags = framingFlags().flatMap((f) => {
    const pattern = f.patterns[lang];
    if (!pattern || pattern.all.length === 0) return [];
    return [
      {
        id: f.id,
        clause: f.clause,
        message: f.message,
        all: pattern.all.map((group) => group.map(alternative).filter((a) => a.keys.length > 0)),
        unless: pattern.unless.map(alternative).filter((a) => a.keys.length > 0),
      },
    ];
  });
  const boilerplate = new Set(lex.boilerplate[lang].map((t) => keysOf(t, lang).join(' ')));
  const index = { byFirstKey, facets, flags, boilerplate };
  cache.set(lang, index);
  return index;
}
