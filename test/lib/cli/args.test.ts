// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FORMATS, parseCliArgs } from '../../../lib/cli/args';

describe('parseCliArgs', () => {
  it('defaults to JSON Lines over the inputs given, with the pre-filter on', () => {
    const parsed = parseCliArgs(['a.html', 'saved/', 'crawl.warc.gz']);
    expect(parsed).toMatchObject({
      kind: 'run',
      options: { format: 'json', inputs: ['a.html', 'saved/', 'crawl.warc.gz'], prefilter: true },
    });
  });

  it('accepts every documented format, as --format X and --format=X', () => {
    for (const format of FORMATS) {
      expect(parseCliArgs(['--format', format, 'a.html'])).toMatchObject({ kind: 'run', options: { format } });
      expect(parseCliArgs([`--format=${format}`, 'a.html'])).toMatchObject({ kind: 'run', options: { format } });
    }
  });

  it('refuses an unknown format or option, and a missing input, as usage errors naming the problem', () => {
    expect(parseCliArgs(['--format', 'pdf', 'a.html'])).toEqual({
      kind: 'usage-error',
      message: expect.stringContaining('"pdf"'),
    });
    expect(parseCliArgs(['--frmat', 'csv', 'a.html'])).toEqual({
      kind: 'usage-error',
      message: expect.stringContaining('--frmat'),
    });
    expect(parseCliArgs(['--format'])).toMatchObject({ kind: 'usage-error' });
    expect(parseCliArgs([])).toEqual({ kind: 'usage-error', message: expect.stringContaining('No input') });
  });

  it('takes a whole number of workers and nothing else', () => {
    expect(parseCliArgs(['--workers', '3', 'a.html'])).toMatchObject({ options: { workers: 3 } });
    for (const bad of ['0', '-1', '1.5', 'many', '1000'])
      expect(parseCliArgs(['--workers', bad, 'a.html']), bad).toMatchObject({ kind: 'usage-error' });
  });

  it('reads standard input once at most, and formats JSON Lines with no other input', () => {
    expect(parseCliArgs(['-', '-'])).toMatchObject({ kind: 'usage-error' });
    expect(parseCliArgs(['--inputs-from', '-', '-'])).toMatchObject({ kind: 'usage-error' });
    expect(parseCliArgs(['--from-jsonl', 'run.jsonl', 'a.html'])).toMatchObject({ kind: 'usage-error' });
    expect(parseCliArgs(['--inputs-from', '-'])).toMatchObject({
      kind: 'run',
      options: { inputsFrom: '-', inputs: [] },
    });
    expect(parseCliArgs(['--from-jsonl', '-', '--format', 'html'])).toMatchObject({
      kind: 'run',
      options: { fromJsonl: '-', format: 'html' },
    });
  });

  it('answers --help and -h, and switches the pre-filter and the progress bar', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['-h', 'a.html'])).toEqual({ kind: 'help' });
    expect(parseCliArgs(['--all', '--no-progress', 'a.html'])).toMatchObject({
      options: { prefilter: false, progress: false },
    });
    expect(parseCliArgs(['--progress', 'a.html'])).toMatchObject({ options: { progress: true } });
  });
});
