/** A sentence-sized passage of the article, by offsets into the article text. */
export interface Segment {
  start: number;
  end: number;
  /** Index of the paragraph (block of text between blank lines or line breaks) the passage belongs to. */
  paragraph: number;
}

const OPENING_QUOTES = '"“«„‹';
const CLOSING_QUOTES = '"”»“›';
const TERMINATORS = '.!?؟…';
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
/** Quotations longer than this are split anyway: a missing closing mark must not swallow the article. */
const MAX_QUOTE = 1200;
/** Passages are cut at this length even without punctuation, so one huge "sentence" cannot dominate. */
const MAX_PASSAGE = 2000;

/**
 * Splits article text into sentence passages, in Arabic, English and Russian. Paragraph breaks always end a passage;
 * a sentence end inside a quotation does not, so quoted statements stay whole. Linear in the text length.
 */
export function segment(text: string): Segment[] {
  const out: Segment[] = [];
  let paragraph = 0;
  let start = skipSpace(text, 0);
  let quoteDepth = 0;
  let quoteStart = -1;
  const push = (end: number) => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1]!)) e--;
    if (e > start) out.push({ start, end: e, paragraph });
  };
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      paragraph++;
      start = skipSpace(text, i + 1);
      i = start - 1;
      quoteDepth = 0;
      continue;
    }
    if (isQuoteToggle(ch, quoteDepth)) {
      if (quoteDepth > 0 && CLOSING_QUOTES.includes(ch)) quoteDepth--;
      else if (OPENING_QUOTES.includes(ch)) {
        quoteDepth++;
        quoteStart = i;
      }
    }
    if (quoteDepth > 0 && i - quoteStart > MAX_QUOTE) quoteDepth = 0;
    const endsSentence =
      quoteDepth === 0 && TERMINATORS.includes(ch) && isBoundary(text, i) && !isAbbreviation(text, i);
    if (endsSentence || i - start >= MAX_PASSAGE) {
      let end = i + 1;
      while (end < text.length && (TERMINATORS.includes(text[end]!) || CLOSING_QUOTES.includes(text[end]!))) end++;
      push(end);
      start = skipSpace(text, end);
      i = start - 1;
    }
  }
  push(text.length);
  return out;
}

function isQuoteToggle(ch: string, depth: number): boolean {
  // A straight double quote opens when no quote is open and closes otherwise.
  if (ch === '"') return true;
  return OPENING_QUOTES.includes(ch) || (depth > 0 && CLOSING_QUOTES.includes(ch));
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /[ \t\r\f\v\u00a0]/.test(text[i]!)) i++;
  return i;
}

/** A terminator ends a sentence when followed by space (or a closing quote and space) or the end of the text. */
function isBoundary(text: string, i: number): boolean {
  let j = i + 1;
  while (j < text.length && (TERMINATORS.includes(text[j]!) || CLOSING_QUOTES.includes(text[j]!))) j++;
  if (j >= text.length) return true;
  if (!/\s/.test(text[j]!)) return false;
  if (text[i] === '.') {
    // "25.05.1972", "3.5": no break between digits; a lower-case next word after "." is an abbreviation's tail.
    const next = text.slice(j).trimStart()[0] ?? '';
    if (/[a-zа-я]/.test(next)) return false;
  }
  return true;
}

function isAbbreviation(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  let j = i;
  while (j > 0 && /[\p{L}.]/u.test(text[j - 1]!)) j--;
  const word = text.slice(j, i).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[j]!)) return true; // an initial: "J. Smith"
  return ABBREVIATIONS.has(word);
}
