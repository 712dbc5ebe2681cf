/**
 * Script-level folding shared by search and matching: Arabic spelling variants (hamza and madda on alef, «ألا…»
 * written for «الا…», alef maqsura, ta marbuta, Persian yeh and kaf, presentation-form ligatures), diacritics and
 * tatweel, Arabic-Indic, Persian and full-width digits, Russian ё, case, and invisible bidi/zero-width controls.
 * Every input code unit becomes zero, one or (for a ligature) several output characters, and the result keeps a map
 * from each folded index back to the original index, so what was matched can be shown in the article's own words.
 */

export interface Folded {
  text: string;
  /**
   * map[i] is the index in the original string of folded character i, and map[text.length] the original length; null
   * when each character folded in place into one (most texts), so that folded character i is original character i.
   * Read it through originOf.
   */
  map: Int32Array | null;
}

/** The index in the original string of folded character `i` (`i` = text.length: the original length). */
export function originOf(folded: Folded, i: number): number {
  return folded.map === null ? i : folded.map[i]!;
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

/**
 * Characters that folding treats otherwise than String.prototype.toLowerCase: Arabic and its presentation forms,
 * ё, full-width digits, dotted İ (which toLowerCase spells with two code units), capital sigma (which toLowerCase
 * writes as final ς at the end of a word), surrogates (toLowerCase lower-cases a pair as one character, fold each
 * unit alone) and every dropped control. A text without them folds to its lower case, in place.
 */
const NEEDS_FOLDING =
  /[\u00ad\u0130\u03a3\u0401\u0451\u0600-\u06ff\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ud800-\udfff\ufb50-\ufdff\ufe70-\ufeff\uff10-\uff19]/;

/** Output is turned into a string in chunks where String.fromCharCode is used (it takes an argument list). */
const CHUNK = 8192;

const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

/**
 * Folds `input` for matching; idempotent: fold(fold(x).text).text === fold(x).text. Linear in the input. It runs on
 * every article's text and title, so it allocates little: the folded code units go into one typed array, turned into
 * a string at once, and an offset map is made only when a character is dropped or a ligature spelt out.
 */
export function fold(input: string): Folded {
  // Most texts need nothing but lower case (English, and Russian written without ё): the engine's own lower-casing.
  if (!NEEDS_FOLDING.test(input)) return { text: input.toLowerCase(), map: null };
  let codes = new Uint16Array(input.length);
  let map: Int32Array | null = null;
  let n = 0;
  let surrogates = false;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c < 0x80) {
      if (map !== null) map[n] = i;
      codes[n++] = c >= 0x41 && c <= 0x5a ? c + 32 : c;
      continue;
    }
    const dropped = isDropped(c);
    const ligature = !dropped && isPresentationForm(c);
    if ((dropped || ligature) && map === null) {
      // From here on, folded and original offsets part.
      map = new Int32Array(codes.length + 1);
      for (let k = 0; k < n; k++) map[k] = k;
    }
    if (dropped) continue;
    if (ligature) {
      // NFKC spells the form with ordinary letters (sometimes with a leading space for an isolated mark).
      const parts = input[i]!.normalize('NFKC');
      // Room for the spelt-out letters and for one unit per character still to come.
      const needed = n + parts.length + (input.length - i - 1);
      if (needed > codes.length) {
        const size = Math.max(needed, codes.length * 2);
        const grown = new Uint16Array(size);
        grown.set(codes);
        codes = grown;
        const grownMap = new Int32Array(size + 1);
        grownMap.set(map!);
        map = grownMap;
      }
      for (const part of parts) {
        const pc = part.charCodeAt(0);
        if (part.length !== 1 || pc === 0x20 || isDropped(pc)) continue;
        map![n] = i;
        codes[n++] = foldCode(pc);
      }
      continue;
    }
    const folded = foldCode(c);
    if (folded >= 0xd800 && folded <= 0xdfff) surrogates = true;
    if (map !== null) map[n] = i;
    codes[n++] = folded;
  }
  if (map !== null) map[n] = input.length;
  return { text: codesToString(codes.subarray(0, n), surrogates), map: map === null ? null : map.subarray(0, n + 1) };
}

/**
 * The string of `codes`: decoded as UTF-16 at once, unless they hold surrogates (a lone one would decode to U+FFFD,
 * and the folded text must keep every unit).
 */
function codesToString(codes: Uint16Array, surrogates: boolean): string {
  if (!surrogates) return UTF16.decode(codes);
  const chunks: string[] = [];
  for (let from = 0; from < codes.length; from += CHUNK) {
    chunks.push(String.fromCharCode.apply(null, codes.subarray(from, from + CHUNK) as unknown as number[]));
  }
  return chunks.join('');
}

/** Folds without keeping the offset map, for short strings (queries, lexicon terms). */
export function foldText(input: string): string {
  return fold(input).text;
}
