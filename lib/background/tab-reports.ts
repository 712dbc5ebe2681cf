import { browser } from 'wxt/browser';
import { tabReportKey, type TabReport } from '../messaging/protocol';

/**
 * Per-tab reports live in storage.session: in memory only, gone when the browser closes, dropped when the tab
 * closes or navigates. The side panel and popup read them from there.
 */
export async function saveTabReport(entry: TabReport): Promise<void> {
  await browser.storage.session.set({ [tabReportKey(entry.tabId)]: entry });
}

export async function getTabReport(tabId: number): Promise<TabReport | null> {
  const key = tabReportKey(tabId);
  const got = await browser.storage.session.get(key);
  return (got[key] as TabReport | undefined) ?? null;
}

export async function dropTabReport(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabReportKey(tabId));
}
