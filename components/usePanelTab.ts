import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { getTabReport } from '../lib/background/tab-reports';
import { tabReportKey, type TabReport } from '../lib/messaging/protocol';

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
    const key = tabReportKey(tabId);
    const load = async () => setState({ entry: await getTabReport(tabId), loaded: true });
    void load();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && key in changes) void load();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, [tabId]);
  return state;
}
