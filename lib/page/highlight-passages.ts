import type { ClauseId } from '../dataset/types';
import type { HighlightPassage, HighlightResult } from '../messaging/protocol';
import { findPassage, indexPageText } from './find-passage';

/**
 * Highlights article passages with the CSS Custom Highlight API (https://drafts.csswg.org/css-highlight-api-1/):
 * no element is added to or changed in the page. Our colours come from a constructed stylesheet adopted by the
 * document, which is not a DOM node either.
 */
const ALL = 'putin-2020-source-check-passages';
const ACTIVE = 'putin-2020-source-check-active';
const STYLE = `::highlight(${ALL}) { background-color: rgba(255, 214, 102, 0.45); }
::highlight(${ACTIVE}) { background-color: rgba(255, 170, 0, 0.8); color: #000; }`;

interface Anchored {
  range: Range;
  clauseId: ClauseId;
}

let anchored: Anchored[] = [];
let sheet: CSSStyleSheet | null = null;

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function adoptStyle(doc: Document): void {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

export function highlightPassages(doc: Document, passages: HighlightPassage[], active: number | null): HighlightResult {
  clearHighlights(doc);
  if (!supported()) return { anchored: passages.map(() => false) };
  const index = indexPageText(doc);
  const ranges = passages.map((p) => findPassage(doc, index, p.text));
  anchored = ranges.flatMap((range, i) => (range ? [{ range, clauseId: passages[i]!.clauseId }] : []));
  adoptStyle(doc);
  CSS.highlights.set(ALL, new Highlight(...anchored.map((a) => a.range)));
  const activeRange = active === null ? null : ranges[active];
  if (activeRange) {
    CSS.highlights.set(ACTIVE, new Highlight(activeRange));
    const box = activeRange.getBoundingClientRect();
    window.scrollTo({ top: window.scrollY + box.top - window.innerHeight / 3, behavior: 'smooth' });
  }
  return { anchored: ranges.map((r) => r !== null) };
}

export function clearHighlights(doc: Document): void {
  anchored = [];
  if (!supported()) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(ACTIVE);
  if (sheet) {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    sheet = null;
  }
}

/** The clause of the highlighted passage under a click, if any. */
export function clauseAtPoint(doc: Document, x: number, y: number): ClauseId | null {
  if (anchored.length === 0) return null;
  const caret = caretAt(doc, x, y);
  if (!caret) return null;
  const hit = anchored.find((a) => a.range.isPointInRange(caret.node, caret.offset));
  return hit?.clauseId ?? null;
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = d.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
