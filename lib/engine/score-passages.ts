import type { AnchorGroup, ClauseId } from '../dataset/types';
import type { Segment } from '../text/segment';
import type { Token } from '../text/tokenize';
import type { LanguageIndex } from './lexicon-index';
import type { ReferencePairs } from './reference-ngrams';

/** Evidence for one clause in one passage. */
export interface ClauseEvidence {
  clause: ClauseId;
  /** Sum of the distinct matched terms' weights plus the weighted overlap with the clause's own text. */
  score: number;
  /** Weight of the strongest single term. */
  maxWeight: number;
  /** Longest run of the clause's own wording (in words) that the passage repeats. */
  sharedRun: number;
  /** Distinct terms and phrases, as written in the article. */
  evidence: string[];
  /** True when some evidence sits inside quotation marks. */
  quoted: boolean;
}

export interface ScoredPassage {
  segment: Segment;
  tokens: Token[];
  anchors: Map<AnchorGroup, number>;
  clauses: Map<ClauseId, ClauseEvidence>;
}

const OVERLAP_WEIGHT = 0.75;
const OVERLAP_CAP = 6;

/** Scores every passage against every clause: lexicon terms, then overlap with the clause's own wording. */
export function scorePassages(
  text: string,
  segments: Segment[],
  tokens: Token[],
  index: LanguageIndex,
  pairs: ReferencePairs,
  quoted: (offset: number) => boolean,
): ScoredPassage[] {
  const out: ScoredPassage[] = [];
  let t = 0;
  for (const segment of segments) {
    while (t < tokens.length && tokens[t]!.start < segment.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= segment.end) t++;
    const segTokens = tokens.slice(first, t);
    out.push(scoreOne(text, segment, segTokens, index, pairs, quoted));
  }
  return out;
}

function scoreOne(
  text: string,
  segment: Segment,
  tokens: Token[],
  index: LanguageIndex,
  pairs: ReferencePairs,
  quoted: (offset: number) => boolean,
): ScoredPassage {
  const anchors = new Map<AnchorGroup, number>();
  const terms = new Map<ClauseId, Map<string, { weight: number; surface: string; quoted: boolean }>>();
  for (let i = 0; i < tokens.length; i++) {
    const candidates = index.byFirstKey.get(tokens[i]!.key);
    if (!candidates) continue;
    for (const term of candidates) {
      if (!matchesAt(tokens, i, term.keys)) continue;
      if ('anchor' in term.target) {
        const g = term.target.anchor;
        anchors.set(g, Math.max(anchors.get(g) ?? 0, term.weight));
        continue;
      }
      const byTerm = terms.get(term.target.clause) ?? new Map();
      if (!byTerm.has(term.term)) {
        const start = tokens[i]!.start;
        const end = tokens[i + term.keys.length - 1]!.end;
        byTerm.set(term.term, { weight: term.weight, surface: text.slice(start, end), quoted: quoted(start) });
      }
      terms.set(term.target.clause, byTerm);
    }
  }
  const clauses = new Map<ClauseId, ClauseEvidence>();
  for (const [clause, byTerm] of terms) {
    let score = 0;
    let maxWeight = 0;
    let isQuoted = false;
    const evidence: string[] = [];
    for (const hit of byTerm.values()) {
      score += hit.weight;
      maxWeight = Math.max(maxWeight, hit.weight);
      isQuoted ||= hit.quoted;
      if (!evidence.includes(hit.surface)) evidence.push(hit.surface);
    }
    clauses.set(clause, { clause, score, maxWeight, sharedRun: 0, evidence, quoted: isQuoted });
  }
  addOverlap(text, tokens, pairs, clauses, quoted);
  for (const ev of clauses.values()) ev.evidence = maximalPhrases(ev.evidence);
  return { segment, tokens, anchors, clauses };
}

function matchesAt(tokens: Token[], i: number, keys: string[]): boolean {
  if (i + keys.length > tokens.length) return false;
  for (let k = 1; k < keys.length; k++) if (tokens[i + k]!.key !== keys[k]) return false;
  return true;
}

/** Adds evidence from word pairs the passage shares with each clause's own text, and the longest shared run. */
function addOverlap(
  text: string,
  tokens: Token[],
  pairs: ReferencePairs,
  clauses: Map<ClauseId, ClauseEvidence>,
  quoted: (offset: number) => boolean,
): void {
  const shared = new Map<
    ClauseId,
    { weight: number; run: number; best: number; runStart: number; surfaces: string[] }
  >();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const entry = pairs.get(`${tokens[i]!.key} ${tokens[i + 1]!.key}`);
    const inPair = new Set(entry && entry.weight > 0 ? entry.clauses : []);
    for (const [clause, s] of shared) if (!inPair.has(clause)) s.run = 0;
    if (!entry || entry.weight === 0) continue;
    for (const clause of entry.clauses) {
      const s = shared.get(clause) ?? { weight: 0, run: 0, best: 0, runStart: i, surfaces: [] };
      if (s.run === 0) s.runStart = i;
      s.run++;
      s.weight += entry.weight;
      if (s.run > s.best) s.best = s.run;
      const surface = text.slice(tokens[s.runStart]!.start, tokens[i + 1]!.end);
      // Keep only the longest surface of a run: a run of pairs is one phrase in the article.
      if (s.run > 1) s.surfaces.pop();
      s.surfaces.push(surface);
      shared.set(clause, s);
    }
  }
  for (const [clause, s] of shared) {
    const add = Math.min(OVERLAP_CAP, OVERLAP_WEIGHT * s.weight);
    const ev = clauses.get(clause) ?? { clause, score: 0, maxWeight: 0, sharedRun: 0, evidence: [], quoted: false };
    ev.score += add;
    ev.sharedRun = s.best + 1;
    for (const surface of s.surfaces) if (!ev.evidence.some((e) => e.includes(surface))) ev.evidence.push(surface);
    ev.quoted ||= quoted(tokens[s.runStart]!.start);
    clauses.set(clause, ev);
  }
}

/** Drops evidence phrases contained in a longer one ("high seas" inside "incidents at sea … high seas"). */
function maximalPhrases(phrases: string[]): string[] {
  return phrases.filter((p, i) => !phrases.some((q, j) => j !== i && q.length > p.length && q.includes(p)));
}
