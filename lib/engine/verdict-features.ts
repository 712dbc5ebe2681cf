import { getClause } from '../dataset/statement';
import type { AnchorGroup, ClauseId } from '../dataset/types';
import type { DateMention } from '../text/find-dates';
import type { Tier } from './report';
import type { ClauseEvidence, ScoredPassage } from './score-passages';

/** A passage's evidence for a clause that passed the passage-level bars. */
export interface Accepted {
  passage: ScoredPassage;
  evidence: ClauseEvidence;
  tier: Tier;
  /** The evidence itself is about information security (a topical facet rule holds). */
  topical: boolean;
}

/** What the verdict is decided from; exposed so the evaluation can show why an article got its verdict. */
export interface VerdictFeatures {
  /** Statement clauses (not the headline or source line) with paraphrase or verbatim evidence. */
  strongClauses: ClauseId[];
  /** Strong clauses whose evidence stands in a passage or paragraph that attributes it (Putin/Kremlin + proposal). */
  attributedClauses: ClauseId[];
  /**
   * Attributed clauses whose paragraph (or a neighbour) places them in time (September, 2020, "last month") or names
   * Putin himself (the earlier offers were his diplomats'), or goes on with a proposal of his named just before it.
   */
  placedClauses: ClauseId[];
  /** The statement's date is written: 25 September (2020), or September 2020. */
  statementDate: 'day' | 'month' | null;
  /** The title names the actor and a proposal on the statement's subject, or one of its clauses. */
  titleLink: boolean;
  /** The title itself states one of the statement's clauses (a facet rule or a specific phrase holds in it). */
  titleClause: boolean;
  /** The opening paragraphs carry clause evidence or name the actor proposing. */
  leadLink: boolean;
  /**
   * Some paragraph names the statement's author proposing something on its subject ("Mr. Putin's cyber offer"), or the
   * title names the author's proposal ("Experts distrust Putin's proposal").
   */
  proposalNamed: boolean;
  /** The title or some paragraph names the statement's author (Putin, the Kremlin, the Russian president). */
  authorNamed: boolean;
  /**
   * The page refers to the proposal as a whole without stating any clause: its title ties Putin to a proposal on
   * information security and an opening paragraph names it ("a deputy on the President's information-security
   * initiative"). The number of that paragraph, or null.
   */
  reference: number | null;
  /**
   * The title or the opening names an envoy or diplomat (Ryabkov, "the President's special representative") and
   * neither names the statement's author: the earlier offers were theirs.
   */
  envoyLed: boolean;
  /** Share of the article's body (its substantial paragraphs) in paragraphs with strong evidence. */
  share: number;
  /** The same share within the opening paragraphs. */
  leadShare: number;
  /**
   * Where the page's publication date falls: before the statement (it cannot report it), in the weeks after it
   * (when coverage of it appeared), later, or unknown.
   */
  published: 'before' | 'weeks-after' | 'later' | null;
}

export interface VerdictContext {
  text: string;
  passages: ScoredPassage[];
  accepted: Accepted[];
  title: ScoredPassage | undefined;
  dates: DateMention[];
  titleDates: DateMention[];
  /** The page's publication date, YYYY-MM-DD. */
  published?: string;
}

/** Actor weight that names the statement's author (Putin, the Kremlin, the Russian president), not just Russia. */
export const NAMED_ACTOR = 2;
/** The lead: the first paragraphs, up to this share of the text (at least two substantial paragraphs). */
const LEAD_SHARE = 0.25;
const SUBSTANTIAL_PARAGRAPH = 80;
/** How many letters of an alphabet a Chinese or Japanese character weighs in paragraph lengths. */
const CJK_CHAR_WEIGHT = 2.5;
const STATEMENT_YEAR = 2020;
/** The day the statement was published, and the end of the weeks in which it was news. */
const STATEMENT_DAY = '2020-09-25';
const NEWS_WINDOW_END = '2020-11-30';
/** The year of the Incidents at Sea agreement that point 3 names: never counter-evidence. */
const MODEL_YEAR = 1972;

/**
 * What the engine found in an article, reduced to the features the verdict is decided on (decide-verdict.ts): which
 * clauses have strong evidence and which of them are attributed to the statement's author, how the page is dated and
 * titled, and how much of its body and opening the evidence fills.
 */
