const PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '„': '“', '‹': '›' };
/** An unclosed quotation mark closes itself after this many characters. */
const MAX_QUOTE = 1500;

/**
 * Finds quoted spans («…», "…", “…”, „…“) and returns a lookup telling whether an offset is inside one.
 * Linear in the text; the lookup is a binary search.
 */
export function quotationLookup(text: string): (offset: number) => boolean {
  const starts: number[] = [];
  const ends: number[] = [];
  let open = -1;
  let close = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (open >= 0) {
      if (ch === close) {
        starts.push(open);
        ends.push(i);
        open = -1;
      } else if (i - open > MAX_QUOTE || ch === '\n') open = -1;
    } else if (ch in PAIRS) {
      open = i;
      close = PAIRS[ch]!;
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
