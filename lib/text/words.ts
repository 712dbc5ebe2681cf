/**
 * Word scanning for the engine's passes over a whole article (tokenize, findDates). It finds the same words as the
 * regular expressions it replaces (`\p{N}+|[\p{L}\p{M}]+`, and for tokens also inner apostrophes and "u.s."), without
 * the match array each of their matches allocated: on a 2,000-word article those arrays were a third of the
 * analysis's garbage.
 */

/** Where the last word found lies: text.slice(start, end). Reused from word to word; read it before the next call. */
export interface WordSpan {
  start: number;
  end: number;
}

export interface WordOptions {
  /** Letters joined by an apostrophe are one word ("don't", «зв'язок»), and "u.s." or "u.s.a." one word. */
  tokens: boolean;
}

const OTHER = 0;
const NUMBER = 1;
const LETTER = 2;

const IS_NUMBER = /^\p{N}$/u;
const IS_LETTER = /^[\p{L}\p{M}]$/u;

/** Classes of the BMP by blocks of 256 code units, each filled on first use (most texts touch two or three blocks). */
const blocks: (Uint8Array | undefined)[] = [];
/** Classes of the supplementary characters met so far. */
const supplementary = new Map<number, number>();

function classify(ch: string): number {
  return IS_NUMBER.test(ch) ? NUMBER : IS_LETTER.test(ch) ? LETTER : OTHER;
}

function block(high: number): Uint8Array {
  const table = new Uint8Array(256);
  for (let low = 0; low < 256; low++) {
    const unit = (high << 8) | low;
    // Surrogates are classed as the pair they form (see classAt); alone, they are no letter.
    if (unit < 0xd800 || unit > 0xdfff) table[low] = classify(String.fromCharCode(unit));
  }
  blocks[high] = table;
  return table;
}

/** Set by classAt: how many code units the character it classed takes. */
let width = 1;

/** Classes of the ASCII characters, read without a branch per range: most of most texts' characters. */
const ASCII = new Uint8Array(0x80);
for (let c = 0x30; c <= 0x39; c++) ASCII[c] = NUMBER;
for (let c = 0x41; c <= 0x5a; c++) ASCII[c] = LETTER;
for (let c = 0x61; c <= 0x7a; c++) ASCII[c] = LETTER;

/** The class of the character at `i` (a surrogate pair classed as one character). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  width = 1;
  if (c < 0x80) return ASCII[c]!;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      width = 2;
      const point = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let cls = supplementary.get(point);
      if (cls === undefined) supplementary.set(point, (cls = classify(String.fromCodePoint(point))));
      return cls;
    }
  }
  return (blocks[c >> 8] ?? block(c >> 8))[c & 0xff]!;
}

/** The end of the run of characters of class `cls` starting at `i`; ASCII characters are classed in line. */
function runEnd(text: string, i: number, cls: number): number {
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c < 0x80) {
      if (ASCII[c] !== cls) break;
      j++;
    } else if (classAt(text, j) === cls) j += width;
    else break;
  }
  return j;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/**
 * Finds the first word at or after `from`; sets `span` to it and returns true, or returns false when there is none.
 * Scan a text by calling it again from span.end.
 */
export function nextWord(text: string, from: number, options: WordOptions, span: WordSpan): boolean {
  for (let i = from; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c < 0x80 && ASCII[c] === OTHER) {
      i++;
      continue;
    }
    const cls = classAt(text, i);
    if (cls === OTHER) {
      i += width;
      continue;
    }
    span.start = i;
    if (options.tokens && c === 0x75 && text.startsWith('u.s.', i)) {
      span.end = text.startsWith('a.', i + 4) ? i + 6 : i + 4;
      return true;
    }
    let end = runEnd(text, i, cls);
    if (cls === LETTER && options.tokens) {
      // Inner apostrophes: a quote mark followed by letters goes on with the word.
      while (end + 1 < text.length) {
        const c = text.charCodeAt(end);
        if ((c !== APOSTROPHE && c !== RIGHT_QUOTE) || classAt(text, end + 1) !== LETTER) break;
        end = runEnd(text, end + 1, LETTER);
      }
    }
    span.end = end;
    return true;
  }
  return false;
}
