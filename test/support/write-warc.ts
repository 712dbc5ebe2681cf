import { writeFileSync } from 'node:fs';
import { WARCRecord, WARCSerializer } from 'warcio';

export interface WarcEntry {
  url: string;
  date: string;
  type?: 'response' | 'request' | 'resource';
  status?: number;
  headers?: Record<string, string>;
  body: Uint8Array | string;
}

async function* once(body: Uint8Array): AsyncGenerator<Uint8Array> {
  yield body;
}

/** Writes a WARC file (gzipped per record when the path ends in .gz) with webrecorder's warcio, as crawlers do. */
export async function writeWarc(path: string, entries: readonly WarcEntry[]): Promise<void> {
  const gzip = path.endsWith('.gz');
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    const body = typeof e.body === 'string' ? new TextEncoder().encode(e.body) : e.body;
    const type = e.type ?? 'response';
    const record = WARCRecord.create(
      {
        url: e.url,
        date: e.date,
        type,
        warcVersion: 'WARC/1.1',
        ...(type === 'resource' ? { warcHeaders: { 'Content-Type': e.headers?.['Content-Type'] ?? 'text/html' } } : {}),
        ...(type === 'response' || type === 'request'
          ? {
              httpHeaders: e.headers ?? { 'Content-Type': 'text/html; charset=utf-8' },
              ...(type === 'response'
                ? { statusline: `HTTP/1.1 ${e.status ?? 200} ${e.status === 404 ? 'Not Found' : 'OK'}` }
                : { statusline: `GET ${new URL(e.url).pathname} HTTP/1.1` }),
            }
          : {}),
      },
      once(body),
    );
    parts.push(await WARCSerializer.serialize(record, { gzip }));
  }
  writeFileSync(path, Buffer.concat(parts));
}
