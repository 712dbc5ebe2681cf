import { DATASET_VERSION, getClause } from '../dataset/statement';
import { round } from './round';
import type { AnchorGroup, ClauseId, MatchLanguage } from '../dataset/types';
import { detectLanguage } from '../text/detect-language';
import { findDates, type DateMention } from '../text/find-dates';
import { fold } from '../text/fold';
import { quotationLookup } from '../text/quotations';
import { segment } from '../text/segment';
import { tokenize } from '../text/tokenize';
import { decideVerdict } from './decide-verdict';
import { NAMED_ACTOR, verdictFeatures, type Accepted, type VerdictFeatures } from './verdict-features';
import { findFlags } from './find-flags';
import { languageIndex } from './lexicon-index';
import type { ArticleInput, ClauseMatch, PassageMatch, Report, Tier } from './report';
import { scorePassages, type ClauseEvidence, type ScoredPassage } from './score-passages';

/** A lexicon phrase of this weight identifies its clause on its own (data/README.md: weights 0.5–4). */
const SPECIFIC_TERM = 4;
/** Without a specific phrase or a facet rule, a passage needs this much evidence from at least two phrases. */
const MIN_SCORE = 4;
/** The passage repeats this many words of the clause's own text in a row: it quotes it. */
const VERBATIM_RUN = 7;
/** Evidence this strong inside quotation marks is a quotation of the clause, even in another translation. */
const QUOTED_SCORE = 7;
const MAX_PASSAGES_PER_CLAUSE = 5;
/** Anchors (Putin, the Kremlin, a proposal) count for a passage within this many paragraphs of it. */
const CONTEXT_PARAGRAPHS = 1;
/** The title is scored as a passage of its own, numbered paragraph TITLE_PARAGRAPH. */
const TITLE_PARAGRAPH = -1;

/**
 * Reads an article and reports whether it refers to the 2020 statement, which clauses its passages cover, with
 * evidence in the article's own words, and framing flags. Pure: strings in, data out; never throws on any string.
 */
export function analyze(input: ArticleInput): Report {
  return analyzeWithFeatures(input).report;
}

/** `analyze`, plus the features the verdict was decided from (for the evaluation's explanations). */
export function analyzeWithFeatures(input: ArticleInput): { report: Report; features: VerdictFeatures | null } {
  const title = typeof input.title === 'string' ? input.title : '';
  const text = typeof input.text === 'string' ? input.text : '';
  const published = publicationDay(input.published);
  const detected = detectLanguage(`${title}\n${text}`);
  if (detected === 'other') {
    return {
      report: emptyReport(
        title,
        declaredOr(input.declaredLanguage, 'und'),
        published ?? publicationDay(input.captured),
      ),
      features: null,
    };
  }
  const lang: MatchLanguage = detected;
  const index = languageIndex(lang);
  const quoted = quotationLookup(text);
  const folded = fold(text);
  const foldedTitle = fold(title);
  const dates = findDates(text, lang, folded);
  // No date in the page's metadata: a dateline at the top of the text ("Published October 14, 2020") will do, or
  // one the page prints beside the headline.
  const dateline = typeof input.dateline === 'string' ? input.dateline.slice(0, DATELINE_CHARS) : '';
  const publishedOn =
    published ??
    datelineDay(dates) ??
    (dateline ? datelineDay(findDates(dateline, lang)) : undefined) ??
    publicationDay(input.captured);
  const passages = scorePassages(text, segment(text), tokenize(text, lang, folded), index, quoted);
  const titlePassage = scorePassages(
    title,
    [{ start: 0, end: title.length, paragraph: TITLE_PARAGRAPH }],
    tokenize(title, lang, foldedTitle),
    index,
    () => false,
  )[0];

  const articleAnchors = sumAnchors(passages, titlePassage);
  const topical = (clause: ClauseId) => index.facets.get(clause)?.topical === true;
  const nearProposal = acceptedMatches(passages, titlePassage, articleAnchors, false, topical);
  const features = verdictFeatures({
    text,
    passages,
    accepted: nearProposal,
    title: titlePassage,
    dates,
    titleDates: findDates(title, lang, foldedTitle),
    published: publishedOn,
  });
  const { verdict, confidence } = decideVerdict(features);
  if (verdict === 'unrelated') return { report: { ...emptyReport(title, lang, publishedOn), confidence }, features };
  // In an article about the proposal every clause match is about it; in one that mentions it, only those near the
  // passages that name it (a history of the 1972 agreement is not point 3 until it comes to Putin's proposal).
  const accepted =
    verdict === 'about' ? acceptedMatches(passages, titlePassage, articleAnchors, true, topical) : nearProposal;
  if (features.reference !== null && !accepted.some((a) => a.evidence.clause === 'preamble')) {
    const reference = referencePassage(passages, features.reference);
    if (reference) accepted.push(reference);
  }
  const region = new Set(accepted.flatMap(({ passage }) => neighbourParagraphs(passage.segment.paragraph, 1)));
  const report: Report = {
    verdict,
    confidence,
    language: lang,
    title,
    clauses: buildClauses(accepted, text, title),
    flags: findFlags(
      text,
      passages.filter((p) => region.has(p.segment.paragraph)),
      index.flags,
    ),
    datasetVersion: DATASET_VERSION,
  };
  if (publishedOn) report.published = publishedOn;
  return { report, features };
}

