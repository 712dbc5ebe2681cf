import { lexiconData, referenceText } from '../dataset/lexicon';
import { listClauses } from '../dataset/statement';
import type { ClauseId, MatchLanguage } from '../dataset/types';
import { keysOf } from '../text/tokenize';

/**
 * Word pairs of each clause's own text (Arabic source, English and Russian renderings), weighted by how specific
 * they are: a pair found in one clause counts 1, in two clauses 0.5, in more 0 (it is boilerplate such as
 * "information security"). A pair of two boilerplate words (Putin, United States, information security…) counts 0.
 */
export type ReferencePairs = Map<string, PairEntry>;

/** What one pair counts for: the clauses whose text has it, and its weight. */
export interface PairEntry {
  clauses: ClauseId[];
  weight: number;
}

const cache = new Map<MatchLanguage, ReferencePairs>();

export function referencePairs(lang: MatchLanguage): ReferencePairs {
  const hit = cache.get(lang);
  if (hit) return hit;
  const pairs: ReferencePairs = new Map();
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
    }
  }
  for (const [pair, entry] of pairs) {
    const [a, b] = pair.split(' ');
    const generic = boilerplate.has(a!) && boilerplate.has(b!);
    entry.weight = generic ? 0 : entry.clauses.length === 1 ? 1 : entry.clauses.length === 2 ? 0.5 : 0;
  }
  cache.set(lang, pairs);
  return pairs;
}
