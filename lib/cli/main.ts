import { readFile, stat } from 'node:fs/promises';
import { markdownReport } from '../report/markdown';
import { analyzeHtml, failed, MAX_HTML_BYTES, type FileResult } from './analyze-html';

const USAGE = `Usage: npm run --silent analyze -- [--format json|markdown] FILE.html... | -
Reads saved news pages (or one page from standard input with "-") and reports, for each, whether it refers to
Putin's 25 September 2020 information-security proposal and which clauses it covers.
  --format json       one JSON object per file, one per line (default)
  --format markdown   a report for each file, for a fact-checker's notes`;

async function readInput(file: string): Promise<string> {
  if (file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  const info = await stat(file);
  if (info.isDirectory()) throw new Error('is a directory');
  if (info.size > MAX_HTML_BYTES) throw new Error(`file is larger than ${MAX_HTML_BYTES / 1024 / 1024} MB`);
  return readFile(file, 'utf8');
}

async function analyzeFile(file: string): Promise<FileResult> {
  let html: string;
  try {
    html = await readInput(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'file not found' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    return failed(file, `cannot read: ${reason}`);
  }
  try {
    return analyzeHtml(html, file);
  } catch (e) {
    return failed(file, `cannot parse: ${(e as Error).message}`);
  }
}

export async function main(argv: string[]): Promise<number> {
  let format: 'json' | 'markdown' = 'json';
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    }
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      if (value !== 'json' && value !== 'markdown') {
        console.error(`Unknown format "${value ?? ''}": use json or markdown.\n\n${USAGE}`);
        return 2;
      }
      format = value;
    } else if (arg.startsWith('--')) {
      console.error(`Unknown option ${arg}.\n\n${USAGE}`);
      return 2;
    } else files.push(arg);
  }
  if (files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let failures = 0;
  for (const file of files) {
    const result = await analyzeFile(file);
    if (result.error) failures++;
    if (format === 'json') process.stdout.write(`${JSON.stringify(result)}\n`);
    else if (result.error) process.stdout.write(`## ${file}\n\nError: ${result.error}\n\n`);
    else process.stdout.write(`${markdownReport({ ...result, datasetVersion: result.datasetVersion ?? '' }, file)}\n`);
    if (result.error) console.error(`${file}: ${result.error}`);
  }
  return failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  },
);
