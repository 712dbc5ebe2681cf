import { isClosingQuote, QUOTE_CLOSER } from './quotation-marks';

/** A sentence-sized passage of the article, by offsets into the article text. */
export interface Segment {
  start: number;
  end: number;
  /** Index of the paragraph (block of text between blank lines or line breaks) the passage belongs to. */
  paragraph: number;
}

/** Quotations nest at most this deep; deeper marks are taken as stray. */
const MAX_QUOTE_DEPTH = 8;
const NEWLINE = 0x0a;
const FULL_STOP = 0x2e;

/** . ! ? ؟ … */
function isTerminator(c: number): boolean {
  return c === FULL_STOP || c === 0x21 || c === 0x3f || c === 0x061f || c === 0x2026 || isWideTerminator(c);
}

/** 。！？ (ideographic full stop, full-width ! and ?): Chinese and Japanese end sentences with no space after. */
function isWideTerminator(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** White space as /\s/ reads it. */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}
// Abbreviations after which a full stop does not end a sentence (lower case, without the stop).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'st',
  'jr',
  'sr',
  'vs',
  'no',
  'etc',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'т.е',
  'т.д',
  'т.п',
  'г',
  'гг',
  'им',
  'ул',
  'тыс',
  'млн',
  'млрд',
  'см',
  'др',
  'н.э',
]);
/**
 * The code units the splitter must look at beyond the length limits: quotation marks and sentence terminators, one
 * flag per UTF-16 code unit, so the common case (a letter, a digit, a space) costs a single array read.
 */
const MARKS = new Uint8Array(0x10000);
for (const c of [...QUOTE_CLOSER.keys(), ...QUOTE_CLOSER.values()]) MARKS[c] = 1;
for (let c = 0; c < 0x10000; c++) if (isTerminator(c)) MARKS[c] = 1;

/** Quotations longer than this are split anyway: a missing closing mark must not swallow the article. */
const MAX_QUOTE = 1200;
/** Passages are cut at this length even without punctuation, so one huge "sentence" cannot dominate. */
const MAX_PASSAGE = 2000;

/**
 * Splits article text into sentence passages, in any of the languages read (see isTerminator). Paragraph breaks always end a passage;
 * a sentence end inside a quotation does not, so quoted statements stay whole (quotations are tracked as a stack of
 * expected closing marks, so «… „…“ …» and “… "…" …” nest). Linear in the text length: every character is looked at
 * a bounded number of times.
 */
export function segment(text: string): Segment[] {
  const out: Segment[] = [];
  let paragraph = 0;
  let start = skipSpace(text, 0);
  const closers: number[] = [];
  let quoteStart = -1;
  const push = (end: number) => {
    let e = end;
    while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > start) out.push({ start, end: e, paragraph });
  };
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const marked = MARKS[c] === 1;
    if (c === NEWLINE) {
      push(i);
      paragraph++;
      start = skipSpace(text, i + 1);
      i = start - 1;
      closers.length = 0;
      continue;
    }
    if (!marked) {
      // Most characters: only the length limits below concern them.
    } else if (closers.length > 0 && c === closers[closers.length - 1]) closers.pop();
    else if (closers.length < MAX_QUOTE_DEPTH) {
      const closer = QUOTE_CLOSER.get(c);
      if (closer !== undefined) {
        if (closers.length === 0) quoteStart = i;
        closers.push(closer);
      }
    }
    // A missing closing mark must not swallow the article.
    if (closers.length > 0 && i - quoteStart > MAX_QUOTE) closers.length = 0;
    if (i - start >= MAX_PASSAGE) {
      const cut = wordEnd(text, start, i + 1);
      push(cut);
      closers.length = 0;
      start = skipSpace(text, cut);
      i = start - 1;
      continue;
    }
    if (!marked || closers.length > 0 || !isTerminator(c)) continue;
    // The run of terminators and closing marks after this one ("?!", ".»") belongs to the same sentence end.
    let runEnd = i + 1;
    while (runEnd < text.length && (isTerminator(text.charCodeAt(runEnd)) || isClosingQuote(text.charCodeAt(runEnd))))
      runEnd++;
    if (isBoundary(text, i, runEnd) && !isAbbreviation(text, i)) {
      push(runEnd);
      start = skipSpace(text, runEnd);
      i = start - 1;
    } else i = runEnd - 1;
  }
  push(text.length);
  return out;
}

/** Where to cut an over-long passage: after the last space in its final stretch, else right at `end`. */
function wordEnd(text: string, start: number, end: number): number {
  for (let k = end; k > Math.max(start + 1, end - 200); k--) if (isSpace(text.charCodeAt(k - 1))) return k;
  return end;
}

/** Skips spaces and tabs, not line breaks (they end paragraphs). */
function skipSpace(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || !isSpace(c)) break;
    i++;
  }
  return i;
}

/**
 * A terminator (whose run of further terminators and closing marks ends at `runEnd`) ends a sentence when followed
 * by space or the end of the text, and, after a full stop, not by a lower-case word (an abbreviation's tail).
 */
function isBoundary(text: string, i: number, runEnd: number): boolean {
  if (runEnd >= text.length) return true;
  if (isWideTerminator(text.charCodeAt(i))) return true;
  if (!isSpace(text.charCodeAt(runEnd))) return false;
  if (text.charCodeAt(i) === FULL_STOP) {
    // Look a few characters ahead only, so a run of spaces cannot make this quadratic.
    let k = runEnd;
    const stop = Math.min(text.length, runEnd + 8);
    while (k < stop && /[ \t\u00a0]/.test(text[k]!)) k++;
    if (k < text.length && /[a-zа-яё]/.test(text[k]!)) return false;
  }
  return true;
}

/** Abbreviations are short: looking back further than this cannot find one, and keeps the check constant-time. */
const MAX_ABBREVIATION = 8;

function isAbbreviation(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== FULL_STOP) return false;
  let j = i;
  const stop = Math.max(0, i - MAX_ABBREVIATION);
  while (j > stop && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  if (j === stop && j > 0 && /\p{L}/u.test(text[j - 1]!)) return false; // a long word, not an abbreviation
  const word = text.slice(j, i).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[j]!)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word);
}
