import { NEGATION } from '../text/negation';
import type { Token } from '../text/tokenize';
import type { CompiledFlag, FlagAlternative } from './lexicon-index';
import type { FlagHit } from './report';
import type { ScoredPassage } from './score-passages';

/** A negation this many words or fewer before the flagged wording corrects it ("it is not a treaty"). */
const NEGATION_REACH = 3;

/**
 * Raises each framing flag once, on the first passage where all its pattern groups match and no exception does.
 * A passage that negates the flagged wording ("not a treaty", "nothing in the text proposes a ban") corrects the
 * misstatement rather than making it, and raises nothing.
 */
export function findFlags(text: string, passages: ScoredPassage[], flags: CompiledFlag[]): FlagHit[] {
  const hits: FlagHit[] = [];
  // The flag wordings' first keys that each passage has (none, in most), so that a wording whose first word the
  // passage lacks is not searched for.
  const firsts = firstKeys(flags);
  const keys = passages.map((p) => keysAmong(p.tokens, firsts));
  for (const flag of flags) {
    const [first, ...rest] = flag.all;
    if (!first) continue;
    // Plain calls, not closures over the passage: those would be allocated for every flag and passage.
    for (let n = 0; n < passages.length; n++) {
      const tokens = passages[n]!.tokens;
      const has = keys[n]!;
      if (!foundAny(text, tokens, has, first, true)) continue;
      if (!foundAll(text, tokens, has, rest)) continue;
      if (foundAny(text, tokens, has, flag.unless, false)) continue;
      const p = passages[n]!;
      const { start, end } = p.segment;
      hits.push({
        id: flag.id,
        clause: flag.clause,
        message: flag.message,
        passage: text.slice(start, end),
        start,
        end,
      });
      break;
    }
  }
  return hits;
}

const firstKeysOf = new WeakMap<CompiledFlag[], Set<string>>();

/** The first key of every wording of the flags (their patterns and exceptions). */
function firstKeys(flags: CompiledFlag[]): Set<string> {
  let keys = firstKeysOf.get(flags);
  if (!keys) {
    keys = new Set();
    for (const flag of flags) {
      for (const alt of [...flag.all.flat(), ...flag.unless]) if (alt.keys.length > 0) keys.add(alt.keys[0]!);
    }
    firstKeysOf.set(flags, keys);
  }
  return keys;
}

const NO_KEYS: ReadonlySet<string> = new Set();

function keysAmong(tokens: Token[], among: Set<string>): ReadonlySet<string> {
  let found: Set<string> | undefined;
  for (const t of tokens) if (among.has(t.key)) (found ??= new Set()).add(t.key);
  return found ?? NO_KEYS;
}

function foundAll(text: string, tokens: Token[], keys: ReadonlySet<string>, groups: FlagAlternative[][]) {
  for (const group of groups) if (!foundAny(text, tokens, keys, group, false)) return false;
  return true;
}

function foundAny(
  text: string,
  tokens: Token[],
  keys: ReadonlySet<string>,
  alts: FlagAlternative[],
  asserted: boolean,
) {
  for (const alt of alts) if (found(text, tokens, keys, alt, asserted)) return true;
  return false;
}

/** Whether a passage (its tokens and their keys) has `alt`; the first key is looked up before the tokens are walked. */
function found(
  text: string,
  tokens: Token[],
  keys: ReadonlySet<string>,
  alt: FlagAlternative,
  asserted: boolean,
): boolean {
  return alt.keys.length > 0 && keys.has(alt.keys[0]!) && findPhrase(text, tokens, alt, asserted) >= 0;
}

/**
 * Index of the first token where `alt` matches (by keys, and by exact wording when it names a proper noun), or -1.
 * With `asserted`, a match right after a negation does not count.
 */
function findPhrase(text: string, tokens: Token[], alt: FlagAlternative, asserted: boolean): number {
  const { keys, surface } = alt;
  if (keys.length === 0) return -1;
  outer: for (let i = 0; i + keys.length <= tokens.length; i++) {
    for (let k = 0; k < keys.length; k++) if (tokens[i + k]!.key !== keys[k]) continue outer;
    if (surface !== undefined) {
      const written = text.slice(tokens[i]!.start, tokens[i + keys.length - 1]!.end).replace(/\s+/g, ' ');
      if (written !== surface) continue;
    }
    if (asserted && negatedAt(tokens, i)) continue;
    return i;
  }
  return -1;
}

function negatedAt(tokens: Token[], i: number): boolean {
  for (let j = Math.max(0, i - NEGATION_REACH); j < i; j++) if (tokens[j]!.key === NEGATION) return true;
  return false;
}
