import { clauseLabel, DATASET_VERSION, flagMessage, getClause, statementClauses } from '../dataset/statement';
import { directionOf } from '../dataset/mixed-text';
import type { ReaderLanguages } from '../dataset/types';
import type { Report } from '../engine/report';
import { isolateIn } from './bidi';
import { REPORT_WORDS } from './report-words';

/** Escapes text for a Markdown table cell or line: pipes, and characters that would start formatting. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_[\]|<>#])/g, '\\$1')
    .trim();
}

const ENGLISH: ReaderLanguages = { ui: 'en', translation: 'en' };

/**
 * The fact-checker's report in the reader's language: verdict, coverage of every clause, passages with evidence,
 * flags, citation. Article text, ids and links that run the other way from the report's language are isolated.
 */
export function markdownReport(report: Report, source: string, languages: ReaderLanguages = ENGLISH): string {
  const w = REPORT_WORDS[languages.ui];
  const dir = directionOf(languages.ui);
  const iso = (run: string) => isolateIn(dir, run);
  const md = (text: string) => iso(escapeMarkdown(text));
  const quoted = (text: string) => `${w.quote[0]}${md(text)}${w.quote[1]}`;
  const code = (id: string) => iso(`\`${id}\``);
  const label = (id: Parameters<typeof getClause>[0]) => escapeMarkdown(clauseLabel(getClause(id), languages.ui));
  const out: string[] = [];
  out.push(`## ${md(report.title || source)}`, '');
  out.push(`- ${w.source}: ${md(source)}`);
  out.push(
    `- ${w.verdictLabel}: **${w.verdict[report.verdict]}** (${w.confidence} ${report.confidence.toFixed(2)}${w.comma}${w.language} ${iso(report.language)})`,
  );
  if (report.published) out.push(`- ${w.published}: ${iso(report.published)}`);
  out.push('', `| ${w.clause} | ${w.coverage} | ${w.score} |`, '| --- | --- | --- |');
  for (const clause of statementClauses()) {
    const match = report.clauses.find((c) => c.id === clause.id);
    out.push(
      `| ${label(clause.id)} (${code(clause.id)}) | ${w.tier[match ? match.tier : 'omitted']} | ${match ? match.score.toFixed(2) : '–'} |`,
    );
  }
  const framing = report.clauses.filter((c) => getClause(c.id).kind !== 'statement');
  for (const c of framing) out.push(`| ${label(c.id)} (${code(c.id)}) | ${w.tier[c.tier]} | ${c.score.toFixed(2)} |`);
  if (report.clauses.length > 0) {
    out.push('', `### ${w.passages}`);
    for (const c of report.clauses) {
      for (const p of c.passages) {
        out.push(
          '',
          `- ${code(c.id)} — ${label(c.id)}: ${quoted(p.text)}`,
          `  - ${w.evidence}: ${p.evidence.map(quoted).join(w.comma)}`,
        );
      }
    }
  }
  if (report.flags.length > 0) {
    out.push('', `### ${w.framingFlags}`);
    for (const f of report.flags)
      out.push(
        '',
        `- **${iso(f.id)}**${f.clause ? ` (${code(f.clause)})` : ''}: ${md(flagMessage(f.id, languages.ui) ?? f.message)}`,
        `  - ${w.passage}: ${quoted(f.passage)}`,
      );
  }
  const ids = report.clauses.map((c) => c.id).join(', ');
  out.push('', w.citeAs(ids ? iso(ids) : w.none, DATASET_VERSION), '');
  return out.join('\n');
}