function emptyReport(title: string, language: string, published: string | undefined): Report {
  const report: Report = {
    verdict: 'unrelated',
    confidence: 0.9,
    language,
    title,
    clauses: [],
    flags: [],
    datasetVersion: DATASET_VERSION,
  };
  if (published) report.published = published;
  return report;
}

/** The text's opening characters, where a dateline stands. */
const DATELINE_CHARS = 200;

/** Datelines are of this century; an older date at the top is history ("Signed on 25 May 1972…"). */
const DATELINE_MIN_YEAR = 2000;

/** A full date (day, month, year) written at the very top of the text: the article's dateline. */
function datelineDay(dates: DateMention[]): string | undefined {
  const first = dates.find(
    (d) => d.start < DATELINE_CHARS && d.day && d.month && d.year && d.year >= DATELINE_MIN_YEAR,
  );
  if (!first) return undefined;
  return publicationDay(`${first.year}-${String(first.month).padStart(2, '0')}-${String(first.day).padStart(2, '0')}`);
}

/** A publication date the engine can use: a real calendar day, YYYY-MM-DD. */
function publicationDay(value: unknown): string | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const time = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(time) || new Date(time).toISOString().slice(0, 10) !== value ? undefined : value;
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

/**
 * Boilerplate alone never makes a match (it is in no clause's lexicon); a specific phrase does, or a facet rule
 * (several components of the clause's meaning together), or a long run of the clause's own words, or enough
 * evidence from two lexicon phrases.
 */
function qualifies(ev: ClauseEvidence): boolean {
  if (ev.sharedRun >= VERBATIM_RUN || ev.facets > 0) return true;
  return ev.maxWeight >= SPECIFIC_TERM || (ev.score >= MIN_SCORE && ev.phrases >= 2);
}

/**
 * Verbatim: the passage repeats the clause's own words (a long run of them, or strong evidence inside quotation
 * marks). Paraphrase: it states what the clause proposes, in other words (a facet rule or a specific phrase).
 * Topic: it touches the clause's subject (election interference, hotlines) without stating the proposal.
 */
function tierOf(ev: ClauseEvidence): Tier {
  const states = ev.facets > 0 || ev.maxWeight >= SPECIFIC_TERM;
  if (ev.sharedRun >= VERBATIM_RUN || (ev.quoted && states && ev.score >= QUOTED_SCORE)) return 'verbatim';
  return states ? 'paraphrase' : 'topic';
}

function neighbourParagraphs(p: number, radius: number): number[] {
  const out: number[] = [];
  for (let d = -radius; d <= radius; d++) out.push(p + d);
  return out;
}

