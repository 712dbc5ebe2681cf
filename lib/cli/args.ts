import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

export const FORMATS = ['json', 'markdown', 'csv', 'html', 'annotations', 'claimreview'] as const;
export type Format = (typeof FORMATS)[number];

export interface CliOptions {
  format: Format;
  /** Paths given on the command line. */
  inputs: string[];
  /** Read more input paths, one a line, from this file or `-` (standard input). */
  inputsFrom?: string;
  /** Build the output from earlier JSON Lines instead of analysing pages. */
  fromJsonl?: string;
  workers: number;
  /** Parse every page, even those the pre-filter would let through. */
  prefilter: boolean;
  /** Show the progress bar (default: when stderr is a terminal). */
  progress?: boolean;
}

export type ParsedArgs =
  { kind: 'run'; options: CliOptions } | { kind: 'help' } | { kind: 'usage-error'; message: string };

export const USAGE = `Usage: npm run --silent analyze -- [options] INPUT...
Reports, for each news page, whether it refers to Putin's 25 September 2020 information-security proposal and
which of its clauses it covers. An INPUT is a saved page (.html), a folder (read recursively), a web archive
(.warc or .warc.gz: every HTML response in it), or - for one page on standard input.

  --format json          one JSON object per page, one per line (default)
  --format markdown      a report for each page, for a fact-checker's notes
  --format csv           one row per page: outlet, date, verdict, each clause's coverage, flags
  --format html          one self-contained coverage report (matrix of pages by clauses, flags, details)
  --format annotations   W3C Web Annotations (JSON-LD), one per matched passage
  --format claimreview   schema.org ClaimReview drafts (JSON-LD), one per framing flag
  --inputs-from FILE     read input paths, one a line, from FILE (- for standard input)
  --from-jsonl FILE      format earlier JSON Lines output (- for standard input) instead of analysing
  --workers N            pages analysed in parallel (default: the number of cores)
  --all                  parse every page (by default pages naming neither Putin nor the subject are skipped)
  --progress, --no-progress   show or hide the progress bar (default: shown when stderr is a terminal)
  -h, --help             this help

Exit status: 0 when every page was analysed, 1 when some page could not be read or parsed, 2 on a usage error.`;

/** Reads the command line with node:util's parseArgs; never throws, never exits. */
export function parseCliArgs(argv: string[]): ParsedArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      allowNegative: true,
      options: {
        format: { type: 'string', default: 'json' },
        'inputs-from': { type: 'string' },
        'from-jsonl': { type: 'string' },
        workers: { type: 'string' },
        all: { type: 'boolean', default: false },
        progress: { type: 'boolean' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    return { kind: 'usage-error', message: (e as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  const format = values.format as Format;
  if (!FORMATS.includes(format))
    return { kind: 'usage-error', message: `Unknown format "${values.format}": use ${FORMATS.join(', ')}.` };
  let workers = Math.max(1, Math.min(availableParallelism(), 16));
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 256)
      return { kind: 'usage-error', message: `--workers takes a whole number from 1 to 256, not "${values.workers}".` };
  }
  const fromJsonl = values['from-jsonl'];
  const inputsFrom = values['inputs-from'];
  if (fromJsonl !== undefined && (positionals.length > 0 || inputsFrom !== undefined))
    return { kind: 'usage-error', message: '--from-jsonl formats earlier output: give it no other inputs.' };
  if (fromJsonl === undefined && inputsFrom === undefined && positionals.length === 0)
    return { kind: 'usage-error', message: 'No input: give files, folders, WARC files or -.' };
  const stdinUses =
    positionals.filter((p) => p === '-').length + (inputsFrom === '-' ? 1 : 0) + (fromJsonl === '-' ? 1 : 0);
  if (stdinUses > 1) return { kind: 'usage-error', message: 'Standard input (-) can be read only once.' };
  return {
    kind: 'run',
    options: {
      format,
      inputs: positionals,
      inputsFrom,
      fromJsonl,
      workers,
      prefilter: !values.all,
      progress: values.progress,
    },
  };
}
