// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decodeHtml, sniffEncoding } from '../../../lib/cli/decode-html';

/** Encodes text in a single-byte legacy code page by inverting Node's decoder for it. */
export function encodeLegacy(text: string, encoding: string): Uint8Array {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  return Uint8Array.from(
    [...text].map((ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`${ch} is not in ${encoding}`);
      return b;
    }),
  );
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le');
  if (order === 'be') for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

const ARABIC =
  '<html><head><meta charset="windows-1256"><title>بوتين</title></head><body><p>أمن المعلومات الدولي</p></body></html>';
const RUSSIAN =
  '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>Путин предложил</p></body></html>';

describe('decodeHtml', () => {
  it('reads UTF-16 pages, with or without a byte order mark, instead of calling them binary', () => {
    const page = '<html><body><p>Путин: информационная безопасность</p></body></html>';
    for (const order of ['le', 'be'] as const)
      for (const bom of [true, false]) {
        const decoded = decodeHtml(utf16(page, order, bom));
        expect(decoded, `${order} bom=${bom}`).toMatchObject({ ok: true, encoding: `utf-16${order}` });
        expect(decoded.ok && decoded.html.replace('\ufeff', '')).toBe(page);
      }
  });

  it('reads legacy Arabic and Cyrillic code pages named by <meta>', () => {
    expect(decodeHtml(encodeLegacy(ARABIC, 'windows-1256'))).toEqual({
      ok: true,
      html: ARABIC,
      encoding: 'windows-1256',
    });
    expect(decodeHtml(encodeLegacy(RUSSIAN, 'koi8-r'))).toEqual({ ok: true, html: RUSSIAN, encoding: 'koi8-r' });
  });

  it('lets the HTTP Content-Type win over <meta>, and a byte order mark over both', () => {
    const bytes = encodeLegacy(ARABIC.replace('windows-1256', 'utf-8'), 'windows-1256');
    expect(sniffEncoding(bytes, 'text/html; charset=windows-1256')).toBe('windows-1256');
    expect(sniffEncoding(bytes)).toBe('utf-8');
    expect(sniffEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c]), 'text/html; charset=koi8-r')).toBe('utf-8');
  });

  it('falls back to UTF-8 on an unknown label, and treats a <meta> claiming UTF-16 as UTF-8', () => {
    expect(sniffEncoding(new TextEncoder().encode('<meta charset="klingon"><p>x</p>'))).toBe('utf-8');
    expect(sniffEncoding(new TextEncoder().encode('<meta charset="utf-16"><p>x</p>'))).toBe('utf-8');
  });

  it('refuses binary content', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decodeHtml(png)).toEqual({ ok: false, error: expect.stringContaining('binary') });
  });
});
