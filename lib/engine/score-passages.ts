import type { AnchorGroup, ClauseId } from '../dataset/types';
import type { Segment } from '../text/segment';
import type { Token } from '../text/tokenize';
import type { LanguageIndex } from './lexicon-index';
import type { PairEntry } from './reference-ngrams';

/** Evidence for one clause in one passage. */
export interface ClauseEvidence {
  clause: ClauseId;
  /** Lexicon phrases + facet components (when a facet rule holds) + weighted overlap with the clause's own text. */
  score: number;
  /** Weight of the strongest single lexicon phrase. */
  maxWeight: number;
  /** Number of distinct lexicon phrases matched. */
  phrases: number;
  /** Number of the clause's meaning components present when one of its facet rules holds, else 0. */
  facets: number;
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
  /**
   * Clauses whose "unless" wording the passage contains ("confidence-building measures" for trust, an experts'
   * dialogue for point 1): their components next to that wording do not count, neither do their phrases inside it,
   * and neighbouring sentences cannot complete their rules here.
   */
  blocked: Set<ClauseId>;
}

/** The meaning components (facet groups) of each clause that a passage names, with their wording. */
type FacetHits = Map<ClauseId, GroupHit[]>;

/** A passage names a few components of a clause: a list of them, in the order first named, not a map each. */
interface GroupHit extends Hit {
  group: number;
}

/**
 * A facet rule may hold over a sentence and its neighbours in the same paragraph ("Moscow proposes to sit down at
 * the table again. Not now and then but regularly, at a high level…"): the sentence that names at least this many
 * components itself gets the match.
 */
const WINDOW_OWN_GROUPS = 2;
/** Components found only in a neighbouring sentence count for less than the sentence's own. */
const NEIGHBOUR_FACTOR = 0.5;

const OVERLAP_WEIGHT = 0.75;
/** Components within this many tokens of a clause's "unless" wording belong to that wording. */
const UNLESS_REACH = 3;
const OVERLAP_CAP = 6;

/** Scores every passage against every clause: lexicon phrases, facet components, overlap with the clause's wording. */
export function scorePassages(
  text: string,
  segments: Segment[],
  tokens: Token[],
  index: LanguageIndex,
  quoted: (offset: number) => boolean,
): ScoredPassage[] {
  const out: ScoredPassage[] = [];
  const facetHits: FacetHits[] = [];
  // Each word's key is looked up once, here; the passes below compare ids.
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) ids[i] = index.ids.get(tokens[i]!.key) ?? NO_ID;
  let t = 0;
  for (const segment of segments) {
    while (t < tokens.length && tokens[t]!.start < segment.start) t++;
    const first = t;
    while (t < tokens.length && tokens[t]!.end <= segment.end) t++;
    const words = { tokens: tokens.slice(first, t), ids: ids.subarray(first, t) };
    const { passage, facets } = scoreOne(text, segment, words, index, quoted);
    out.push(passage);
    facetHits.push(facets);
  }
  for (let i = 0; i < out.length; i++) {
    const paragraph = out[i]!.segment.paragraph;
    const before = out[i - 1]?.segment.paragraph === paragraph ? facetHits[i - 1] : undefined;
    const after = out[i + 1]?.segment.paragraph === paragraph ? facetHits[i + 1] : undefined;
    addFacets(out[i]!, facetHits[i]!, before, after, index);
  }
  for (const p of out) for (const ev of p.clauses.values()) ev.evidence = maximalPhrases(ev.evidence);
  return out;
}

/** Adds facet evidence where a clause's rule holds in the passage, or with its neighbours' components. */
function addFacets(
  passage: ScoredPassage,
  own: FacetHits,
  before: FacetHits | undefined,
  after: FacetHits | undefined,
  index: LanguageIndex,
): void {
  for (const [clause, byGroup] of own) {
    const facets = index.facets.get(clause);
    if (!facets) continue;
    let present = byGroup;
    let neighbours = NO_GROUPS;
    if (!ruleHolds(facets.rules, byGroup) && !ruleHolds(facets.sentenceRules, byGroup)) {
      if (byGroup.length < WINDOW_OWN_GROUPS || passage.blocked.has(clause)) continue;
      const window = [...byGroup];
      const added = new Set<number>();
      for (const side of [before, after]) {
        for (const h of side?.get(clause) ?? NO_HITS) {
          if (groupHit(window, h.group)) continue;
          window.push(h);
          added.add(h.group);
        }
      }
      if (added.size === 0 || !ruleHolds(facets.rules, window)) continue;
      present = window;
      neighbours = added;
    }
    const ev = evidenceOf(passage, clause);
    ev.facets = present.length;
    for (const h of present) {
      const group = h.group;
      ev.score += facets.weights[group]! * (neighbours.has(group) ? NEIGHBOUR_FACTOR : 1);
      ev.quoted ||= h.quoted && !neighbours.has(group);
      if (!ev.evidence.includes(h.surface)) ev.evidence.push(h.surface);
    }
  }
}

