import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeHtml } from '../../../lib/cli/analyze-html';
import type { PageReport } from '../../../lib/report/page-report';

/** Real reports of fixture pages, as the CLI makes them, for the format tests. */
export function fixtureReport(path: string, url?: string): PageReport {
  const file = resolve('test/fixtures/corpus', path);
  const report = analyzeHtml(readFileSync(file, 'utf8'), file, url ?? file);
  return url ? { ...report, url } : report;
}

/** The article text the CLI analysed, to check offsets against. */
export { extractArticle } from '../../../lib/page/extract-article';
