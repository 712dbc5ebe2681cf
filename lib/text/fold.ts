/**
 * Script-level folding shared by search and matching: Arabic spelling variants (hamza and madda on alef, «ألا…»
 * written for «الا…», alef maqsura, ta marbuta, Persian yeh and kaf, presentation-form ligatures), diacritics and
 * tatweel, Arabic-Indic, Persian and full-width digits, Russian ё, case, and invisible bidi/zero-width controls.
 * Every input code unit becomes zero, one or (for a ligature) several output characters, and the result keeps a map
 * from each folded index back to the original index, so what was matched can be shown in the article's own words.
 */

export interface Folded {
  text: string;
  /** map[i] is the index in the original string of folded character i; map[text.length] is the original length. */
  map: number[];
}

/** Code units dropped outright: they change how a word is written, never which word it is. */
function isDropped(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) || // Arabic honorifics and small high letters
    c === 0x061c || // Arabic letter mark (bidi)
    c === 0x0640 || // tatweel
    (c >= 0x064b && c <= 0x065f) || // harakat, shadda, sukun, hamza marks
    c === 0x0670 || // superscript alef
    (c >= 0x06d6 && c <= 0x06ed) || // Quranic annotation marks
    c === 0x00ad || // soft hyphen
    c === 0x180e ||
    (c >= 0x200b && c <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (c >= 0x202a && c <= 0x202e) || // bidi embeddings and overrides
    (c >= 0x2060 && c <= 0x2064) || // word joiner, invisible operators
    (c >= 0x2066 && c <= 0x2069) || // bidi isolates
    c === 0xfeff // byte-order mark / zero-width no-break space
  );
}

/** One code unit to its folded code unit (dropped units are handled before). */
function foldCode(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c >= 0x0600 && c <= 0x06ff) return foldArabic(c);
  if (c >= 0x0410 && c <= 0x042f) return c + 32; // Russian capitals А–Я
  if (c >= 0x0430 && c <= 0x044f) return c; // Russian small letters
  if (c === 0x0451 || c === 0x0401) return 0x0435; // ё, Ё → е
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10 + 48; // full-width digits
  if (c === 0x0130) return 0x69; // Turkish dotted capital İ → i (toLowerCase would add a combining dot)
  const ch = String.fromCharCode(c);
  const lower = ch.toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : c;
}

function foldArabic(c: number): number {
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 48; // Arabic-Indic digits
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 48; // Persian digits
  switch (c) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
    case 0x0672:
    case 0x0673:
      return 0x0627; // ا
    case 0x0649: // ى
    case 0x06cc: // Persian yeh ی
    case 0x0626: // ئ
      return 0x064a; // ي
    case 0x0629: // ة
    case 0x06c0: // ۀ
      return 0x0647; // ه
    case 0x0624: // ؤ
      return 0x0648; // و
    case 0x06a9: // Persian kaf ک
      return 0x0643; // ك
    default:
      return c;
  }
}

/** Arabic presentation forms (FB50–FDFF, FE70–FEFF): compatibility letters and ligatures such as «ﻻ». */
function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
}

/** Output is turned into a string in chunks (String.fromCharCode takes an argument list). */
const CHUNK = 8192;

/**
 * Folds `input` for matching; idempotent: fold(fold(x).text).text === fold(x).text. Linear in the input. Runs on every
 * article's text and title, so its arrays are made at the input's length (growing by push was most of its time) and
 * only a ligature makes them longer.
 */
export function fold(input: string): Folded {
  const codes: number[] = new Array<number>(input.length);
  const map: number[] = new Array<number>(input.length + 1);
  let n = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      codes[n] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      map[n++] = i;
    } else if (isPresentationForm(c)) {
      // NFKC spells the form with ordinary letters (sometimes with a leading space for an isolated mark).
      for (const part of input[i]!.normalize('NFKC')) {
        const pc = part.charCodeAt(0);
        if (part.length !== 1 || pc === 0x20 || isDropped(pc)) continue;
        codes[n] = foldCode(pc);
        map[n++] = i;
      }
    } else if (!isDropped(c)) {
      codes[n] = foldCode(c);
      map[n++] = i;
    }
  }
  map[n] = input.length;
  map.length = n + 1;
  const chunks: string[] = [];
  for (let from = 0; from < n; from += CHUNK) {
    chunks.push(String.fromCharCode.apply(null, codes.slice(from, Math.min(n, from + CHUNK))));
  }
  return { text: chunks.join(''), map };
}

/** Folds without keeping the offset map, for short strings (queries, lexicon terms). */
export function foldText(input: string): string {
  return fold(input).text;
}
