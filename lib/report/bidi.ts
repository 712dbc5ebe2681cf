import { textDirection } from '../dataset/mixed-text';

const FSI = '\u2068';
const PDI = '\u2069';

/**
 * Plain-text counterpart of `<bdi>`: wraps a run in first-strong isolates (https://www.unicode.org/reports/tr9/) when
 * it runs the other way from the line it is pasted into, so an English passage or a URL inside an Arabic line (or an
 * Arabic quotation inside a Russian one) keeps its punctuation and word order wherever the report is pasted.
 */
export function isolateIn(lineDirection: 'ltr' | 'rtl', run: string): string {
  const dir = textDirection(run);
  return dir !== null && dir !== lineDirection ? `${FSI}${run}${PDI}` : run;
}

/** The report without its isolates (for comparing and searching). */
export function withoutIsolates(text: string): string {
  return text.replace(/[\u2066-\u2069]/g, '');
}
