import { framingFlags, lexiconData } from '../dataset/lexicon';
import type { AnchorGroup, ClauseId, MatchLanguage } from '../dataset/types';
import { CLAUSE_IDS } from '../dataset/types';
import { keysOf } from '../text/tokenize';
import { facetData } from './clause-facets';
import { referencePairs, type PairEntry } from './reference-ngrams';

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

/**
 * The lexicon's terms and the statement's word pairs for one language, packed for a left-to-right scan of an article.
 * Every key that a term or a pair names has a number, its id; an article's word is looked up once, by its key, and
 * everything after that compares ids in flat arrays. The whole of it is a few kilobytes of contiguous memory: the scan
 * stays fast where it starts on cold caches (right after Readability in a page, or in a background just woken),
 * which it did not while each candidate term was an object, an array and strings of its own scattered over the heap.
 */
export interface LanguageIndex {
  /** Id of every key a term or a pair names (an article's word whose key is not here begins and continues nothing). */
  ids: Map<string, number>;
  /** Terms in the order of their first key's id, and for one first key longest first. */
  terms: CompiledTerm[];
  /** The terms whose first key has id k are terms[termsFrom[k]] to terms[termsFrom[k + 1] - 1]. */
  termsFrom: Int32Array;
  /** Term t's key ids, its first included: termKeys[keysFrom[t]] to termKeys[keysFrom[t + 1] - 1]. */
  termKeys: Int32Array;
  keysFrom: Int32Array;
  /**
   * The statement's word pairs whose first key has id k: second key ids pairSecond[pairsFrom[k]] to
   * pairSecond[pairsFrom[k + 1] - 1], each with its entry in pairEntries at the same place.
   */
  pairsFrom: Int32Array;
  pairSecond: Int32Array;
  pairEntries: PairEntry[];
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
  const index = { ...packed(byFirstKey, referencePairs(lang)), facets, flags, boilerplate };
  cache.set(lang, index);
  return index;
}

type Packed = Pick<
  LanguageIndex,
  'ids' | 'terms' | 'termsFrom' | 'termKeys' | 'keysFrom' | 'pairsFrom' | 'pairSecond' | 'pairEntries'
>;

/** Numbers every key of the terms and pairs, and lays terms and pairs out by their first key's id. */
function packed(byFirstKey: Map<string, CompiledTerm[]>, pairs: Map<string, PairEntry>): Packed {
  const ids = new Map<string, number>();
  const idOf = (key: string) => {
    let id = ids.get(key);
    if (id === undefined) ids.set(key, (id = ids.size));
    return id;
  };
  const splitPairs = [...pairs].map(([pair, entry]) => {
    const [first, second] = pair.split(' ') as [string, string];
    return { first: idOf(first), second: idOf(second), entry };
  });
  for (const [first, list] of byFirstKey) {
    idOf(first);
    for (const term of list) term.keys.forEach(idOf);
  }
  const terms: CompiledTerm[] = [];
  const termsFrom = new Int32Array(ids.size + 1);
  const termKeys: number[] = [];
  const keysFrom: number[] = [0];
  const byFirstId = new Map([...byFirstKey].map(([key, list]) => [ids.get(key)!, list]));
  for (let id = 0; id < ids.size; id++) {
    termsFrom[id] = terms.length;
    for (const term of byFirstId.get(id) ?? []) {
      terms.push(term);
      for (const key of term.keys) termKeys.push(ids.get(key)!);
      keysFrom.push(termKeys.length);
    }
  }
  termsFrom[ids.size] = terms.length;
  const pairsFrom = new Int32Array(ids.size + 1);
  for (const p of splitPairs) pairsFrom[p.first + 1]!++;
  for (let id = 0; id < ids.size; id++) pairsFrom[id + 1]! += pairsFrom[id]!;
  const pairSecond = new Int32Array(splitPairs.length);
  const pairEntries: PairEntry[] = new Array<PairEntry>(splitPairs.length);
  const filled = pairsFrom.slice(0, ids.size);
  for (const p of splitPairs) {
    const at = filled[p.first]!++;
    pairSecond[at] = p.second;
    pairEntries[at] = p.entry;
  }
  return {
    ids,
    terms,
    termsFrom,
    termKeys: Int32Array.from(termKeys),
    keysFrom: Int32Array.from(keysFrom),
    pairsFrom,
    pairSecond,
    pairEntries,
  };
}
