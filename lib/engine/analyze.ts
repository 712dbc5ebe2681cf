import { DATASET_VERSION, getClause } from '../dataset/statement';
import type { AnchorGroup, ClauseId, MatchLanguage } from '../dataset/types';
import { detectLanguage } from '../text/detect-language';
import { quotationLookup } from '../text/quotations';
import { segment } from '../text/segment';
import { tokenize } from '../text/tokenize';
import { findFlags } from './find-flags';
import { languageIndex } from './lexicon-index';
import { referencePairs } from './reference-ngrams';
import type { ArticleInput, ClauseMatch, PassageMatch, Report, Tier, Verdict } from './report';
import { scorePassages, type ClauseEvidence, type ScoredPassage } from './score-passages';

/** A passage counts as evidence for a clause only above these bars (see `qualifies`). */
const SPECIFIC_TERM = 3;
const MIN_SCORE = 4;
/** The passage repeats this many words of the clause's own text in a row: it quotes it. */
const VERBATIM_RUN = 7;
const PARAPHRASE_SCORE = 5;
const MAX_PASSAGES_PER_CLAUSE = 5;
/** Anchors (Putin, the Kremlin, a proposal) count for a passage within this many paragraphs of it. */
const CONTEXT_PARAGRAPHS = 2;

/**
 * Reads an article and reports whether it refers to the 2020 statement, which clauses its passages cover, with
 * evidence in the article's own words, and framing flags. Pure: strings in, data out; never throws on any string.
 */
export function analyze(input: ArticleInput): Report {
  const title = typeof input.title === 'string' ? input.title : '';
  const text = typeof input.text === 'string' ? input.text : '';
  const detected = detectLanguage(`${title}\n${text}`);
  if (detected === 'other') return emptyReport(title, declaredOr(input.declaredLanguage, 'und'));
  const lang: MatchLanguage = detected;
  const index = languageIndex(lang);
  const pairs = referencePairs(lang);
  const quoted = quotationLookup(text);
  const passages = scorePassages(text, segment(text), tokenize(text, lang), index, pairs, quoted);
  const titlePassage = scorePassages(
    title,
    [{ start: 0, end: title.length, paragraph: -1 }],
    tokenize(title, lang),
    index,
    pairs,
    () => false,
  )[0];

  const articleAnchors = sumAnchors(passages, titlePassage);
  const accepted = acceptedMatches(passages, titlePassage, articleAnchors);
  const clauses = buildClauses(accepted, text);
  const { verdict, confidence } = decideVerdict(text, passages, accepted, clauses, titlePassage, articleAnchors);
  if (verdict === 'unrelated') return { ...emptyReport(title, lang), confidence };
  const region = new Set(accepted.flatMap(({ passage }) => neighbourParagraphs(passage.segment.paragraph, 1)));
  return {
    verdict,
    confidence,
    language: lang,
    title,
    clauses,
    flags: findFlags(
      text,
      passages.filter((p) => region.has(p.segment.paragraph)),
      index.flags,
    ),
    datasetVersion: DATASET_VERSION,
  };
}

function emptyReport(title: string, language: string): Report {
  return {
    verdict: 'unrelated',
    confidence: 0.9,
    language,
    title,
    clauses: [],
    flags: [],
    datasetVersion: DATASET_VERSION,
  };
}

function declaredOr(declared: string | undefined, fallback: string): string {
  return typeof declared === 'string' && /^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(declared) ? declared : fallback;
}

function sumAnchors(passages: ScoredPassage[], title: ScoredPassage | undefined): Map<AnchorGroup, number> {
  const sums = new Map<AnchorGroup, number>();
  for (const p of title ? [title, ...passages] : passages) {
    for (const [g, w] of p.anchors) sums.set(g, (sums.get(g) ?? 0) + w);
  }
  return sums;
}

interface Accepted {
  passage: ScoredPassage;
  evidence: ClauseEvidence;
  tier: Tier;
}

/** Boilerplate alone never makes a match; a specific term does, or enough supporting evidence together. */
function qualifies(ev: ClauseEvidence): boolean {
  if (ev.sharedRun >= VERBATIM_RUN) return true;
  return ev.maxWeight >= SPECIFIC_TERM || (ev.score >= MIN_SCORE && ev.evidence.length >= 2);
}

function tierOf(ev: ClauseEvidence): Tier {
  if (ev.sharedRun >= VERBATIM_RUN || (ev.quoted && ev.score >= PARAPHRASE_SCORE + 2 && ev.evidence.length >= 2))
    return 'verbatim';
  if (ev.score >= PARAPHRASE_SCORE || ev.maxWeight >= 4) return 'paraphrase';
  return 'topic';
}

