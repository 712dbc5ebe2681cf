import { QUOTE_CLOSER as CLOSER, isOpeningQuote } from './quotation-marks';

/** An unclosed quotation mark closes itself after this many characters. */
const MAX_QUOTE = 1500;
const NEWLINE = 0x0a;

/**
 * Finds quoted spans («…», "…", “…”, „…“) and returns a lookup telling whether an offset is inside one.
 * Linear in the text; the lookup is a binary search.
 */
export function quotationLookup(text: string): (offset: number) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  let open = -1;
  let close = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (open >= 0) {
      if (c === close) {
        starts.push(open);
        ends.push(i);
        open = -1;
      } else if (i - open > MAX_QUOTE || c === NEWLINE) open = -1;
    } else if (isOpeningQuote(c)) {
      open = i;
      close = CLOSER.get(c)!;
    }
  }
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < starts[mid]!) hi = mid - 1;
      else if (offset > ends[mid]!) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
