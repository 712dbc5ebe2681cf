// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../lib/cli/main';
import { MAX_HTML_BYTES, readBounded } from '../../../lib/cli/read-input';
import type { PageReport } from '../../../lib/report/page-report';
import { writeWarc } from '../../support/write-warc';
import { encodeLegacy } from './decode-html.test';

const CORPUS = resolve('test/fixtures/corpus');
const POSITIVE_EN = join(CORPUS, 'en/pos-01-wire-kremlin-reboot.html');
const MENTIONS_EN = join(CORPUS, 'en/pos-08-mentions-county-election-officials.html');
const NEGATIVE_EN = join(CORPUS, 'en/neg-01-solarwinds-breach-wire.html');
const POSITIVE_AR = join(CORPUS, 'ar/pos-02-wire-election-treaty.html');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in this process, with its streams captured. */
async function cli(argv: string[], stdin: Readable = Readable.from([])): Promise<Run> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (b: Buffer) => out.push(b));
  stderr.on('data', (b: Buffer) => err.push(b));
  const code = await main(['--workers', '2', ...argv], { stdin, stdout, stderr });
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

const lines = (run: Run): PageReport[] =>
  run.stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as PageReport);
const gist = (r: PageReport) => ({ verdict: r.verdict, clauses: r.clauses.map((c) => `${c.id}:${c.tier}`) });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));
});
afterAll(() => {
  execFileSync('rm', ['-rf', dir]);
});

/** Any C0 control but tab and line breaks, DEL, or any C1 control: what could steer a terminal. */
function hasControls(text: string): boolean {
  return [...text].some((ch) => {
    const c = ch.codePointAt(0)!;
    return (c < 32 && c !== 9 && c !== 10 && c !== 13) || (c >= 127 && c <= 159);
  });
}

