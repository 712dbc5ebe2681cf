import type { ClauseMatch, FlagHit, Report } from '../engine/report';

/**
 * What a per-tab report may hold once stored: the UI's view of the engine's report with every string and list
 * capped, so that no page, however large or hostile, can make one report big (storage.session holds 10 MB for all
 * tabs): at most about 150 KB, whatever the page. The article text itself is never stored: nothing reads it.
 */
export const STORED_LIMITS = {
  url: 2_048,
  title: 500,
  passage: 1_000,
  passagesPerClause: 8,
  evidence: 8,
  evidenceText: 60,
  flags: 20,
  flagMessage: 300,
} as const;

/** A capped, well-formed copy of `s`: a cut can split a surrogate pair, and some pages hold lone ones. */
export function capString(s: string, max: number): string {
  return (s.length > max ? s.slice(0, max) : s).toWellFormed();
}

export function capReport(report: Report): Report {
  const L = STORED_LIMITS;
  const clauses: ClauseMatch[] = report.clauses.map((c) => ({
    id: c.id,
    tier: c.tier,
    score: c.score,
    passages: c.passages.slice(0, L.passagesPerClause).map((p) => ({
      text: capString(p.text, L.passage),
      start: p.start,
      end: p.end,
      evidence: p.evidence.slice(0, L.evidence).map((e) => capString(e, L.evidenceText)),
    })),
  }));
  const flags: FlagHit[] = report.flags.slice(0, L.flags).map((f) => ({
    id: capString(f.id, L.evidenceText),
    clause: f.clause,
    message: capString(f.message, L.flagMessage),
    passage: capString(f.passage, L.passage),
    start: f.start,
    end: f.end,
  }));
  const capped: Report = {
    verdict: report.verdict,
    confidence: report.confidence,
    language: capString(report.language, 64),
    title: capString(report.title, L.title),
    clauses,
    flags,
    datasetVersion: capString(report.datasetVersion, 64),
  };
  if (report.published !== undefined) capped.published = capString(report.published, 64);
  return capped;
}
