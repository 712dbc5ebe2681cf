import { CLAUSE_IDS } from '../dataset/types';
import { outletOf, type PageReport } from './page-report';
import { stripControls } from './strip-controls';

/**
 * One CSV cell (RFC 4180), safe to open in a spreadsheet: control characters dropped, and a cell that would
 * start a formula (=, +, -, @, or a tab or carriage return before one) prefixed with an apostrophe, as OWASP
 * advises against CSV injection (https://owasp.org/www-community/attacks/CSV_Injection).
 */
export function csvCell(value: string | number): string {
  let text = stripControls(String(value));
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvHeader(): string {
  const columns = ['file', 'url', 'outlet', 'published', 'title', 'language', 'verdict', 'confidence'];
  return `${[...columns, ...CLAUSE_IDS, 'flags', 'error'].map(csvCell).join(',')}\r\n`;
}

/** One row per page: where it is, the verdict, each clause's tier (empty when omitted), flag ids, any error. */
export function csvRow(page: PageReport): string {
  const tiers = CLAUSE_IDS.map((id) => page.clauses.find((c) => c.id === id)?.tier ?? '');
  const cells = [
    page.file,
    page.url ?? '',
    outletOf(page),
    page.published ?? '',
    page.title,
    page.language,
    page.verdict,
    page.confidence.toFixed(2),
    ...tiers,
    page.flags.map((f) => f.id).join('; '),
    page.error ?? '',
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}
