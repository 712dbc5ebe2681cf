import { analyze } from '../engine/analyze';
import { parseMessage, type Reply } from '../messaging/protocol';
import { showBadge } from './badge';
import { dropTabReport, saveTabReport } from './tab-reports';

/** Who sent a message, as the browser reports it (runtime.MessageSender, reduced to what we check). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  /** 0 for a tab's top frame. Our article script runs only there; anything from a frame is refused. */
  frameId?: number;
}

/** The tab a page message speaks for: only our content script in the tab's top frame may speak for it. */
function topFrameTab(sender: Sender): number | null {
  const tabId = sender.tab?.id;
  return tabId !== undefined && (sender.frameId ?? 0) === 0 ? tabId : null;
}

export interface BackgroundDeps {
  extensionId: string;
  extensionOrigin: string;
  analyzeTab: (tabId: number) => Promise<void>;
  openSidePanel: (tabId: number) => Promise<void>;
}

/**
 * Routes one received message. The shape is checked, and so is the sender: article reports only from a content
 * script in a tab of ours, commands only from our own extension pages. Replies are values, never throws.
 */
export async function handleMessage(raw: unknown, sender: Sender, deps: BackgroundDeps): Promise<Reply<unknown>> {
  const msg = parseMessage(raw);
  if (!msg) return { ok: false, error: 'malformed message' };
  if (sender.id !== deps.extensionId) return { ok: false, error: 'foreign sender' };
  try {
    switch (msg.type) {
      case 'article': {
        const tabId = topFrameTab(sender);
        if (tabId === null) return { ok: false, error: "article reports come from a tab's top frame only" };
        const report = analyze({
          title: msg.article.title,
          text: msg.article.text,
          declaredLanguage: msg.article.lang,
          published: msg.article.published,
        });
        await saveTabReport({ tabId, url: msg.article.url, analyzedAt: Date.now(), report, text: msg.article.text });
        await showBadge(tabId, report);
        return { ok: true, value: { verdict: report.verdict, clauses: report.clauses.length } };
      }
      case 'not-candidate': {
        const tabId = topFrameTab(sender);
        if (tabId === null) return { ok: false, error: "page reports come from a tab's top frame only" };
        await dropTabReport(tabId);
        await showBadge(tabId, null);
        return { ok: true, value: null };
      }
      case 'analyze-tab':
        if (sender.tab !== undefined || !sender.url?.startsWith(deps.extensionOrigin)) {
          return { ok: false, error: 'only the extension pages may ask for an analysis' };
        }
        await deps.analyzeTab(msg.tabId);
        return { ok: true, value: null };
      case 'open-side-panel': {
        const tabId = topFrameTab(sender);
        if (tabId === null) return { ok: false, error: "the in-page button sends this from a tab's top frame" };
        await deps.openSidePanel(tabId);
        return { ok: true, value: null };
      }
      case 'extract-now':
      case 'highlight':
      case 'clear-highlights':
      case 'passage-clicked':
        return { ok: false, error: `${msg.type} is not for the background` };
    }
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
