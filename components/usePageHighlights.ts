import { useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ClauseId } from '../lib/dataset/types';
import type { Report } from '../lib/engine/report';
import { parsePageToPanel } from '../lib/messaging/page-to-panel';
import type { HighlightPassage, Reply, ReplyOf, RequestOf } from '../lib/messaging/protocol';
import type { ToPage, ToPageMessage } from '../lib/messaging/to-page';

/**
 * Keeps the page's highlights in step with the panel: every matched passage highlighted while there is a report,
 * none when there is not; a click on a highlight in the page selects its clause here. Returns "show in page", which
 * emphasises one passage and tells whether it was still found.
 */
export function usePageHighlights(
  tabId: number | null,
  loaded: boolean,
  report: Report | null,
  onPassageClicked: (clauseId: ClauseId) => void,
): { showInPage: (passage: HighlightPassage) => Promise<boolean> } {
  const passages = useMemo(() => passagesOf(report), [report]);

  useEffect(() => {
    if (tabId === null || !loaded) return;
    const message: ToPageMessage = report
      ? { type: 'highlight', passages, active: null }
      : { type: 'clear-highlights' };
    browser.tabs.sendMessage(tabId, message).catch(() => undefined);
  }, [tabId, loaded, report, passages]);

  useEffect(() => {
    const onMessage = (raw: unknown, sender: { id?: string; tab?: { id?: number } }) => {
      const msg = parsePageToPanel(raw);
      if (msg?.type !== 'passage-clicked' || sender.id !== browser.runtime.id || sender.tab?.id !== tabId)
        return undefined;
      onPassageClicked(msg.clauseId);
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, [tabId, onPassageClicked]);

  const showInPage = async (passage: HighlightPassage): Promise<boolean> => {
    if (tabId === null) return false;
    const active = passages.findIndex((p) => p.text === passage.text && p.clauseId === passage.clauseId);
    try {
      const message: RequestOf<ToPage, 'highlight'> = { type: 'highlight', passages, active };
      const reply = (await browser.tabs.sendMessage(tabId, message)) as Reply<ReplyOf<ToPage, 'highlight'>>;
      return reply.ok && reply.value.anchored[active] === true;
    } catch {
      return false;
    }
  };
  return { showInPage };
}

function passagesOf(report: Report | null): HighlightPassage[] {
  return report ? report.clauses.flatMap((c) => c.passages.map((p) => ({ text: p.text, clauseId: c.id }))) : [];
}