/** The passage's evidence for `clause`, made on first use (with the passage's own map, on its first evidence). */
function evidenceOf(passage: ScoredPassage, clause: ClauseId): ClauseEvidence {
  if (passage.clauses === NO_EVIDENCE) passage.clauses = new Map();
  let ev = passage.clauses.get(clause);
  if (!ev) {
    ev = { clause, score: 0, maxWeight: 0, phrases: 0, facets: 0, sharedRun: 0, evidence: [], quoted: false };
    passage.clauses.set(clause, ev);
  }
  return ev;
}

interface Hit {
  weight: number;
  surface: string;
  quoted: boolean;
  /** Token span of the match in the passage. */
  from: number;
  to: number;
}

/** A key no term or pair names. */
const NO_ID = -1;

/** A passage's tokens and their key ids (NO_ID for a key the index does not name). */
interface Words {
  tokens: Token[];
  ids: Int32Array;
}

function scoreOne(
  text: string,
  segment: Segment,
  words: Words,
  index: LanguageIndex,
  quoted: (offset: number) => boolean,
): { passage: ScoredPassage; facets: FacetHits } {
  const { tokens, ids } = words;
  const { terms, termsFrom, termKeys, keysFrom } = index;
  // Most passages match nothing: their maps are allocated only on a first match (a 5 MB text has 100,000s of them).
  let anchors: Map<AnchorGroup, number> | undefined;
  // A passage matches a few terms of a clause: a list, searched, costs less than a map per clause.
  let phrases: Map<ClauseId, TermHit[]> | undefined;
  let facetHits: FacetHits | undefined;
  let blocked: Set<ClauseId> | undefined;
  let unlessSpans: { clause: ClauseId; from: number; to: number }[] | undefined;
  let anchorHits: { anchor: AnchorGroup; weight: number; from: number; to: number }[] | undefined;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (id === NO_ID) continue;
    for (let c = termsFrom[id]!; c < termsFrom[id + 1]!; c++) {
      const from = keysFrom[c]!;
      const length = keysFrom[c + 1]! - from;
      if (!matchesAt(ids, i, termKeys, from, length)) continue;
      const term = terms[c]!;
      const target = term.target;
      if (target.kind === 'anchor') {
        (anchorHits ??= []).push({ anchor: target.anchor, weight: term.weight, from: i, to: i + length });
        continue;
      }
      if (target.kind === 'unless') {
        (blocked ??= new Set()).add(target.clause);
        (unlessSpans ??= []).push({ clause: target.clause, from: i, to: i + length });
        continue;
      }
      // A dense article matches a term at every other word: the wording is cut out of the text only for a hit kept.
      const to = i + length;
      const start = tokens[i]!.start;
      const end = tokens[to - 1]!.end;
      if (target.kind === 'clause') {
        if (unlessSpans && insideUnless(unlessSpans, target.clause, i, to)) continue;
        phrases ??= new Map();
        let byTerm = phrases.get(target.clause);
        if (!byTerm) phrases.set(target.clause, (byTerm = []));
        if (!hasTerm(byTerm, term.term)) {
          const surface = text.slice(start, end);
          byTerm.push({ term: term.term, weight: term.weight, surface, quoted: quoted(start), from: i, to });
        }
      } else {
        facetHits ??= new Map();
        let byGroup = facetHits.get(target.clause);
        if (!byGroup) facetHits.set(target.clause, (byGroup = []));
        // The longest wording of a component wins (in the place of the first).
        const prev = groupHit(byGroup, target.group);
        if (!prev || end - start > prev.surface.length) {
          const hit = {
            group: target.group,
            weight: term.weight,
            surface: text.slice(start, end),
            quoted: quoted(start),
            from: i,
            to,
          };
          if (prev) byGroup[byGroup.indexOf(prev)] = hit;
          else byGroup.push(hit);
        }
      }
    }
  }
  if (anchorHits) anchors = foldAnchors(anchorHits);
  // Most passages have no evidence for any clause: they share one empty map until evidence comes (evidenceOf).
  const passage: ScoredPassage = {
    segment,
    tokens,
    anchors: anchors ?? NO_ANCHORS,
    clauses: NO_EVIDENCE,
    blocked: blocked ?? NO_CLAUSES,
  };
  for (const [clause, byTerm] of phrases ?? NO_PHRASES) {
    const ev = evidenceOf(passage, clause);
    // "election interference" also contains "election": phrases inside another matched phrase are not more evidence.
    const hits: Hit[] = [];
    for (const h of longestFirst(byTerm)) if (!insideHit(hits, h)) hits.push(h);
    ev.phrases = hits.length;
    for (const h of hits) {
      ev.score += h.weight;
      ev.maxWeight = Math.max(ev.maxWeight, h.weight);
      ev.quoted ||= h.quoted;
      if (!ev.evidence.includes(h.surface)) ev.evidence.push(h.surface);
    }
  }
  // "Let experts from both countries talk … and resume regular consultations between the governments": the experts'
  // wording keeps "talk" from point 1, not "consultations" further on.
  for (const span of unlessSpans ?? []) {
    const byGroup = facetHits?.get(span.clause);
    if (!byGroup) continue;
    const kept = byGroup.filter((h) => !(h.to > span.from - UNLESS_REACH && h.from < span.to + UNLESS_REACH));
    if (kept.length < byGroup.length) facetHits!.set(span.clause, kept);
  }
  addOverlap(text, words, index, passage, quoted);
  return { passage, facets: facetHits ?? NO_FACETS };
}

