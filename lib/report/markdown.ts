import { DATASET_VERSION, getClause, statementClauses } from '../dataset/statement';
import type { Report, Tier } from '../engine/report';

const VERDICT_WORDS: Record<Report['verdict'], string> = {
  about: 'About the proposal',
  mentions: 'Mentions the proposal',
  unrelated: 'Not about the proposal',
};
const TIER_WORDS: Record<Tier, string> = { verbatim: 'quoted', paraphrase: 'paraphrased', topic: 'topic only' };

/** Escapes text for a Markdown table cell or line: pipes, and characters that would start formatting. */
function md(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]|<>#])/g, '\\$1')
    .trim();
}

/** The fact-checker's report: verdict, coverage of every clause, passages with evidence, flags, citation. */
export function markdownReport(report: Report, source: string): string {
  const out: string[] = [];
  out.push(`## ${md(report.title || source)}`, '');
  out.push(`- Source: ${md(source)}`);
  out.push(
    `- Verdict: **${VERDICT_WORDS[report.verdict]}** (confidence ${report.confidence.toFixed(2)}, language ${report.language})`,
  );
  out.push('', '| Clause | Coverage | Score |', '| --- | --- | --- |');
  for (const clause of statementClauses()) {
    const match = report.clauses.find((c) => c.id === clause.id);
    out.push(
      `| ${md(clause.label)} (\`${clause.id}\`) | ${match ? TIER_WORDS[match.tier] : 'omitted'} | ${match ? match.score.toFixed(2) : '–'} |`,
    );
  }
  const framing = report.clauses.filter((c) => getClause(c.id).kind !== 'statement');
  for (const c of framing)
    out.push(`| ${md(getClause(c.id).label)} (\`${c.id}\`) | ${TIER_WORDS[c.tier]} | ${c.score.toFixed(2)} |`);
  if (report.clauses.length > 0) {
    out.push('', '### Passages');
    for (const c of report.clauses) {
      for (const p of c.passages) {
        out.push(
          '',
          `- \`${c.id}\` — ${md(getClause(c.id).label)}: “${md(p.text)}”`,
          `  - Evidence: ${p.evidence.map((e) => `“${md(e)}”`).join(', ')}`,
        );
      }
    }
  }
  if (report.flags.length > 0) {
    out.push('', '### Framing flags');
    for (const f of report.flags)
      out.push(
        '',
        `- **${f.id}**${f.clause ? ` (\`${f.clause}\`)` : ''}: ${md(f.message)}`,
        `  - Passage: “${md(f.passage)}”`,
      );
  }
  out.push(
    '',
    `Cite as: Putin statement of 25 September 2020 (Arabic translation as circulated), clauses ${report.clauses.map((c) => c.id).join(', ') || 'none'}; dataset ${DATASET_VERSION}.`,
    '',
  );
  return out.join('\n');
}