describe('npm run analyze: inputs and exit status', () => {
  it('reads folders recursively in name order, one JSON line per page, exit 0', async () => {
    const run = await cli(['--all', join(CORPUS, 'en')]);
    const files = readdirSync(join(CORPUS, 'en'))
      .filter((f) => f.endsWith('.html'))
      .sort();
    expect(run.code).toBe(0);
    expect(lines(run).map((r) => r.file)).toEqual(files.map((f) => join(CORPUS, 'en', f)));
    const expected = JSON.parse(readFileSync(join(CORPUS, 'en/expected.json'), 'utf8')) as Record<
      string,
      { verdict: string }
    >;
    expect(lines(run).find((r) => r.file === POSITIVE_EN)?.verdict).toBe(
      expected['pos-01-wire-kremlin-reboot.html']!.verdict,
    );
    expect(run.stderr).toMatch(/pages in .*about the proposal/);
  }, 120_000);

  it('reports a page it cannot read as an error line, goes on, and exits 1', async () => {
    const run = await cli([join(dir, 'missing.html'), POSITIVE_EN]);
    expect(run.code).toBe(1);
    const [missing, good] = lines(run);
    expect(missing).toMatchObject({ file: join(dir, 'missing.html'), error: 'cannot read: file not found' });
    expect(good).toMatchObject({ file: POSITIVE_EN, verdict: 'about' });
    expect(run.stderr).toContain('missing.html: cannot read: file not found');
  }, 60_000);

  it('exits 2 on a usage error and writes nothing to stdout', async () => {
    const run = await cli(['--format', 'pdf', POSITIVE_EN]);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toContain('Usage:');
  });

  it('refuses a FIFO at once instead of waiting on it, in a folder or named', async () => {
    const sub = join(dir, 'with-fifo');
    mkdirSync(sub);
    execFileSync('mkfifo', [join(sub, 'pipe.html')]);
    const run = await cli([join(sub, 'pipe.html'), sub, POSITIVE_EN]);
    expect(run.code).toBe(1);
    expect(lines(run).map((r) => r.error)).toEqual([
      'cannot read: not a regular file',
      'cannot read: not a regular file',
      undefined,
    ]);
  }, 60_000);

  it('stops reading standard input past the size limit, even when it never ends', async () => {
    const endless = new Readable({
      read() {
        this.push(Buffer.alloc(1 << 20, 'y\n'));
      },
    });
    const run = await cli(['-'], endless);
    expect(run.code).toBe(1);
    expect(lines(run)[0]).toMatchObject({
      file: '-',
      error: `cannot read: input is larger than ${MAX_HTML_BYTES / 1024 / 1024} MB`,
    });
    await expect(readBounded(Readable.from([Buffer.alloc(10), Buffer.alloc(10)]), 15)).rejects.toThrow(/larger/);
    expect((await readBounded(Readable.from([Buffer.alloc(10)]), 15)).length).toBe(10);
  }, 60_000);

  it('analyses one page from standard input', async () => {
    const run = await cli(['-'], Readable.from([readFileSync(POSITIVE_EN)]));
    expect(run.code).toBe(0);
    expect(lines(run)[0]).toMatchObject({ file: '-', verdict: 'about' });
  }, 60_000);

  it('refuses markup nested a million levels deep quickly, as an error line', async () => {
    const deep = join(dir, 'deep.html');
    writeFileSync(
      deep,
      `<html><body>${'<div>'.repeat(1_000_000)}Putin cyber${'</div>'.repeat(1_000_000)}</body></html>`,
    );
    const started = Date.now();
    const run = await cli([deep, POSITIVE_EN]);
    expect(lines(run)[0]!.error).toMatch(/nested deeper than/);
    expect(lines(run)[1]!.verdict).toBe('about');
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 60_000);

  it('reads a UTF-16 page and a windows-1256 page with the verdicts of their UTF-8 originals', async () => {
    const utf16 = join(dir, 'utf16.html');
    writeFileSync(utf16, Buffer.from(`\ufeff${readFileSync(POSITIVE_EN, 'utf8')}`, 'utf16le'));
    const legacy = join(dir, 'cp1256.html');
    writeFileSync(
      legacy,
      encodeLegacy(
        readFileSync(POSITIVE_AR, 'utf8').replace('charset="utf-8"', 'charset="windows-1256"'),
        'windows-1256',
      ),
    );
    const [a, b, c, d] = lines(await cli([utf16, POSITIVE_EN, legacy, POSITIVE_AR]));
    expect(a!.error).toBeUndefined();
    expect(gist(a!)).toEqual(gist(b!));
    expect(c!.language).toBe('ar');
    expect(gist(c!)).toEqual(gist(d!));
  }, 60_000);

  it('takes input paths from standard input with --inputs-from -', async () => {
    const run = await cli(['--inputs-from', '-'], Readable.from([`${POSITIVE_EN}\n\n${NEGATIVE_EN}\n`]));
    expect(lines(run).map((r) => [r.file, r.verdict])).toEqual([
      [POSITIVE_EN, 'about'],
      [NEGATIVE_EN, 'unrelated'],
    ]);
  }, 60_000);
});

describe('npm run analyze: web archives', () => {
  it('gives a WARC record the verdict and clauses of the same page read as a file, with its URL and capture date', async () => {
    // In the archive, the Arabic page has lost its printed date line: only the capture dates it.
    const arabic = readFileSync(POSITIVE_AR, 'utf8')
      .replace('charset="utf-8"', 'charset="windows-1256"')
      .replace(/<p class="timestamp">[^<]*<\/p>/, '');
    const entries = [
      { url: 'https://www.example-wire.com/putin', date: '2020-09-26T08:00:00Z', body: readFileSync(POSITIVE_EN) },
      { url: 'https://www.example-wire.com/putin', date: '2020-09-26T08:00:00Z', type: 'request' as const, body: '' },
      {
        url: 'https://www.example-wire.com/logo.png',
        date: '2020-09-26T08:00:01Z',
        headers: { 'Content-Type': 'image/png' },
        body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      },
      { url: 'https://www.example-wire.com/gone', date: '2020-09-26T08:00:02Z', status: 404, body: '<p>Not found</p>' },
      {
        url: 'https://arabic.example-news.net/a',
        date: '2020-09-27T10:00:00Z',
        headers: { 'Content-Type': 'text/html; charset=windows-1256' },
        body: encodeLegacy(arabic, 'windows-1256'),
      },
      { url: 'https://www.example-wire.com/local', date: '2020-10-01T00:00:00Z', body: readFileSync(MENTIONS_EN) },
      { url: 'https://www.example-wire.com/solarwinds', date: '2020-12-14T00:00:00Z', body: readFileSync(NEGATIVE_EN) },
    ];
    const files = lines(await cli(['--all', POSITIVE_EN, POSITIVE_AR, MENTIONS_EN, NEGATIVE_EN]));
    for (const name of ['crawl.warc', 'crawl.warc.gz']) {
      const path = join(dir, name);
      await writeWarc(path, entries);
      const run = await cli(['--all', path]);
      expect(run.code, name).toBe(0);
      const records = lines(run);
      expect(
        records.map((r) => r.url),
        name,
      ).toEqual([
        'https://www.example-wire.com/putin',
        'https://arabic.example-news.net/a',
        'https://www.example-wire.com/local',
        'https://www.example-wire.com/solarwinds',
      ]);
      expect(records.map(gist), name).toEqual(files.map(gist));
      // The page's own date wins, in its metadata or printed beside the headline ("Published October 14, 2020");
      // a page that states none is dated by its capture.
      expect(records[0]).toMatchObject({ file: path, published: '2020-09-25' });
      expect(files[2]!.published).toBe('2020-10-14');
      expect(records[2]).toMatchObject({ published: '2020-10-14' });
      expect(files[1]!.published).toBe('2020-09-25');
      expect(records[1]).toMatchObject({ published: '2020-09-27' });
    }
  }, 120_000);

  it('reports a damaged archive as an error after the records it could read', async () => {
    const path = join(dir, 'broken.warc.gz');
    const page = {
      url: 'https://www.example-wire.com/putin',
      date: '2020-09-26T08:00:00Z',
      body: readFileSync(POSITIVE_EN),
    };
    await writeWarc(path, [page, { ...page, url: 'https://www.example-wire.com/second' }]);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 500)); // the second record cut short
    const run = await cli([path]);
    expect(run.code).toBe(1);
    const records = lines(run);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ url: 'https://www.example-wire.com/putin', verdict: 'about' });
    expect(records[1]).toMatchObject({ file: path, error: expect.stringMatching(/not a complete WARC record/) });
  }, 60_000);

  it('reports a record of an uncompressed archive cut short inside its body as an error, and goes on', async () => {
    const path = join(dir, 'cut.warc');
    const body = readFileSync(POSITIVE_EN);
    const page = { url: 'https://www.example-wire.com/putin', date: '2020-09-26T08:00:00Z', body };
    await writeWarc(path, [page, { ...page, url: 'https://www.example-wire.com/second' }]);
    const whole = readFileSync(path);
    // Half the second page's markup is gone: its Content-Length runs past the end of the file.
    writeFileSync(path, whole.subarray(0, whole.length - Math.floor(body.length / 2)));
    const run = await cli([path]);
    expect(run.code).toBe(1);
    const records = lines(run);
    expect(records).toHaveLength(2);
    expect(records[0]).toMatchObject({ url: 'https://www.example-wire.com/putin', verdict: 'about' });
    expect(records[0]!.error).toBeUndefined();
    expect(records[1]).toMatchObject({
      file: path,
      url: 'https://www.example-wire.com/second',
      error: expect.stringMatching(/cut short inside this record/),
    });
    expect(run.stderr).toContain('https://www.example-wire.com/second: cannot read: the archive is cut short');
  }, 60_000);

  it('ends, with an error row, on an uncompressed archive cut short inside a record it skips', async () => {
    const path = join(dir, 'cut-image.warc');
    await writeWarc(path, [
      { url: 'https://www.example-wire.com/putin', date: '2020-09-26T08:00:00Z', body: readFileSync(POSITIVE_EN) },
      {
        url: 'https://www.example-wire.com/photo.jpg',
        date: '2020-09-26T08:00:01Z',
        headers: { 'Content-Type': 'image/jpeg' },
        body: new Uint8Array(20_000).fill(0xff),
      },
    ]);
    const whole = readFileSync(path);
    writeFileSync(path, whole.subarray(0, whole.length - 10_000));
    const run = await cli([path]);
    expect(run.code).toBe(1);
    expect(lines(run).map((r) => [r.url, r.error === undefined ? r.verdict : 'error'])).toEqual([
      ['https://www.example-wire.com/putin', 'about'],
      ['https://www.example-wire.com/photo.jpg', 'error'],
    ]);
  }, 60_000);
});