interface TermHit extends Hit {
  term: string;
}

function hasTerm(hits: TermHit[], term: string): boolean {
  for (const h of hits) if (h.term === term) return true;
  return false;
}

/**
 * Sorts a passage's hits for one clause longest first, in place, keeping the order of hits of one length (an
 * insertion sort: there are a handful, and Array.prototype.sort allocated a work array on every call).
 */
function longestFirst<H extends Hit>(hits: H[]): H[] {
  for (let i = 1; i < hits.length; i++) {
    const h = hits[i]!;
    let j = i - 1;
    while (j >= 0 && hits[j]!.to - hits[j]!.from < h.to - h.from) {
      hits[j + 1] = hits[j]!;
      j--;
    }
    hits[j + 1] = h;
  }
  return hits;
}

function insideHit(hits: Hit[], h: Hit): boolean {
  for (const k of hits) if (k.from <= h.from && h.to <= k.to) return true;
  return false;
}

function sharedOf(shared: Shared[], clause: ClauseId): Shared | undefined {
  for (const s of shared) if (s.clause === clause) return s;
  return undefined;
}

/**
 * Whether tokens from..to lie inside one of the clause's "unless" wordings. (Functions of their own, here and below,
 * not closures in scoreOne's loops: a closure there captures the loop's variables, which V8 then allocates anew on
 * every turn, for every term of a dense article.)
 */
function insideUnless(
  spans: { clause: ClauseId; from: number; to: number }[],
  clause: ClauseId,
  from: number,
  to: number,
) {
  for (const u of spans) if (u.clause === clause && u.from <= from && to <= u.to) return true;
  return false;
}

// Shared empty values for passages that match nothing; never written to.
const NO_ANCHORS: Map<AnchorGroup, number> = new Map();
const NO_PHRASES: Map<ClauseId, TermHit[]> = new Map();
const NO_EVIDENCE: Map<ClauseId, ClauseEvidence> = new Map();
const NO_FACETS: FacetHits = new Map();
const NO_HITS: readonly GroupHit[] = [];
const NO_CLAUSES: Set<ClauseId> = new Set();
const NO_CLAUSE_IDS: readonly ClauseId[] = [];
const NO_GROUPS: ReadonlySet<number> = new Set();

function groupHit(hits: readonly GroupHit[], group: number): GroupHit | undefined {
  for (const h of hits) if (h.group === group) return h;
  return undefined;
}

function ruleHolds(rules: number[][][], present: readonly GroupHit[]): boolean {
  for (const rule of rules) if (everySetPresent(rule, present)) return true;
  return false;
}

function everySetPresent(rule: number[][], present: readonly GroupHit[]): boolean {
  outer: for (const set of rule) {
    for (const g of set) if (groupHit(present, g)) continue outer;
    return false;
  }
  return true;
}

/** Whether the passage's words from i on have the term's key ids termKeys[from] to termKeys[from + length - 1]. */
function matchesAt(ids: Int32Array, i: number, termKeys: Int32Array, from: number, length: number): boolean {
  if (i + length > ids.length) return false;
  for (let k = 1; k < length; k++) if (ids[i + k] !== termKeys[from + k]) return false;
  return true;
}