export function verdictFeatures(ctx: VerdictContext): VerdictFeatures {
  const { text, passages, accepted, title } = ctx;
  const strong = accepted.filter((a) => a.tier !== 'topic' && getClause(a.evidence.clause).kind === 'statement');
  const paragraphs = paragraphInfo(passages, ctx.dates);
  const titleTopic = !!title && title.anchors.has('topic');
  // "…Washington's silence on President Putin's initiative on information security. [¶] 'The proposal was made to
  // build trust between our two countries'": a paragraph that speaks of the proposal right after one in which Putin
  // proposes on the subject goes on with his proposal.
  const continues = (n: number) => {
    const before = paragraphs.get(n - 1);
    return (
      !!before &&
      before.author &&
      before.actor >= NAMED_ACTOR &&
      before.proposal > 0 &&
      (before.topic || titleTopic) &&
      (paragraphs.get(n)?.proposal ?? 0) > 0
    );
  };
  // "The State Department met the Russian offer to Washington coldly. [¶] '…', a spokesman said of the idea of
  // exchanging guarantees": the paragraph after one naming Moscow's proposal to the US speaks of that proposal.
  const continuesOffer = (n: number) => {
    const before = paragraphs.get(n - 1);
    return (
      !!before &&
      before.actor >= 1 &&
      before.counterpart &&
      before.proposal > 0 &&
      (paragraphs.get(n)?.proposal ?? 0) > 0
    );
  };
  // "Putin proposed…" or "Moscow proposes to Washington…", in a paragraph about information security (or next to
  // one, or under such a title): Putin also proposes arms-control measures, and Moscow and Washington "call for" much.
  // `russiaToUs`: "Moscow/Russia … Washington/the US" with a proposal word also counts (attributing clause evidence);
  // for the opening alone it does not ("what Moscow calls US interference" is not a proposal).
  const proposes = (n: number, topical: boolean, russiaToUs: boolean) => {
    const info = paragraphs.get(n);
    if (!info || info.proposal === 0) return false;
    // "Moscow's proposals … since last September": a look back to the statement's time names the occasion as well as
    // Washington would.
    // "Asked about the proposal he made in September to Washington, the president…": a paragraph that looks back to the
    // statement's time and names the US speaks of the author named just before it.
    const named = (m: number) => (paragraphs.get(m)?.actor ?? 0) >= NAMED_ACTOR;
    const actor =
      info.actor >= NAMED_ACTOR ||
      (russiaToUs && info.actor >= 1 && (info.counterpart || info.statementTime)) ||
      (russiaToUs && info.counterpart && info.statementTime && named(n - 1)) ||
      (russiaToUs && (continues(n) || continuesOffer(n)));
    // A paragraph that names the statement's day ("the statement of 25 September") needs no word of its subject.
    const topic = topical || titleTopic || info.statementDay || [n - 1, n, n + 1].some((m) => paragraphs.get(m)?.topic);
    return actor && topic;
  };
  // In a story published months later, evidence is the statement's only where the text looks back to it ("last
  // September", "in 2020", "a year ago"); otherwise it is the later event's (a 2021 explainer on the 2013 hotlines).
  const later = publishedWindow(ctx.published) === 'later';
  const looksBack = (n: number) => [n - 1, n, n + 1].some((m) => paragraphs.get(m)?.statementTime);
  const attributed = strong.filter(
    (a) => proposes(a.passage.segment.paragraph, a.topical, true) && (!later || looksBack(a.passage.segment.paragraph)),
  );
  const statementDate = bestStatementDate([...ctx.dates, ...ctx.titleDates]);
  const titleActor = title?.anchors.get('actor') ?? 0;
  const titleOtherYear = ctx.titleDates.some(
    (d) => d.year !== undefined && d.year !== STATEMENT_YEAR && d.year !== MODEL_YEAR,
  );
  const titleClause = !!title && [...title.clauses.values()].some((e) => e.facets > 0 || e.maxWeight >= 4);
  // "Putin's cyber 'reset' offer", "Putin pitches a pact against election meddling": a proposal on this subject
  // ("Putin proposes to extend New START" is another proposal).
  const titleSubject = !!title && (title.anchors.has('topic') || title.clauses.size > 0);
  const titleLink =
    !!title &&
    !titleOtherYear &&
    ((titleActor >= 1 && title.anchors.has('proposal') && titleSubject) || (titleActor >= NAMED_ACTOR && titleClause));
  // Shares are of the article's body: the short lines that real pages leave among the paragraphs (captions, "Read
  // more" teasers, "Advertisement", bylines) do not dilute the evidence.
  const paragraphChars = paragraphLengths(passages, text);
  const lead = leadParagraphs(passages, paragraphChars, text.length);
  const leadLink =
    strong.some((a) => lead.has(a.passage.segment.paragraph)) || [...lead].some((n) => proposes(n, false, false));
  // "Experts distrust Putin's proposal": a title naming the author's proposal names it as well as a paragraph would.
  const titleProposal = !!title && !titleOtherYear && titleActor >= NAMED_ACTOR && title.anchors.has('proposal');
  const proposalNamed = titleProposal || [...paragraphs.keys()].some((n) => proposes(n, false, false));
  const openers = [...(title ? [title] : []), ...passages.filter((p) => lead.has(p.segment.paragraph))];
  const envoyLed = openers.some((p) => p.anchors.has('envoy')) && !openers.some((p) => p.anchors.has('author'));
  const placed = publishedWindow(ctx.published);
  // With nothing on the page to date it, "Putin proposed to Trump a joint cyber working group" (Helsinki, 2018) names a
  // proposal on the subject just as well: the paragraph must look back to the statement's time.
  const dated = placed !== null || statementDate !== null;
  // The proposal was made to Washington: a title or opening that names another party and never the United States
  // ("Putin called on the CIS to defend itself against cyber threats together") refers to another of his calls.
  const opensWith = (group: AnchorGroup) =>
    !!title?.anchors.has(group) || passages.some((p) => lead.has(p.segment.paragraph) && p.anchors.has(group));
  const elsewhere = opensWith('otherParty') && !opensWith('counterpart');
  const reference =
    titleLink && strong.length === 0 && !elsewhere && placed !== 'before' && placed !== 'later'
      ? ([...lead].find((n) => proposes(n, false, false) && (dated || looksBack(n))) ?? null)
      : null;
  const evidenceParagraphs = new Set(strong.map((a) => a.passage.segment.paragraph));
  let evidenceChars = 0;
  let bodyChars = 0;
  let leadEvidence = 0;
  let leadChars = 0;
  for (const [n, chars] of paragraphChars) {
    const evidence = evidenceParagraphs.has(n);
    if (!evidence && chars < SUBSTANTIAL_PARAGRAPH) continue;
    bodyChars += chars;
    if (evidence) evidenceChars += chars;
    if (lead.has(n)) {
      leadChars += chars;
      if (evidence) leadEvidence += chars;
    }
  }
  return {
    strongClauses: unique(strong.map((a) => a.evidence.clause)),
    attributedClauses: unique(attributed.map((a) => a.evidence.clause)),
    placedClauses: unique(
      attributed
        .filter((a) => {
          const n = a.passage.segment.paragraph;
          return looksBack(n) || paragraphs.get(n)?.author === true || continues(n);
        })
        .map((a) => a.evidence.clause),
    ),
    statementDate,
    titleLink,
    titleClause,
    leadLink,
    proposalNamed,
    authorNamed: !!title?.anchors.has('author') || [...paragraphs.values()].some((info) => info.author),
    reference,
    envoyLed,
    share: evidenceChars / Math.max(1, bodyChars),
    leadShare: leadEvidence / Math.max(1, leadChars),
    published: publishedWindow(ctx.published),
  };
}

