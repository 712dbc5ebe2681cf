import { isRightToLeft } from '../text/languages';
import type { MatchLanguage, UiLanguage } from './types';

/**
 * Dataset prose may quote words in another language: `{en|high-level}`, `{ar|معاهدة}`, `{ru|одобрить}`. The marker
 * says which language the quoted words are in, so the UI can give them their own `lang` and isolate their direction
 * (an English quote inside an Arabic sentence must not pull the sentence's punctuation around), and plain-text
 * outputs can drop the marker. Markers never nest.
 */
export interface TextRun {
  text: string;
  /** Set on a quoted run in another language than the text around it. */
  lang?: UiLanguage;
}

const MARKER = /\{(ar|en|ru)\|([^{}|]+)\}/g;

/** Splits marked-up dataset prose into runs; the runs' text joined is `plainText(text)`. */
export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(MARKER)) {
    if (m.index > at) runs.push({ text: text.slice(at, m.index) });
    runs.push({ text: m[2]!, lang: m[1] as UiLanguage });
    at = m.index + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

/** The prose without markers, for search, Markdown and citations. */
export function plainText(text: string): string {
  return text.replace(MARKER, '$2');
}

/** Text that looks like a marker but is not a well-formed one (a stray brace or pipe): a dataset error. */
export function malformedMarkers(text: string): string[] {
  const rest = text.replace(MARKER, '');
  return rest.match(/[{}|][^{}|]{0,20}/g) ?? [];
}

const STRONG_RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/u;
const STRONG_LTR = /[A-Za-z\u00c0-\u024f\u0370-\u04ff]/u;

/** The direction of a text by its first strong letter (as `dir="auto"` decides); null for digits and punctuation only. */
export function textDirection(text: string): 'ltr' | 'rtl' | null {
  for (const ch of text) {
    if (STRONG_RTL.test(ch)) return 'rtl';
    if (STRONG_LTR.test(ch)) return 'ltr';
  }
  return null;
}

/** The direction a language is written in. */
export function directionOf(lang: MatchLanguage): 'ltr' | 'rtl' {
  return isRightToLeft(lang) ? 'rtl' : 'ltr';
}

/** Which of the three languages a text's letters are mostly in (Arabic, Cyrillic or Latin script); null without letters. */
export function scriptLanguage(text: string): UiLanguage | null {
  const counts = { ar: 0, en: 0, ru: 0 };
  for (const ch of text) {
    if (/[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/u.test(ch)) counts.ar++;
    else if (/[\u0400-\u04ff]/u.test(ch)) counts.ru++;
    else if (/[A-Za-z\u00c0-\u024f]/u.test(ch)) counts.en++;
  }
  const best = (Object.keys(counts) as UiLanguage[]).sort((a, b) => counts[b] - counts[a])[0]!;
  return counts[best] > 0 ? best : null;
}
