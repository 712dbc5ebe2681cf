import { Window } from 'happy-dom';
import { GATE_SLICE, gate } from '../../lib/page/gate';
import type { BenchPage } from './bench-pages';
import { compare } from './measure';

/**
 * The gate on pages that are not about the proposal (what almost every listed page is), against the floor of reading
 * the body's text once. happy-dom, because its TreeWalker walks lazily as browsers' do; linkedom's collects every
 * node of the document when it is created, which would charge the gate for the whole page.
 */
export interface GateRow {
  page: string;
  textChars: number;
  elements: number;
  /** Characters of body text the gate read. */
  read: number;
  gateMs: number;
  floorMs: number;
  ratio: number;
}

export interface GateFigures {
  dom: 'happy-dom';
  floor: 'document.body.textContent';
  slice: number;
  rows: GateRow[];
  /** The slowest gate on a page larger than the slice over the gate on the smallest such page: ~1 if bounded. */
  growthBeyondSlice: number;
}

export async function benchGate(pages: readonly BenchPage[]): Promise<GateFigures> {
  const rows: GateRow[] = [];
  for (const page of pages) {
    const window = new Window({ url: 'https://www.example-news.com/' });
    const doc = new window.DOMParser().parseFromString(page.html, 'text/html') as unknown as Document;
    const verdict = gate(doc);
    if (verdict.candidate) throw new Error(`the ${page.label} page must not be a candidate: the benchmark is wrong`);
    const textChars = doc.body.textContent?.length ?? 0;
    const c = compare(
      () => gate(doc),
      () => doc.body.textContent,
    );
    rows.push({
      page: page.label,
      textChars,
      elements: doc.getElementsByTagName('*').length,
      read: verdict.read,
      gateMs: c.subject.median,
      floorMs: c.floor.median,
      ratio: c.ratio,
    });
    await window.happyDOM.close();
  }
  const beyond = rows.filter((r) => r.textChars > GATE_SLICE);
  const growth = growthBeyond(beyond);
  return { dom: 'happy-dom', floor: 'document.body.textContent', slice: GATE_SLICE, rows, growthBeyondSlice: growth };
}

/** How much the gate grows past the slice: slowest over first of the pages larger than it (rows in size order). */
export function growthBeyond(rows: readonly { gateMs: number }[]): number {
  if (rows.length < 2) return Number.NaN;
  return Math.max(...rows.map((r) => r.gateMs)) / rows[0]!.gateMs;
}