/**
 * Keeps the passage matches that stand in the statement's context: the article speaks of Russia/Putin and of
 * information security, and (unless `wholeArticle`) the passage, its neighbouring paragraphs or the title name the
 * statement's author or a proposal. "Moscow" alone is not enough: a history of the 1972 agreement names Moscow in
 * every other paragraph.
 */
function acceptedMatches(
  passages: ScoredPassage[],
  title: ScoredPassage | undefined,
  anchors: Map<AnchorGroup, number>,
  wholeArticle: boolean,
  topical: (clause: ClauseId) => boolean,
): Accepted[] {
  if (!anchors.get('actor') || !(anchors.get('topic') || anchors.get('proposal'))) return [];
  const contextByParagraph = new Map<number, boolean>();
  for (const p of passages) {
    if ((p.anchors.get('actor') ?? 0) >= NAMED_ACTOR || p.anchors.has('proposal'))
      contextByParagraph.set(p.segment.paragraph, true);
  }
  const titleContext = !!title && ((title.anchors.get('actor') ?? 0) >= NAMED_ACTOR || title.anchors.has('proposal'));
  const inContext = (paragraph: number) =>
    wholeArticle ||
    titleContext ||
    neighbourParagraphs(paragraph, CONTEXT_PARAGRAPHS).some((q) => contextByParagraph.get(q));
  const out: Accepted[] = [];
  for (const passage of passages) {
    if (passage.clauses.size === 0 || !inContext(passage.segment.paragraph)) continue;
    for (const ev of passage.clauses.values()) {
      if (qualifies(ev)) {
        out.push({ passage, evidence: ev, tier: tierOf(ev), topical: ev.facets > 0 && topical(ev.clause) });
      }
    }
  }
  // A headline that states a clause ("Putin calls for a Russia-US 'reboot' on information security") is evidence too:
  // briefs cut off after a line, and breaking-news stubs, carry the story in the title alone.
  if (title && titleContext) {
    for (const ev of title.clauses.values()) {
      const tier = tierOf(ev);
      if (qualifies(ev) && tier !== 'topic') {
        out.push({ passage: title, evidence: ev, tier, topical: ev.facets > 0 && topical(ev.clause) });
      }
    }
  }
  return out;
}

const TIER_RANK: Record<Tier, number> = { verbatim: 3, paraphrase: 2, topic: 1 };

function buildClauses(accepted: Accepted[], text: string, title: string): ClauseMatch[] {
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
      // The article's own passages first: they are what the reader can be shown in the page.
      const inTitle = (a: Accepted) => a.passage.segment.paragraph === TITLE_PARAGRAPH;
      const shown = [...list.filter((a) => !inTitle(a)), ...list.filter(inTitle)];
      const passages: PassageMatch[] = shown.slice(0, MAX_PASSAGES_PER_CLAUSE).map(({ passage, evidence }) => {
        const inTitle = passage.segment.paragraph === TITLE_PARAGRAPH;
        const match: PassageMatch = {
          text: (inTitle ? title : text).slice(passage.segment.start, passage.segment.end),
          start: passage.segment.start,
          end: passage.segment.end,
          evidence: evidence.evidence,
        };
        if (inTitle) match.inTitle = true;
        return match;
      });
      return { id, tier: best.tier, score: round(Math.min(1, best.evidence.score / 8)), passages };
    });
}

/**
 * The sentence of paragraph `paragraph` that names the proposal ("the President's initiative on information
 * security"), as a topic-level match of the preamble: the page refers to the proposal as a whole.
 */
function referencePassage(passages: ScoredPassage[], paragraph: number): Accepted | null {
  const passage =
    passages.find((p) => p.segment.paragraph === paragraph && p.anchors.has('proposal') && p.anchors.has('actor')) ??
    passages.find((p) => p.segment.paragraph === paragraph && p.anchors.has('proposal'));
  if (!passage) return null;
  const evidence: ClauseEvidence = {
    clause: 'preamble',
    score: 0,
    maxWeight: 0,
    phrases: 0,
    facets: 0,
    sharedRun: 0,
    evidence: [],
    quoted: false,
  };
  return { passage, evidence, tier: 'topic', topical: false };
}