describe('npm run analyze: output safety and formats', () => {
  it('strips terminal control characters from Markdown and CSV, and defuses spreadsheet formulas', async () => {
    const hostile = join(dir, 'hostile.html');
    const hostileTitle = '=HYPERLINK("http://evil")\u001b]0;owned\u0007\u001b[2J';
    const page = readFileSync(POSITIVE_EN, 'utf8')
      .replace(/<title>[^<]*/, `<title>${hostileTitle}`)
      .replace(/(og:title" content=")[^"]*/, `$1${hostileTitle.replace(/"/g, '&quot;')}`)
      .replace(/(<h1[^>]*>)[^<]*/, `$1${hostileTitle}`)
      .replace('Vladimir Putin', 'Vladimir Putin\u001b[31m\u009b2J');
    writeFileSync(hostile, page);
    const md = await cli(['--format', 'markdown', hostile]);
    const csv = await cli(['--format', 'csv', hostile]);
    for (const run of [md, csv]) expect(hasControls(run.stdout)).toBe(false);
    expect(md.stdout).toContain('HYPERLINK');
    expect(csv.stdout).toContain(`"'=HYPERLINK(""http://evil"")]0;owned[2J"`);
  }, 60_000);

  it('builds the same CSV from earlier JSON Lines (--from-jsonl) as from the pages', async () => {
    const inputs = [POSITIVE_EN, MENTIONS_EN, NEGATIVE_EN];
    const direct = await cli(['--format', 'csv', ...inputs]);
    const json = await cli(inputs);
    const merged = await cli(['--from-jsonl', '-', '--format', 'csv'], Readable.from([json.stdout, 'not json\n']));
    const [header, ...rows] = direct.stdout.trim().split('\r\n');
    const mergedRows = merged.stdout.trim().split('\r\n');
    expect(mergedRows.slice(0, 4)).toEqual([header, ...rows]);
    expect(mergedRows[4]).toContain('not a line of --format json output');
    expect(merged.code).toBe(1);
  }, 60_000);

  it('writes annotations and ClaimReview drafts as JSON-LD documents', async () => {
    const inputs = [POSITIVE_EN, join(CORPUS, 'ar/pos-05-translation-forum-repost.html')];
    const annotations = JSON.parse((await cli(['--format', 'annotations', ...inputs])).stdout) as {
      type: string;
      items: { target: { source: string } }[];
    };
    expect(annotations.type).toBe('AnnotationPage');
    expect(annotations.items.length).toBeGreaterThan(2);
    expect(annotations.items[0]!.target.source).toMatch(/^file:\/\/\//);
    const reviews = JSON.parse((await cli(['--format', 'claimreview', ...inputs])).stdout) as { '@type': string }[];
    expect(reviews.length).toBeGreaterThan(0);
    for (const r of reviews) expect(r['@type']).toBe('ClaimReview');
  }, 60_000);
});
