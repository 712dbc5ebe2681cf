/**
 * Script-level folding shared by search and matching: Arabic spelling variants, Russian ё, Arabic-Indic and
 * Persian digits, case. Folding only maps one character to one character or drops it, so it returns a map from
 * each folded index back to the original index (used to highlight what was matched in the article's own words).
 */

export interface Folded {
  text: string;
  /** map[i] is the index in the original string of folded character i; map[text.length] is the original length. */
  map: number[];
}

const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/;
const TATWEEL = '\u0640';
// Bidi and zero-width controls carry no meaning for matching and can be used to split words.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/;

function foldChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return String.fromCharCode(code - 0x0660 + 48); // Arabic-Indic digits
  if (code >= 0x06f0 && code <= 0x06f9) return String.fromCharCode(code - 0x06f0 + 48); // Persian digits
  switch (ch) {
    case 'أ':
    case 'إ':
    case 'آ':
    case 'ٱ':
      return 'ا';
    case 'ى':
      return 'ي';
    case 'ة':
      return 'ه';
    case 'ؤ':
      return 'و';
    case 'ئ':
      return 'ي';
    case 'ё':
    case 'Ё':
      return 'е';
    default:
      return ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
}

/** Folds `input` for matching; idempotent: fold(fold(x).text).text === fold(x).text. */
export function fold(input: string): Folded {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (ch === TATWEEL || ARABIC_DIACRITICS.test(ch) || INVISIBLE.test(ch)) continue;
    const folded = foldChar(ch);
    text += folded;
    map.push(i);
  }
  map.push(input.length);
  return { text, map };
}

/** Folds without keeping the offset map, for short strings (queries, lexicon terms). */
export function foldText(input: string): string {
  return fold(input).text;
}
