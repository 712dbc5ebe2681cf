import { useEffect } from 'preact/hooks';
import type { ClauseId } from '../lib/dataset/types';
import { takePanelFocus } from '../lib/storage/panel-focus';

/** The popup may have asked the panel to open on one clause (a hand-off through session storage): select it once. */
export function usePanelFocus(tabId: number | null, select: (id: ClauseId) => void): void {
  useEffect(() => {
    if (tabId === null) return;
    void takePanelFocus(tabId).then((clauseId) => clauseId && select(clauseId));
  }, [tabId]);
}