function publishedWindow(day: string | undefined): VerdictFeatures['published'] {
  if (!day) return null;
  if (day < STATEMENT_DAY) return 'before';
  return day <= NEWS_WINDOW_END ? 'weeks-after' : 'later';
}

interface ParagraphInfo {
  /** Strongest actor named in the paragraph. */
  actor: number;
  /** The paragraph names the United States (Washington, America). */
  counterpart: boolean;
  /** Weight of the strongest proposal word in a sentence of the paragraph not dated to another year (0: none). */
  proposal: number;
  topic: boolean;
  /** The paragraph dates something to the statement's time (2020, September) or looks back ("last year"). */
  statementTime: boolean;
  /** The paragraph names the statement's day, 25 September (2020). */
  statementDay: boolean;
  /** The paragraph names the statement's author (Putin, the Kremlin, the Russian president). */
  author: boolean;
}

/**
 * What each paragraph names. A proposal in a sentence dated to another year ("in 2013 Putin and Obama agreed…",
 * "in June 2021 Putin proposed…") is another event's, unless the sentence also dates the statement (2020, September).
 */
function paragraphInfo(passages: ScoredPassage[], dates: DateMention[]): Map<number, ParagraphInfo> {
  const out = new Map<number, ParagraphInfo>();
  let d = 0;
  for (const p of passages) {
    const info = out.get(p.segment.paragraph) ?? {
      actor: 0,
      counterpart: false,
      proposal: 0,
      topic: false,
      statementTime: false,
      statementDay: false,
      author: false,
    };
    info.statementTime ||= p.anchors.has('backref');
    info.actor = Math.max(info.actor, p.anchors.get('actor') ?? 0);
    info.counterpart ||= p.anchors.has('counterpart');
    info.topic ||= p.anchors.has('topic');
    while (d < dates.length && dates[d]!.start < p.segment.start) d++;
    let statementTime = false;
    let otherYear = false;
    for (let k = d; k < dates.length && dates[k]!.start < p.segment.end; k++) {
      const date = dates[k]!;
      if (date.year === STATEMENT_YEAR || (date.month === 9 && date.year === undefined)) statementTime = true;
      if (date.month === 9 && date.day === 25 && (date.year ?? STATEMENT_YEAR) === STATEMENT_YEAR)
        info.statementDay = true;
      else if (date.year !== undefined && date.year !== MODEL_YEAR) otherYear = true;
      // "…which Putin raised with Trump in Helsinki in July": a month before September names an earlier occasion.
      else if (date.year === undefined && date.month !== undefined && date.month < 9) otherYear = true;
    }
    info.statementTime ||= statementTime;
    if (statementTime || !otherYear) info.proposal = Math.max(info.proposal, p.anchors.get('proposal') ?? 0);
    // "…the first since Putin and Trump met in Helsinki in July": Putin named at another occasion is not the author
    // of what the paragraph reports.
    if (statementTime || !otherYear) info.author ||= p.anchors.has('author');
    out.set(p.segment.paragraph, info);
  }
  return out;
}

