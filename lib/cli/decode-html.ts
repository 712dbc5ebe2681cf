/**
 * Turns a saved page's bytes into text the way a browser would pick the encoding
 * (https://html.spec.whatwg.org/multipage/parsing.html#determining-the-character-encoding): a byte order mark
 * first, then the HTTP Content-Type charset, then a `<meta charset>` in the first 1,024 bytes, else UTF-8.
 * UTF-16 without a byte order mark is recognised by its zero bytes, so such pages are not taken for binary files.
 */
export type Decoded = { ok: true; html: string; encoding: string } | { ok: false; error: string };

const META_SCAN = 1_024;
const UTF16_SCAN = 512;

export function decodeHtml(bytes: Uint8Array, contentType?: string): Decoded {
  const encoding = sniffEncoding(bytes, contentType);
  const html = new TextDecoder(encoding).decode(bytes);
  if (html.includes('\u0000')) return { ok: false, error: 'not an HTML file (binary content)' };
  return { ok: true, html, encoding };
}

export function sniffEncoding(bytes: Uint8Array, contentType?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const declared = known(/charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(contentType ?? '')?.[1]);
  if (declared) return declared;
  const utf16 = utf16WithoutMark(bytes);
  if (utf16) return utf16;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, META_SCAN));
  const meta =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ??
    /<meta\b[^>]*?\bcontent\s*=\s*["'][^"']*charset\s*=\s*([\w:.-]+)/i.exec(head)?.[1];
  const fromMeta = known(meta);
  // A page whose bytes reached a <meta> scan as ASCII cannot be UTF-16, whatever it says (the spec's rule).
  if (fromMeta?.startsWith('utf-16')) return 'utf-8';
  return fromMeta ?? 'utf-8';
}

/** The WHATWG name of an encoding label, or undefined when no decoder knows it. */
function known(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return undefined;
  }
}

/** Markup in UTF-16 has a zero byte beside nearly every ASCII character: on the odd side (LE) or the even (BE). */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, UTF16_SCAN) & ~1;
  if (n < 8) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}
