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
  for (const flag of flags) {
    for (const p of passages) {
      const [first, ...rest] = flag.all;
      if (!first) continue;
      const asserted = first.some((alt) => findPhrase(text, p.tokens, alt, true) >= 0);
      const matches =
        asserted && rest.every((group) => group.some((alt) => findPhrase(text, p.tokens, alt, false) >= 0));
      if (!matches || flag.unless.some((alt) => findPhrase(text, p.tokens, alt, false) >= 0)) continue;
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
