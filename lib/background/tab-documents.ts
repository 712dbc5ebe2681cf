import { browser } from 'wxt/browser';
import type { ToPage } from '../messaging/to-page';
import type { Reply } from '../messaging/protocol';
import type { DocumentTarget } from './page-scripts';

/** A document as the background knows it: our token from its page script, and Chrome's documentId if any. */
export interface DocumentRef {
  token: string;
  documentId?: string;
}

/** Tokens remembered per tab: enough for any real sequence of navigations between two checks. */
const TOKENS_PER_TAB = 16;

/**
 * Which documents each tab has shown, and when its last navigation started. A document first heard from before a
 * tab's navigation started is the one being left: until that navigation is over, nothing it says is trusted (a page
 * being left must not put its report on the next one).
 */
export class TabDocuments {
  private tabs = new Map<number, { navigationStartedAt: number; firstHeard: Map<string, number> }>();
  /** Orders what happened (a clock could give two events the same time). */
  private sequence = 0;

  heard(tabId: number, token: string): void {
    const tab = this.tab(tabId);
    if (tab.firstHeard.has(token)) return;
    tab.firstHeard.set(token, ++this.sequence);
    if (tab.firstHeard.size > TOKENS_PER_TAB) tab.firstHeard.delete(tab.firstHeard.keys().next().value!);
  }

  navigationStarted(tabId: number): void {
    this.tab(tabId).navigationStartedAt = ++this.sequence;
  }

  /** True for a document that the tab may be leaving (or has left). */
  predatesNavigation(tabId: number, token: string): boolean {
    const tab = this.tabs.get(tabId);
    const first = tab?.firstHeard.get(token);
    return tab !== undefined && first !== undefined && first < tab.navigationStartedAt;
  }

  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }

  private tab(tabId: number) {
    let tab = this.tabs.get(tabId);
    if (!tab) this.tabs.set(tabId, (tab = { navigationStartedAt: -Infinity, firstHeard: new Map() }));
    return tab;
  }
}

/**
 * Whether the tab's top frame still shows this document, asked of the document itself: in Chrome the message goes to
 * that documentId only (it fails once the document is gone or cached); everywhere the gate answers with its token.
 */
export async function isCurrentDocument(tabId: number, doc: DocumentRef): Promise<boolean> {
  try {
    const options = doc.documentId ? { documentId: doc.documentId } : { frameId: 0 };
    const reply = (await browser.tabs.sendMessage(tabId, { type: 'document' }, options as never)) as
      Reply<ToPage['document']['reply']> | undefined;
    return reply?.ok === true && reply.value.token === doc.token;
  } catch {
    return false;
  }
}

/** Waits (at most `timeoutMs`) until the tab has finished loading; false if it did not or is gone. */
export async function tabLoaded(tabId: number, timeoutMs = 20_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = await browser.tabs.get(tabId).then(
      (t) => t.status,
      () => null,
    );
    if (status === 'complete') return true;
    if (status === null || Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 250));
  }
}

export const targetOf = (tabId: number, doc: DocumentRef): DocumentTarget =>
  doc.documentId ? { tabId, documentId: doc.documentId } : { tabId };
