import { constants } from 'node:fs';
import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { PageJob } from './analyze-page';
import { InputError, readBounded, readRegularFile, reasonOf } from './read-input';
import { isWarcPath, readWarc } from './read-warc';

const HTML_FILE = /\.html?$/i;

/**
 * The pages behind the command line's inputs, in order, one at a time: files, folders (read recursively for
 * `.html`/`.htm`, in name order), `-` for standard input, and WARC files (each HTML response record a page). An
 * input that cannot be read becomes a page with an error, and the inputs after it are still read.
 */
export async function* pagesOf(
  inputs: AsyncIterable<string> | Iterable<string>,
  stdin: Readable,
): AsyncGenerator<PageJob> {
  for await (const input of inputs) {
    if (input === '-') {
      try {
        yield { file: '-', bytes: await readBounded(stdin) };
      } catch (e) {
        yield { file: '-', error: reasonOf(e) };
      }
    } else yield* pagesOfPath(input);
  }
}

async function* pagesOfPath(path: string): AsyncGenerator<PageJob> {
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'ENOTDIR') {
      yield { file: path, error: reasonOf(e) };
      return;
    }
  }
  if (entries) {
    // Real folders only: a symbolic link to a folder could lead back up the tree.
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const child = join(path, entry.name);
      if (entry.isDirectory()) yield* pagesOfPath(child);
      else if (HTML_FILE.test(entry.name) || isWarcPath(entry.name)) yield* pagesOfFile(child);
    }
    return;
  }
  yield* pagesOfFile(path);
}

async function* pagesOfFile(path: string): AsyncGenerator<PageJob> {
  if (!isWarcPath(path)) {
    try {
      yield { file: path, bytes: await readRegularFile(path) };
    } catch (e) {
      yield { file: path, error: reasonOf(e) };
    }
    return;
  }
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    if (!(await handle.stat()).isFile()) throw new InputError('not a regular file');
  } catch (e) {
    await handle?.close();
    yield { file: path, error: reasonOf(e) };
    return;
  }
  try {
    for await (const page of readWarc(handle.createReadStream())) {
      yield {
        file: path,
        url: page.url,
        captured: page.captured,
        contentType: page.contentType,
        bytes: page.bytes,
        error: page.error,
      };
    }
  } catch (e) {
    yield { file: path, error: `cannot read the archive: ${reasonOf(e)}` };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Input paths, one a line, from a stream (`--inputs-from -`) or a file; blank lines are skipped. */
export async function* linesOf(stream: Readable): AsyncGenerator<string> {
  for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
    const path = line.trim();
    if (path) yield path;
  }
}