function neighbourParagraphs(p: number, radius: number): number[] {
  const out: number[] = [];
  for (let d = -radius; d <= radius; d++) out.push(p + d);
  return out;
}

/**
 * Keeps the passage matches that stand in the statement's context: the article speaks of Russia/Putin and of
 * information security, and the passage, its neighbourhood or the title names the actor or the proposal.
 */
function acceptedMatches(
  passages: ScoredPassage[],
  title: ScoredPassage | undefined,
  anchors: Map<AnchorGroup, number>,
): Accepted[] {
  if (!anchors.get('actor') || !(anchors.get('topic') || anchors.get('proposal'))) return [];
  const contextByParagraph = new Map<number, boolean>();
  for (const p of passages) {
    if (p.anchors.has('actor') || p.anchors.has('proposal')) contextByParagraph.set(p.segment.paragraph, true);
  }
  const titleContext = !!title && (title.anchors.has('actor') || title.anchors.has('proposal'));
  const inContext = (paragraph: number) =>
    titleContext || neighbourParagraphs(paragraph, CONTEXT_PARAGRAPHS).some((q) => contextByParagraph.get(q));
  const out: Accepted[] = [];
  for (const passage of passages) {
    if (passage.clauses.size === 0 || !inContext(passage.segment.paragraph)) continue;
    for (const ev of passage.clauses.values()) {
      if (qualifies(ev)) out.push({ passage, evidence: ev, tier: tierOf(ev) });
    }
  }
  return out;
}

const TIER_RANK: Record<Tier, number> = { verbatim: 3, paraphrase: 2, topic: 1 };

function buildClauses(accepted: Accepted[], text: string): ClauseMatch[] {
  const byClause = new Map<ClauseId, Accepted[]>();
  for (const a of accepted) {
    const list = byClause.get(a.evidence.clause) ?? [];
    list.push(a);
    byClause.set(a.evidence.clause, list);
  }
  const order = (id: ClauseId) => getClause(id).start;
  return [...byClause.entries()]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([id, list]) => {
      list.sort((a, b) => TIER_RANK[b.tier] - TIER_RANK[a.tier] || b.evidence.score - a.evidence.score);
      const best = list[0]!;
      const passages: PassageMatch[] = list.slice(0, MAX_PASSAGES_PER_CLAUSE).map(({ passage, evidence }) => ({
        text: text.slice(passage.segment.start, passage.segment.end),
        start: passage.segment.start,
        end: passage.segment.end,
        evidence: evidence.evidence,
      }));
      return { id, tier: best.tier, score: round(Math.min(1, best.evidence.score / 8)), passages };
    });
}

function decideVerdict(
  text: string,
  passages: ScoredPassage[],
  accepted: Accepted[],
  clauses: ClauseMatch[],
  title: ScoredPassage | undefined,
  anchors: Map<AnchorGroup, number>,
): { verdict: Verdict; confidence: number } {
  const strong = clauses.filter((c) => c.tier !== 'topic' && getClause(c.id).kind === 'statement');
  const specific = accepted.some((a) => a.evidence.maxWeight >= 4 || a.tier === 'verbatim');
  const framed = anchors.has('proposal') || anchors.has('date');
  // One clause alone (a hotline, the 1972 agreement) is also the vocabulary of other stories: it counts only when
  // the article also dates or names the proposal.
  const dated = anchors.has('date') && anchors.has('proposal');
  if (
    strong.length === 0 ||
    !(specific || strong.length >= 2) ||
    !(framed || strong.length >= 2) ||
    (strong.length === 1 && !dated)
  ) {
    const hasSomething = accepted.length > 0;
    return { verdict: 'unrelated', confidence: hasSomething ? 0.6 : 0.9 };
  }
  // Share of the article's text in paragraphs that carry clause evidence.
  const evidenceParagraphs = new Set(accepted.map((a) => a.passage.segment.paragraph));
  let evidenceChars = 0;
  for (const p of passages)
    if (evidenceParagraphs.has(p.segment.paragraph)) evidenceChars += p.segment.end - p.segment.start;
  const share = evidenceChars / Math.max(1, text.length);
  const titleHit =
    !!title &&
    (title.clauses.size > 0 ||
      (title.anchors.has('actor') && (title.anchors.has('proposal') || title.anchors.has('topic'))));
  const about =
    share >= 0.3 || (strong.length >= 3 && share >= 0.2) || (titleHit && (share >= 0.1 || strong.length >= 2));
  if (about) {
    return {
      verdict: 'about',
      confidence: round(Math.min(0.99, 0.5 + 0.08 * strong.length + 0.3 * share + (titleHit ? 0.1 : 0))),
    };
  }
  return { verdict: 'mentions', confidence: round(Math.min(0.85, 0.45 + 0.1 * strong.length)) };
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
