import { lexiconData, referenceText } from '../dataset/lexicon';
import { listClauses } from '../dataset/statement';
import type { ClauseId, MatchLanguage } from '../dataset/types';
import { keysOf } from '../text/tokenize';

/**
 * Word pairs of each clause's own text (Arabic source, English and Russian renderings), weighted by how specific
 * they are: a pair found in one clause counts 1, in two clauses 0.5, in more 0 (it is boilerplate such as
 * "information security"). A pair of two boilerplate words (Putin, United States, information security…) counts 0.
 */
export type ReferencePairs = Map<string, { clauses: ClauseId[]; weight: number }>;

const cache = new Map<MatchLanguage, ReferencePairs>();
const firstKeys = new WeakMap<ReferencePairs, Set<string>>();

/**
 * The keys the pairs begin with: a word that begins none cannot start a shared pair, so the scan of an article builds
 * no pair key for it (most of an article's words).
 */
export function pairFirstKeys(pairs: ReferencePairs): Set<string> {
  return firstKeys.get(pairs) ?? new Set([...pairs.keys()].map((pair) => pair.split(' ')[0]!));
}

export function referencePairs(lang: MatchLanguage): ReferencePairs {
  const hit = cache.get(lang);
  if (hit) return hit;
  const pairs: ReferencePairs = new Map();
  const firsts = new Set<string>();
  const boilerplate = new Set(lexiconData().boilerplate[lang].flatMap((term) => keysOf(term, lang)));
  for (const clause of listClauses()) {
    const keys = keysOf(referenceText(clause, lang), lang);
    const seen = new Set<string>();
    for (let i = 0; i + 1 < keys.length; i++) {
      const pair = `${keys[i]} ${keys[i + 1]}`;
      if (seen.has(pair)) continue;
      seen.add(pair);
      const entry = pairs.get(pair) ?? { clauses: [], weight: 0 };
      entry.clauses.push(clause.id);
      pairs.set(pair, entry);
      firsts.add(keys[i]!);
    }
  }
  for (const [pair, entry] of pairs) {
    const [a, b] = pair.split(' ');
    const generic = boilerplate.has(a!) && boilerplate.has(b!);
    entry.weight = generic ? 0 : entry.clauses.length === 1 ? 1 : entry.clauses.length === 2 ? 0.5 : 0;
  }
  firstKeys.set(pairs, firsts);
  cache.set(lang, pairs);
  return pairs;
}
