// English Snowball ("Porter2") stemmer, written from the algorithm description
// at https://snowballstem.org/algorithms/english/stemmer.html, with the changes of
// Snowball 3.0–3.1 (https://github.com/snowballstem/snowball/blob/main/NEWS): more
// R1 prefixes (so internal ≠ international, interfered = interference), -ogist → -og,
// no undoubling after a lone a/e/o (add ≠ ad), and the -eed/-ing exceptions moved
// into Step 1b. test/lib/text/stem-english.test.ts compares it with Snowball 3.1.1.
//
// Input is a lower-cased word. While stemming, a y that acts as a consonant
// is written as Y (so it is not a vowel); it is turned back at the end.
import { regionAfter } from './snowball-region';

/** Words stemmed by lookup instead of by rule (including ones left as they are). */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  ['skis', 'ski'],
  ['skies', 'sky'],
  ['idly', 'idl'],
  ['gently', 'gentl'],
  ['ugly', 'ugli'],
  ['early', 'earli'],
  ['only', 'onli'],
  ['singly', 'singl'],
  ['sky', 'sky'],
  ['news', 'news'],
  ['howe', 'howe'],
  ['atlas', 'atlas'],
  ['cosmos', 'cosmos'],
  ['bias', 'bias'],
  ['andes', 'andes'],
]);

/** Stems that keep -ing when it is all they are followed by (inning, evening). */
const KEEP_ING = new Set(['inn', 'out', 'cann', 'herr', 'earr', 'even']);
/** Stems that keep -eed (proceed, exceed, succeed). */
const KEEP_EED = new Set(['proc', 'exc', 'succ']);

/**
 * Prefixes after which R1 starts, where the usual rule would put it too early and conflate unrelated words:
 * general/generous, community/communism, arsenic/arsenal, past/paste, universe/university, later/lateral,
 * emerge/emergency, organ/organic, intern/internal/international, interfere/interval.
 */
const R1_PREFIXES = ['gener', 'commun', 'arsen', 'past', 'univers', 'later', 'emerg', 'organ', 'inter'];

const DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);
const VALID_LI = 'cdeghkmnrt';
const ED_ING = ['ingly', 'edly', 'ing', 'ed']; // longest first

function isVowel(ch: string | undefined): boolean {
  return ch === 'a' || ch === 'e' || ch === 'i' || ch === 'o' || ch === 'u' || ch === 'y';
}

/** Suffix → replacement, with the distinct suffix lengths longest first. */
interface SuffixTable {
  readonly replace: ReadonlyMap<string, string>;
  readonly lengths: readonly number[];
}

/** `spec` is "suffix:replacement" pairs separated by spaces ("ful:" deletes). */
function table(spec: string): SuffixTable {
  const replace = new Map(spec.split(' ').map((pair) => pair.split(':') as [string, string]));
  const lengths = [...new Set([...replace.keys()].map((s) => s.length))].sort((a, b) => b - a);
  return { replace, lengths };
}

const STEP2 = table(
  'tional:tion enci:ence anci:ance abli:able entli:ent izer:ize ization:ize ational:ate ation:ate ator:ate ' +
    'alism:al aliti:al alli:al fulness:ful ousli:ous ousness:ous iveness:ive iviti:ive biliti:ble bli:ble ' +
    'ogist:og ogi:og fulli:ful lessli:less li:',
);
const STEP3 = table('tional:tion ational:ate alize:al icate:ic iciti:ic ical:ic ful: ness: ative:');
const STEP4 = table('al: ance: ence: er: ic: able: ible: ant: ement: ment: ent: ism: ate: iti: ous: ive: ize: ion:');

/**
 * The longest suffix of `word` in `t`. Like Snowball's `among`, callers check
 * region conditions on this suffix only and never fall back to a shorter one.
 */
function longestSuffix(word: string, t: SuffixTable): string | undefined {
  for (const len of t.lengths) {
    if (len > word.length) continue;
    const suffix = word.slice(word.length - len);
    if (t.replace.has(suffix)) return suffix;
  }
  return undefined;
}

/**
 * Whether word[0, end) ends in a short syllable: non-vowel, vowel, non-vowel
 * other than w, x, Y; or, for a two-letter start, vowel then non-vowel; or in
 * "past" (so pasted → paste).
 */
function endsShortSyllable(word: string, end: number): boolean {
  if (end >= 4 && word.startsWith('past', end - 4)) return true;
  const last = word[end - 1];
  if (end < 2 || isVowel(last) || !isVowel(word[end - 2])) return false;
  if (end === 2) return true;
  return !isVowel(word[end - 3]) && last !== 'w' && last !== 'x' && last !== 'Y';
}

function hasVowel(word: string, end: number): boolean {
  for (let i = 0; i < end; i++) if (isVowel(word[i])) return true;
  return false;
}

/** Marks consonant y (initial, or after a vowel) as Y. */
function markConsonantY(word: string): string {
  if (!word.includes('y')) return word;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i] ?? '';
    out += ch === 'y' && (i === 0 || isVowel(out[i - 1])) ? 'Y' : ch;
  }
  return out;
}