function bestStatementDate(dates: DateMention[]): 'day' | 'month' | null {
  let best: 'day' | 'month' | null = null;
  for (const d of dates) {
    if (d.month !== 9 || (d.year !== undefined && d.year !== STATEMENT_YEAR)) continue;
    if (d.day === 25) return 'day';
    if (d.year === STATEMENT_YEAR && d.day === undefined) best = 'month';
  }
  return best;
}

/** Each paragraph's length as a reader weighs it (readingLength), by paragraph number. */
function paragraphLengths(passages: ScoredPassage[], text: string): Map<number, number> {
  const chars = new Map<number, number>();
  for (const p of passages) {
    const n = p.segment.paragraph;
    chars.set(n, (chars.get(n) ?? 0) + readingLength(text, p.segment.start, p.segment.end));
  }
  return chars;
}

/** Paragraph numbers of the opening: at least two substantial paragraphs, and everything in the first LEAD_SHARE. */
function leadParagraphs(passages: ScoredPassage[], chars: Map<number, number>, length: number): Set<number> {
  const lead = new Set<number>();
  let substantial = 0;
  for (const p of passages) {
    const n = p.segment.paragraph;
    if (lead.has(n)) continue;
    if (substantial >= 2 && p.segment.start > length * LEAD_SHARE) break;
    lead.add(n);
    if ((chars.get(n) ?? 0) >= SUBSTANTIAL_PARAGRAPH) substantial++;
  }
  return lead;
}

/**
 * The length of text.slice(start, end) as a reader weighs it: a Chinese or Japanese character (han, kana) says about
 * as much as two and a half letters of an alphabet, so a 40-character Japanese paragraph is as substantial as a
 * 100-character English one.
 */
function readingLength(text: string, start: number, end: number): number {
  let wide = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff)) wide++;
  }
  return end - start + wide * (CJK_CHAR_WEIGHT - 1);
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
