import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getTabReport, watchTabReport, type TabReport } from '../lib/storage/tab-reports';

/** The tab the panel follows: fixed (?tabId=), or the active tab of this window, following switches. */
export function usePanelTab(fixedTabId: number | null): number | null {
  const [tabId, setTabId] = useState<number | null>(fixedTabId);
  useEffect(() => {
    if (fixedTabId !== null) return;
    const follow = async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      setTabId(tab?.id ?? null);
    };
    void follow();
    const onActivated = () => void follow();
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [fixedTabId]);
  return tabId;
}

/** The tab's stored report, kept current as the background replaces or drops it (navigation, re-analysis). */
export function useTabReport(tabId: number | null): { entry: TabReport | null; loaded: boolean } {
  const [state, setState] = useState<{ entry: TabReport | null; loaded: boolean }>({ entry: null, loaded: false });
  useEffect(() => {
    if (tabId === null) return;
    const load = async () => setState({ entry: await getTabReport(tabId), loaded: true });
    void load();
    return watchTabReport(tabId, () => void load());
  }, [tabId]);
  return state;
}