/** The statement's word pair of key ids a then b, if it has one. */
function pairEntry(index: LanguageIndex, a: number, b: number): PairEntry | undefined {
  if (a === NO_ID || b === NO_ID) return undefined;
  for (let p = index.pairsFrom[a]!; p < index.pairsFrom[a + 1]!; p++) {
    if (index.pairSecond[p] === b) return index.pairEntries[p];
  }
  return undefined;
}

/** A clause's shared pairs in one passage; `runs` holds each run's first and last token index, in pairs. */
interface Shared {
  clause: ClauseId;
  weight: number;
  run: number;
  best: number;
  runs: number[];
}

/** Adds evidence from word pairs the passage shares with each clause's own text, and the longest shared run. */
function addOverlap(
  text: string,
  words: Words,
  index: LanguageIndex,
  passage: ScoredPassage,
  quoted: (offset: number) => boolean,
): void {
  // Most passages share no pair with the statement: the list is made on the first pair that is. A dense article
  // shares one at most words, so a run's wording is cut out of the text once, when the passage is done.
  const { tokens, ids } = words;
  let shared: Shared[] | undefined;
  for (let i = 0; i + 1 < ids.length; i++) {
    const entry = pairEntry(index, ids[i]!, ids[i + 1]!);
    const inPair = entry && entry.weight > 0 ? entry.clauses : NO_CLAUSE_IDS;
    if (shared) for (const s of shared) if (s.run > 0 && !inPair.includes(s.clause)) s.run = 0;
    if (inPair.length === 0) continue;
    shared ??= [];
    for (const clause of inPair) {
      let s = sharedOf(shared, clause);
      if (!s) shared.push((s = { clause, weight: 0, run: 0, best: 0, runs: [] }));
      // A run of pairs is one phrase in the article: its last token moves on while the run lasts.
      if (s.run === 0) s.runs.push(i, i + 1);
      else s.runs[s.runs.length - 1] = i + 1;
      s.run++;
      s.weight += entry!.weight;
      if (s.run > s.best) s.best = s.run;
    }
  }
  for (const s of shared ?? []) {
    const ev = evidenceOf(passage, s.clause);
    ev.score += Math.min(OVERLAP_CAP, OVERLAP_WEIGHT * s.weight);
    ev.sharedRun = s.best + 1;
    for (let r = 0; r < s.runs.length; r += 2) {
      const surface = text.slice(tokens[s.runs[r]!]!.start, tokens[s.runs[r + 1]!]!.end);
      if (!ev.evidence.some((e) => e.includes(surface))) ev.evidence.push(surface);
    }
    ev.quoted ||= quoted(tokens[s.runs[s.runs.length - 2]!]!.start);
  }
}

/** Drops evidence phrases contained in a longer one ("high seas" inside "incidents at sea … high seas"). */
function maximalPhrases(phrases: string[]): string[] {
  if (phrases.length < 2) return phrases;
  return phrases.filter((p, i) => !phrases.some((q, j) => j !== i && q.length > p.length && q.includes(p)));
}

/**
 * The passage's anchors, each at its strongest. "Putin's special representative", «спецпредставитель президента»: the
 * name inside an envoy's title is not the statement's author speaking (the envoys made the earlier offers), so an
 * envoy title counts as a Russian official (an actor of weight 1, its own weight) and the author and named-actor
 * matches inside it do not count; the passage keeps the envoy as well (verdict-features.ts: an opening that only an
 * envoy or diplomat speaks in).
 */
const NO_HITS_LIST: readonly { from: number; to: number }[] = [];

function hasEnvoy(hits: { anchor: AnchorGroup }[]): boolean {
  for (const h of hits) if (h.anchor === 'envoy') return true;
  return false;
}

function foldAnchors(
  hits: { anchor: AnchorGroup; weight: number; from: number; to: number }[],
): Map<AnchorGroup, number> {
  const envoys = hasEnvoy(hits) ? hits.filter((h) => h.anchor === 'envoy') : NO_HITS_LIST;
  const insideEnvoy = (h: { from: number; to: number }) => envoys.some((e) => e.from <= h.from && h.to <= e.to);
  const anchors = new Map<AnchorGroup, number>();
  for (const h of hits) {
    if (h.anchor === 'envoy') {
      anchors.set('actor', Math.max(anchors.get('actor') ?? 0, h.weight));
      anchors.set('envoy', Math.max(anchors.get('envoy') ?? 0, h.weight));
      continue;
    }
    if ((h.anchor === 'actor' || h.anchor === 'author') && envoys.length > 0 && insideEnvoy(h)) continue;
    anchors.set(h.anchor, Math.max(anchors.get(h.anchor) ?? 0, h.weight));
  }
  return anchors;
}
