import { analyze } from '../engine/analyze';
import {
  parsePageToBackground,
  type ArticleVerdict,
  type PageToBackgroundMessage,
} from '../messaging/page-to-background';
import { parsePanelToBackground } from '../messaging/panel-to-background';
import type { ExtractedArticle, Reply } from '../messaging/protocol';
import { dropTabReport, getTabReport, saveTabReport } from '../storage/tab-reports';
import { showBadge } from './badge';
import { LatestPerTab } from './latest-per-tab';
import type { DocumentTarget } from './page-scripts';
import { TabDocuments, targetOf, type DocumentRef } from './tab-documents';

/** Who sent a message, as the browser reports it (runtime.MessageSender, reduced to what we check). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** 0 for a tab's top frame. Our page scripts run only there; anything from a frame is refused. */
  frameId?: number;
  /** Chrome: the sending document, and whether it is the active one (not prerendering, not in the back/forward cache). */
  documentId?: string;
  documentLifecycle?: string;
}

export interface BackgroundDeps {
  extensionId: string;
  extensionOrigin: string;
  analyzeTab: (tabId: number) => Promise<void>;
  openSidePanel: (tabId: number) => Promise<void>;
  injectExtractor: (doc: DocumentTarget) => Promise<void>;
  /** Asks the tab whether it still shows this document. */
  isCurrentDocument: (tabId: number, doc: DocumentRef) => Promise<boolean>;
  /** Waits until the tab's navigation is over; false if it did not end. */
  tabLoaded: (tabId: number) => Promise<boolean>;
  /** At most one analysis per tab per this many milliseconds (default 1,000). */
  analysisIntervalMs?: number;
  now?: () => number;
}

interface ArticleJob {
  article: ExtractedArticle;
  doc: DocumentRef;
}

/**
 * The background's side of the messages: checks each message's shape and its sender (page messages only from our
 * page scripts in a tab's active top document; commands only from our own extension pages), binds every report to
 * the document that sent the article, and follows the tabs so that a report goes when its document goes. Replies are
 * values, never throws.
 */
export function createBackground(deps: BackgroundDeps) {
  const documents = new TabDocuments();
  const analyses = new LatestPerTab<ArticleJob, ArticleVerdict>(
    analyzeArticle,
    deps.analysisIntervalMs ?? 1_000,
    deps.now,
  );

  async function analyzeArticle(tabId: number, { article, doc }: ArticleJob): Promise<Reply<ArticleVerdict>> {
    // A document the tab is leaving: wait until the navigation is over; by then it is gone, or it was a same-page move.
    if (documents.predatesNavigation(tabId, doc.token) && !(await deps.tabLoaded(tabId)))
      return { ok: false, error: 'the tab is navigating' };
    if (!(await deps.isCurrentDocument(tabId, doc))) return { ok: false, error: 'the document is gone' };
    const report = analyze({
      title: article.title,
      text: article.text,
      declaredLanguage: article.lang,
      published: article.published,
      dateline: article.dateline,
    });
    // Analysis takes a while on a long article: the tab may have moved on meanwhile.
    if (!(await deps.isCurrentDocument(tabId, doc))) return { ok: false, error: 'the document is gone' };
    await saveTabReport({ version: 2, tabId, url: article.url, document: doc, analyzedAt: Date.now(), report });
    await showBadge(tabId, report);
    return { ok: true, value: { verdict: report.verdict, clauses: report.clauses.length } };
  }

  async function fromPage(msg: PageToBackgroundMessage, tabId: number, sender: Sender): Promise<Reply<unknown>> {
    const doc: DocumentRef = sender.documentId ? { token: msg.doc, documentId: sender.documentId } : { token: msg.doc };
    documents.heard(tabId, doc.token);
    const leaving = documents.predatesNavigation(tabId, doc.token);
    switch (msg.type) {
      case 'candidate':
        if (leaving) return { ok: false, error: 'the tab is navigating' };
        await deps.injectExtractor(targetOf(tabId, doc));
        return { ok: true, value: null };
      case 'article':
        return analyses.submit(tabId, { article: msg.article, doc });
      case 'not-candidate': {
        if (leaving) return { ok: false, error: 'the tab is navigating' };
        analyses.cancel(tabId, 'no longer a candidate');
        await dropTabReport(tabId);
        await showBadge(tabId, null);
        return { ok: true, value: null };
      }
      case 'open-side-panel':
        await deps.openSidePanel(tabId);
        return { ok: true, value: null };
    }
  }

  async function handleMessage(raw: unknown, sender: Sender): Promise<Reply<unknown>> {
    if (sender.id !== deps.extensionId) return { ok: false, error: 'foreign sender' };
    try {
      // Our extension pages (popup, side panel, or the side panel opened in a tab where there is no sidebar).
      if (sender.url?.startsWith(deps.extensionOrigin)) {
        const msg = parsePanelToBackground(raw);
        if (!msg) return { ok: false, error: 'malformed message' };
        await deps.analyzeTab(msg.tabId);
        return { ok: true, value: null };
      }
      const msg = parsePageToBackground(raw);
      if (!msg) return { ok: false, error: 'malformed message' };
      const tabId = sender.tab?.id;
      if (tabId === undefined || (sender.frameId ?? 0) !== 0)
        return { ok: false, error: "page messages come from a tab's top frame only" };
      if (sender.documentLifecycle !== undefined && sender.documentLifecycle !== 'active')
        return { ok: false, error: 'page messages come from the active document only' };
      return await fromPage(msg, tabId, sender);
    } catch (e) {
      return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
  }

  /** tabs.onUpdated: a navigation starts, or the tab's document changed or finished loading. */
  async function tabUpdated(tabId: number, change: { status?: string; url?: string }): Promise<void> {
    if (change.status === 'loading') documents.navigationStarted(tabId);
    if (change.status === 'loading' && change.url) {
      // A new document in the tab: the old report no longer describes it. The page scripts report again.
      analyses.cancel(tabId, 'the tab is navigating');
      await dropTabReport(tabId);
      await showBadge(tabId, null);
      return;
    }
    if (change.status === 'complete' || change.url) {
      // Whatever started the change, a report stays only while its document is the one the tab shows.
      const stored = await getTabReport(tabId);
      if (stored && !(await deps.isCurrentDocument(tabId, stored.document))) {
        await dropTabReport(tabId);
        await showBadge(tabId, null);
      }
    }
  }

  async function tabRemoved(tabId: number): Promise<void> {
    analyses.cancel(tabId, 'the tab is closed');
    documents.forget(tabId);
    await dropTabReport(tabId);
  }

  return { handleMessage, tabUpdated, tabRemoved };
}
