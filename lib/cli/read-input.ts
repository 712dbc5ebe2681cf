import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';

/** The largest page the CLI reads (a file, standard input or a WARC record): saved news pages are far smaller. */
export const MAX_HTML_BYTES = 50 * 1024 * 1024;

export class InputError extends Error {}

/**
 * Reads a regular file of at most `limit` bytes. It is opened without blocking and checked on the open handle, so
 * a FIFO, a device or a socket is refused at once instead of being waited on, and nothing can swap the file
 * between the check and the read.
 */
export async function readRegularFile(path: string, limit = MAX_HTML_BYTES): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    throw new InputError(reasonOf(e));
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw new InputError('is a directory');
    if (!info.isFile()) throw new InputError('not a regular file');
    if (info.size > limit) throw new InputError(`file is larger than ${megabytes(limit)}`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Reads a stream (standard input) to its end, but refuses it as soon as it passes `limit` bytes. */
export async function readBounded(stream: Readable, limit = MAX_HTML_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      stream.destroy();
      throw new InputError(`input is larger than ${megabytes(limit)}`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

export function reasonOf(e: unknown): string {
  if (e instanceof InputError) return e.message;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENXIO') return 'not a regular file';
  return e instanceof Error ? e.message : String(e);
}

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
