/**
 * Finds a passage of the extracted article in the live page and returns a Range over it, without changing the page.
 * The passage text was whitespace-collapsed by extraction, so the page's text is collapsed the same way, keeping a
 * map from each collapsed character back to its text node and offset.
 */
export interface PageTextIndex {
  text: string;
  nodes: Text[];
  /** For collapsed character i: index into `nodes` and offset within that node. */
  nodeOf: Uint32Array;
  offsetOf: Uint32Array;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** Index at most this much page text: far beyond any article, and bounded on hostile pages. */
const MAX_INDEXED = 3_000_000;

export function indexPageText(doc: Document): PageTextIndex {
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let lastWasSpace = true;
  for (
    let node = walker.nextNode() as Text | null;
    node && chars.length < MAX_INDEXED;
    node = walker.nextNode() as Text | null
  ) {
    if (node.parentElement && SKIP.has(node.parentElement.nodeName)) continue;
    const value = node.data;
    const n = nodes.push(node) - 1;
    for (let i = 0; i < value.length; i++) {
      // Soft hyphens only say where the page may break a word: a passage matches with or without them.
      if (value.charCodeAt(i) === 0xad) continue;
      const isSpace = /\s/.test(value[i]!);
      if (isSpace && lastWasSpace) continue;
      chars.push(isSpace ? ' ' : value[i]!);
      nodeOf.push(n);
      offsetOf.push(i);
      lastWasSpace = isSpace;
    }
  }
  return { text: chars.join(''), nodes, nodeOf: Uint32Array.from(nodeOf), offsetOf: Uint32Array.from(offsetOf) };
}

/** A Range over the passage in the page, or null when the page no longer contains it. */
export function findPassage(doc: Document, index: PageTextIndex, passage: string): Range | null {
  const needle = passage
    .replace(/\u00AD/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!needle) return null;
  let at = index.text.indexOf(needle);
  let length = needle.length;
  if (at < 0) {
    // Pages sometimes split a sentence across elements without a space ("word.</p><p>Next"); try its two ends.
    const head = needle.slice(0, Math.min(80, needle.length));
    const tail = needle.slice(-Math.min(80, needle.length));
    const headAt = index.text.indexOf(head);
    const tailAt = headAt < 0 ? -1 : index.text.indexOf(tail, headAt);
    if (headAt < 0 || tailAt < 0 || tailAt - headAt > needle.length * 2) return null;
    at = headAt;
    length = tailAt + tail.length - headAt;
  }
  const first = at;
  const last = at + length - 1;
  const range = doc.createRange();
  range.setStart(index.nodes[index.nodeOf[first]!]!, index.offsetOf[first]!);
  range.setEnd(index.nodes[index.nodeOf[last]!]!, index.offsetOf[last]! + 1);
  return range;
}