function step0(w: string): string {
  if (w.endsWith("'s'")) return w.slice(0, -3);
  if (w.endsWith("'s")) return w.slice(0, -2);
  return w.endsWith("'") ? w.slice(0, -1) : w;
}

function step1a(w: string): string {
  if (w.endsWith('sses')) return w.slice(0, -2);
  if (w.endsWith('ied') || w.endsWith('ies')) {
    // ties → tie but cries → cri
    return w.slice(0, -3) + (w.length > 4 ? 'i' : 'ie');
  }
  if (w.endsWith('us') || w.endsWith('ss') || !w.endsWith('s')) return w;
  // Drop s only if a vowel occurs before the letter preceding it (gas, this stay).
  return hasVowel(w, w.length - 2) ? w.slice(0, -1) : w;
}

function step1b(w: string, r1: number): string {
  const eed = w.endsWith('eedly') ? 5 : w.endsWith('eed') ? 3 : 0;
  if (eed > 0) {
    const stem = w.slice(0, -eed);
    return stem.length >= r1 && !KEEP_EED.has(stem) ? stem + 'ee' : w;
  }

  let len = 0;
  for (const suffix of ED_ING) {
    if (w.endsWith(suffix)) {
      len = suffix.length;
      break;
    }
  }
  if (len === 0) return w;
  if (len === 3 && w.endsWith('ing')) {
    const before = w.slice(0, -3);
    // dying → die, vying → vie; inning, evening stay.
    if (before.length === 2 && before[1] === 'y' && !isVowel(before[0])) return before[0] + 'ie';
    if (KEEP_ING.has(before)) return w;
  }
  if (!hasVowel(w, w.length - len)) return w;

  const stem = w.slice(0, -len);
  // Restore what the suffix removal broke: luxuriat → luxuriate, hopp → hop, hop → hope; but add, egg, off keep
  // their double letter (a lone a, e or o before it).
  if (stem.endsWith('at') || stem.endsWith('bl') || stem.endsWith('iz')) return stem + 'e';
  if (DOUBLES.has(stem.slice(-2))) {
    return stem.length === 3 && 'aeo'.includes(stem[0] ?? '') ? stem : stem.slice(0, -1);
  }
  if (r1 === stem.length && endsShortSyllable(stem, stem.length)) return stem + 'e';
  return stem;
}

function step1c(w: string): string {
  const last = w[w.length - 1];
  // cry → cri, but by and saY keep their y.
  if ((last === 'y' || last === 'Y') && w.length > 2 && !isVowel(w[w.length - 2])) {
    return w.slice(0, -1) + 'i';
  }
  return w;
}

function step2(w: string, r1: number): string {
  const suffix = longestSuffix(w, STEP2);
  if (suffix === undefined) return w;
  const start = w.length - suffix.length;
  if (start < r1) return w;
  const before = w[start - 1] ?? '';
  if (suffix === 'ogi' && before !== 'l') return w;
  if (suffix === 'li' && (before === '' || !VALID_LI.includes(before))) return w;
  return w.slice(0, start) + (STEP2.replace.get(suffix) ?? '');
}

function step3(w: string, r1: number, r2: number): string {
  const suffix = longestSuffix(w, STEP3);
  if (suffix === undefined) return w;
  const start = w.length - suffix.length;
  if (start < r1 || (suffix === 'ative' && start < r2)) return w;
  return w.slice(0, start) + (STEP3.replace.get(suffix) ?? '');
}

function step4(w: string, r2: number): string {
  const suffix = longestSuffix(w, STEP4);
  if (suffix === undefined) return w;
  const start = w.length - suffix.length;
  if (start < r2) return w;
  if (suffix === 'ion' && w[start - 1] !== 's' && w[start - 1] !== 't') return w;
  return w.slice(0, start);
}

function step5(w: string, r1: number, r2: number): string {
  const at = w.length - 1;
  if (w[at] === 'e' && (at >= r2 || (at >= r1 && !endsShortSyllable(w, at)))) {
    return w.slice(0, at);
  }
  if (w[at] === 'l' && at >= r2 && w[at - 1] === 'l') return w.slice(0, at);
  return w;
}

export function stemEnglish(word: string): string {
  const exception = EXCEPTIONS.get(word);
  if (exception !== undefined) return exception;
  if (word.length <= 2) return word;

  let w = markConsonantY(word.startsWith("'") ? word.slice(1) : word);

  const prefix = R1_PREFIXES.find((p) => w.startsWith(p));
  const r1 = prefix === undefined ? regionAfter(w, 0, isVowel) : prefix.length;
  const r2 = regionAfter(w, r1, isVowel);

  w = step1a(step0(w));
  w = step1b(w, r1);
  w = step1c(w);
  w = step2(w, r1);
  w = step3(w, r1, r2);
  w = step4(w, r2);
  w = step5(w, r1, r2);

  return w.includes('Y') ? w.replaceAll('Y', 'y') : w;
}
