// Snowball Russian stemmer, written from the algorithm description at
// https://snowballstem.org/algorithms/russian/stemmer.html
//
// All suffix removal happens inside RV (after the first vowel); the
// derivational step additionally needs R2. Input is a lower-cased word.
import { regionAfter } from './snowball-region';

const VOWELS = 'аеиоуыэюя';

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}

/** An ending; `afterAYa` marks "group 1" endings, which count only after а or я (kept). */
interface Ending {
  readonly length: number;
  readonly afterAYa: boolean;
}

/** Endings keyed by text, plus their distinct lengths, longest first. */
interface EndingTable {
  readonly byText: ReadonlyMap<string, Ending>;
  readonly lengths: readonly number[];
}

/** Builds a table from space-separated endings: plain ones, then group-1 ones. */
function table(plain: string, afterAYa = ''): EndingTable {
  const byText = new Map<string, Ending>();
  const add = (list: string, group1: boolean): void => {
    for (const s of list.split(' ')) if (s) byText.set(s, { length: s.length, afterAYa: group1 });
  };
  add(plain, false);
  add(afterAYa, true);
  // Snowball always takes the longest matching ending, so try long ones first.
  const lengths = [...new Set([...byText.keys()].map((s) => s.length))].sort((a, b) => b - a);
  return { byText, lengths };
}

const PERFECTIVE_GERUND = table('ив ивши ившись ыв ывши ывшись', 'в вши вшись');
const REFLEXIVE = table('ся сь');
const ADJECTIVE = table('ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею');
const PARTICIPLE = table('ивш ывш ующ', 'ем нн вш ющ щ');
const VERB = table(
  'ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю',
  'ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно',
);
const NOUN = table(
  'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я',
);
const SUPERLATIVE = table('ейш ейше');
const DERIVATIONAL = table('ост ость');

/**
 * Where the word would end after removing the longest ending from `t` that
 * lies wholly at or after `limit`; -1 if there is none. A group-1 ending
 * without а/я (inside the limit) before it fails outright: like Snowball's
 * `among`, we do not fall back to a shorter ending.
 */
function strip(word: string, t: EndingTable, limit: number): number {
  for (const len of t.lengths) {
    const start = word.length - len;
    if (start < limit) continue;
    const ending = t.byText.get(word.slice(start));
    if (ending === undefined) continue;
    if (!ending.afterAYa) return start;
    const before = word[start - 1];
    return start - 1 >= limit && (before === 'а' || before === 'я') ? start : -1;
  }
  return -1;
}

/** Step 1 without the perfective gerund: ADJECTIVAL, else VERB, else NOUN. */
function stripInflection(word: string, rv: number): string {
  const adjective = strip(word, ADJECTIVE, rv);
  if (adjective >= 0) {
    const w = word.slice(0, adjective);
    // A participle suffix may sit under the adjective ending (-вш-ий, -ющ-ий).
    const participle = strip(w, PARTICIPLE, rv);
    return participle >= 0 ? w.slice(0, participle) : w;
  }
  const verb = strip(word, VERB, rv);
  if (verb >= 0) return word.slice(0, verb);
  const noun = strip(word, NOUN, rv);
  return noun >= 0 ? word.slice(0, noun) : word;
}

export function stemRussian(word: string): string {
  // The algorithm is defined on text where ё is written as е.
  let w = word.includes('ё') ? word.replaceAll('ё', 'е') : word;

  let rv = w.length;
  for (let i = 0; i < w.length; i++) {
    if (isVowel(w[i])) {
      rv = i + 1;
      break;
    }
  }
  const r2 = regionAfter(w, regionAfter(w, 0, isVowel), isVowel);

  // Step 1: a perfective gerund ends the step; otherwise drop a reflexive
  // ending and then one adjectival / verb / noun ending.
  const gerund = strip(w, PERFECTIVE_GERUND, rv);
  if (gerund >= 0) {
    w = w.slice(0, gerund);
  } else {
    const reflexive = strip(w, REFLEXIVE, rv);
    if (reflexive >= 0) w = w.slice(0, reflexive);
    w = stripInflection(w, rv);
  }

  // Step 2: a final и.
  if (w.length - 1 >= rv && w.endsWith('и')) w = w.slice(0, -1);

  // Step 3: -ост(ь), only when wholly in R2.
  const derivational = strip(w, DERIVATIONAL, r2);
  if (derivational >= 0) w = w.slice(0, derivational);

  // Step 4: superlative (then undouble н), or undouble н, or a final ь.
  const superlative = strip(w, SUPERLATIVE, rv);
  if (superlative >= 0) w = w.slice(0, superlative);
  if (w.length - 2 >= rv && w.endsWith('нн')) w = w.slice(0, -1);
  else if (superlative < 0 && w.length - 1 >= rv && w.endsWith('ь')) w = w.slice(0, -1);

  return w;
}
