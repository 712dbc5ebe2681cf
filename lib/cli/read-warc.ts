import type { Readable } from 'node:stream';
import { LimitReader, WARCParser, type WARCRecord } from 'warcio';
import { MAX_HTML_BYTES } from './read-input';

/** One HTML page found in a WARC file: its bytes, or why it could not be taken. */
export interface WarcPage {
  url: string;
  /** The capture date (WARC-Date), the publication date's fallback. */
  captured?: string;
  contentType?: string;
  bytes?: Uint8Array;
  error?: string;
}

/** Is this a path the CLI reads as a web archive? */
export function isWarcPath(path: string): boolean {
  return /\.warc(\.gz)?$/i.test(path);
}

/**
 * Streams the HTML `response` records of a WARC file (`.warc` or `.warc.gz`, read with webrecorder's warcio):
 * one record in memory at a time, so an archive of any size is read in constant memory. Records that are not
 * HTML responses (requests, metadata, images, scripts) are skipped; an oversized record yields an error page.
 */
export async function* readWarc(stream: Readable, limit = MAX_HTML_BYTES): AsyncGenerator<WarcPage> {
  let streamed = 0;
  let gzipped: boolean | undefined;
  // The record being read.
  let current: WARCRecord | undefined;
  async function* counted(): AsyncGenerator<Uint8Array> {
    for await (const chunk of stream) {
      const bytes = chunk as Uint8Array;
      gzipped ??= bytes[0] === 0x1f && bytes[1] === 0x8b;
      streamed += bytes.length;
      yield bytes;
    }
    // warcio asks for more only when a reader needs it: if the record being read still expects bytes of its block
    // when the stream ends, the archive was cut inside that record. warcio would hand over what there is as the
    // whole record (or, skipping it, wait forever for the rest): stop the parse here instead.
    if (!gzipped && remainingOf(current) > 0) throw new CutShort('the archive is cut short');
  }
  const parser = new WARCParser(counted());
  // Where the records read so far end. Gzipped members have their length as soon as they are parsed; for an
  // uncompressed archive the parser knows it once the record is consumed.
  let memberEnd = 0;
  try {
    for await (const record of parser) {
      current = record;
      if (gzipped) memberEnd = parser.offset + parser.recordLength;
      const page = await pageOf(record, limit);
      if (page) yield page;
    }
  } catch (e) {
    if (!(e instanceof CutShort)) throw e;
    yield {
      url: current?.warcTargetURI ?? '',
      ...(current?.warcDate ? { captured: current.warcDate } : {}),
      error: 'the archive is cut short inside this record (its Content-Length runs past the end of the file)',
    };
    return;
  }
  // warcio stops quietly at a record cut short or at bytes that are no record: say so rather than lose pages.
  const parsedTo = gzipped ? memberEnd : parser.offset + parser.recordLength;
  if (streamed > parsedTo + 4)
    yield { url: '', error: `the archive ends with ${streamed - parsedTo} bytes that are not a complete WARC record` };
}

class CutShort extends Error {}

/** Bytes of a record's block not read yet (its reader counts down from the Content-Length). */
function remainingOf(record: WARCRecord | undefined): number {
  const reader = record?._reader;
  return reader instanceof LimitReader ? reader.limit : 0;
}

/** The page a record holds, or undefined when it holds none (not an HTML response, not a success). */
async function pageOf(record: WARCRecord, limit: number): Promise<WarcPage | undefined> {
  if (!record.warcType)
    return { url: '', error: 'a damaged record (no WARC-Type): the archive is cut short or corrupt' };
  if (record.warcType !== 'response' && record.warcType !== 'resource') return undefined;
  const contentType =
    record.warcType === 'response'
      ? (record.httpHeaders?.headers.get('content-type') ?? undefined)
      : (record.warcContentType ?? undefined);
  if (!contentType || !/^\s*(text\/html|application\/xhtml\+xml)/i.test(contentType)) return undefined;
  const status = record.httpHeaders?.statusCode;
  if (record.warcType === 'response' && status !== undefined && Number(status) !== 200) return undefined;
  const url = record.warcTargetURI ?? '';
  const captured = record.warcDate ?? undefined;
  if ((record.warcContentLength ?? 0) > limit + 64 * 1024) {
    await record.skipFully();
    return { url, captured, contentType, error: `record is larger than ${Math.round(limit / 1024 / 1024)} MB` };
  }
  const bytes = await record.readFully(true);
  if (bytes.length > limit) {
    return { url, captured, contentType, error: `record is larger than ${Math.round(limit / 1024 / 1024)} MB` };
  }
  return { url, captured, contentType, bytes };
}
