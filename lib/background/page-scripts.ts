import { browser } from 'wxt/browser';

/** The built page scripts (WXT names them after entrypoints/gate.ts and entrypoints/extractor.ts). */
export const GATE_FILE = '/gate.js';
export const EXTRACTOR_FILE = '/extractor.js';

/** Where a page script runs: the tab's top frame, and in Chrome exactly the document that asked. */
export interface DocumentTarget {
  tabId: number;
  documentId?: string;
}

const target = ({ tabId, documentId }: DocumentTarget) =>
  documentId ? { tabId, documentIds: [documentId] } : { tabId, frameIds: [0] };

/** The gate found a candidate: bring in the extractor (a second injection only asks it to check again). */
export async function injectExtractor(doc: DocumentTarget): Promise<void> {
  await browser.scripting.executeScript({ target: target(doc) as never, files: [EXTRACTOR_FILE] });
}

/**
 * "Analyze this page": on any site, through activeTab. Brings in the gate (for this document's token and its
 * address changes) and the extractor, each a no-op where it already runs, then asks for an extraction without the
 * gate.
 */
export async function analyzeTab(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [GATE_FILE, EXTRACTOR_FILE] });
  await browser.tabs.sendMessage(tabId, { type: 'extract-now' }, { frameId: 0 });
}
