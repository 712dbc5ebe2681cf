import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { isClauseId } from '../dataset/types';
import type { PageReport } from '../report/page-report';
import { failed } from './analyze-html';
import { withoutControls } from '../report/strip-controls';

const VERDICTS = new Set(['about', 'mentions', 'unrelated']);
const TIERS = new Set(['verbatim', 'paraphrase', 'topic']);
/** A line longer than this is not one of ours. */
const MAX_LINE = 8 * 1024 * 1024;

/**
 * Reads JSON Lines written by `--format json` (perhaps by many machines, concatenated) back into reports, checking
 * each line's shape: a line that is not a report becomes an error report naming the line, and reading goes on.
 */
export async function* readJsonl(stream: Readable, name: string): AsyncGenerator<PageReport> {
  let n = 0;
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    n++;
    if (line.trim() === '') continue;
    const where = `${name}:${n}`;
    let value: unknown;
    try {
      value = line.length <= MAX_LINE ? JSON.parse(line) : undefined;
    } catch {
      value = undefined;
    }
    yield isPageReport(value) ? withoutControls(value) : failed(where, 'not a line of --format json output');
  }
}

export function isPageReport(v: unknown): v is PageReport {
  if (!v || typeof v !== 'object') return false;
  const r = v as Record<string, unknown>;
  const optionalString = (x: unknown) => x === undefined || typeof x === 'string';
  return (
    typeof r.file === 'string' &&
    optionalString(r.url) &&
    optionalString(r.published) &&
    optionalString(r.error) &&
    typeof r.verdict === 'string' &&
    VERDICTS.has(r.verdict) &&
    typeof r.confidence === 'number' &&
    typeof r.language === 'string' &&
    typeof r.title === 'string' &&
    Array.isArray(r.clauses) &&
    r.clauses.every(isClauseMatch) &&
    Array.isArray(r.flags) &&
    r.flags.every(isFlag)
  );
}

function isClauseMatch(v: unknown): boolean {
  const c = v as Record<string, unknown>;
  return (
    !!c &&
    isClauseId(c.id) &&
    typeof c.tier === 'string' &&
    TIERS.has(c.tier) &&
    typeof c.score === 'number' &&
    Array.isArray(c.passages) &&
    c.passages.every(
      (p: Record<string, unknown>) =>
        !!p &&
        typeof p.text === 'string' &&
        Array.isArray(p.evidence) &&
        p.evidence.every((e) => typeof e === 'string'),
    )
  );
}

function isFlag(v: unknown): boolean {
  const f = v as Record<string, unknown>;
  return (
    !!f &&
    typeof f.id === 'string' &&
    (f.clause === null || isClauseId(f.clause)) &&
    typeof f.message === 'string' &&
    typeof f.passage === 'string'
  );
}
