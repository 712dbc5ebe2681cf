import { useEffect } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { isClauseId, type ClauseId } from '../lib/dataset/types';
import { PANEL_FOCUS_KEY } from '../lib/messaging/protocol';

/** The popup may have asked the panel to open on one clause (a hand-off through session storage): select it once. */
export function usePanelFocus(tabId: number | null, select: (id: ClauseId) => void): void {
  useEffect(() => {
    if (tabId === null) return;
    void browser.storage.session.get(PANEL_FOCUS_KEY).then((got) => {
      const focus = got[PANEL_FOCUS_KEY] as { tabId?: number; clauseId?: unknown } | undefined;
      if (focus?.tabId !== tabId || !isClauseId(focus.clauseId)) return;
      select(focus.clauseId);
      void browser.storage.session.remove(PANEL_FOCUS_KEY);
    });
  }, [tabId]);
}
