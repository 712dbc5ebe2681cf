import { framingFlags, lexiconData } from '../dataset/statement';
import type { AnchorGroup, ClauseId, MatchLanguage } from '../dataset/types';
import { CLAUSE_IDS } from '../dataset/types';
import { keysOf } from '../text/tokenize';

/** A lexicon term compiled to the keys it matches, for one language. */
export interface CompiledTerm {
  term: string;
  keys: string[];
  weight: number;
  /** The clause it is evidence for, or the statement-level anchor group it belongs to. */
  target: { clause: ClauseId } | { anchor: AnchorGroup };
}

export interface CompiledFlag {
  id: string;
  clause: ClauseId | null;
  message: string;
  all: string[][][];
  unless: string[][];
}

export interface LanguageIndex {
  /** Terms by their first key, for a single left-to-right scan of the article. */
  byFirstKey: Map<string, CompiledTerm[]>;
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
  const add = (term: string, weight: number, target: CompiledTerm['target']) => {
    const keys = keysOf(term, lang);
    if (keys.length === 0) return;
    const list = byFirstKey.get(keys[0]!) ?? [];
    list.push({ term, keys, weight, target });
    byFirstKey.set(keys[0]!, list);
  };
  for (const id of CLAUSE_IDS) {
    for (const [term, weight] of Object.entries(lex.clauses[id][lang])) add(term, weight, { clause: id });
  }
  for (const group of Object.keys(lex.anchors) as AnchorGroup[]) {
    for (const [term, weight] of Object.entries(lex.anchors[group][lang])) add(term, weight, { anchor: group });
  }
  // Longest terms first, so "incidents at sea" is preferred to "incidents" where both start at one word.
  for (const list of byFirstKey.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  const flags = framingFlags().map((f) => ({
    id: f.id,
    clause: f.clause,
    message: f.message,
    all: f.patterns[lang].all.map((group) => group.map((alt) => keysOf(alt, lang)).filter((k) => k.length > 0)),
    unless: f.patterns[lang].unless.map((alt) => keysOf(alt, lang)).filter((k) => k.length > 0),
  }));
  const boilerplate = new Set(lex.boilerplate[lang].map((t) => keysOf(t, lang).join(' ')));
  const index = { byFirstKey, flags, boilerplate };
  cache.set(lang, index);
  return index;
}
