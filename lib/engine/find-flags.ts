import type { Token } from '../text/tokenize';
import type { CompiledFlag } from './lexicon-index';
import type { FlagHit } from './report';
import type { ScoredPassage } from './score-passages';

/** Raises each framing flag once, on the first passage where all its pattern groups match and no exception does. */
export function findFlags(text: string, passages: ScoredPassage[], flags: CompiledFlag[]): FlagHit[] {
  const hits: FlagHit[] = [];
  for (const flag of flags) {
    for (const p of passages) {
      const matches = flag.all.every((group) => group.some((alt) => containsPhrase(p.tokens, alt)));
      if (!matches || flag.unless.some((alt) => containsPhrase(p.tokens, alt))) continue;
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

function containsPhrase(tokens: Token[], keys: string[]): boolean {
  if (keys.length === 0) return false;
  outer: for (let i = 0; i + keys.length <= tokens.length; i++) {
    for (let k = 0; k < keys.length; k++) if (tokens[i + k]!.key !== keys[k]) continue outer;
    return true;
  }
  return false;
}
