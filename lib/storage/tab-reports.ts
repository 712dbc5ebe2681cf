import { browser } from 'wxt/browser';
import type { Report } from '../engine/report';
import { capReport, capString, STORED_LIMITS } from './stored-report';

/**
 * Per-tab reports live in storage.session: in memory only, gone when the browser closes, dropped when the tab
 * closes or its document goes. Each is bound to the document it describes, so the background can tell whether the
 * tab still shows it. The side panel and popup read them from here.
 */
export interface TabReport {
  version: 2;
  tabId: number;
  /** The address of the page the report describes, as it was when extracted (shown in the side panel). */
  url: string;
  /** The document that sent the article: our own per-document token, and Chrome's documentId where there is one. */
  document: { token: string; documentId?: string };
  analyzedAt: number;
  report: Report;
}

const PREFIX = 'report:';
export const tabReportKey = (tabId: number) => `${PREFIX}${tabId}`;

/** How many of the oldest other tabs' reports to give up, at most, to make room for a new one. */
const MAX_EVICTIONS = 64;

/** A stored value in the current shape, or null: version 1 reports were bound to no document and are not kept. */
export function migrateTabReport(stored: unknown): TabReport | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const s = stored as Partial<TabReport>;
  if (s.version !== 2 || typeof s.tabId !== 'number' || typeof s.url !== 'string') return null;
  if (typeof s.document?.token !== 'string' || typeof s.report !== 'object' || s.report === null) return null;
  return s as TabReport;
}

export async function saveTabReport(entry: TabReport): Promise<void> {
  const value: TabReport = {
    ...entry,
    url: capString(entry.url, STORED_LIMITS.url),
    report: capReport(entry.report),
  };
  for (let evicted = 0; ; evicted++) {
    try {
      await browser.storage.session.set({ [tabReportKey(entry.tabId)]: value });
      return;
    } catch (e) {
      // Full (the quota is for all tabs together): the reports analysed longest ago make room for this one.
      if (evicted >= MAX_EVICTIONS || !isQuotaError(e) || !(await evictOldest(entry.tabId))) throw e;
    }
  }
}

export async function getTabReport(tabId: number): Promise<TabReport | null> {
  const key = tabReportKey(tabId);
  const got = await browser.storage.session.get(key);
  return migrateTabReport(got[key]);
}

export async function dropTabReport(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabReportKey(tabId));
}

/** Calls `onChange` whenever the tab's stored report is replaced or dropped; returns the function that stops it. */
export function watchTabReport(tabId: number, onChange: () => void): () => void {
  const key = tabReportKey(tabId);
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && key in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

function isQuotaError(e: unknown): boolean {
  return /quota/i.test(e instanceof Error ? e.message : String(e));
}

/** Removes the report analysed longest ago, other than `keepTabId`'s; false when there is none to remove. */
async function evictOldest(keepTabId: number): Promise<boolean> {
  const all = await browser.storage.session.get(null);
  let oldest: { key: string; at: number } | null = null;
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PREFIX) || key === tabReportKey(keepTabId)) continue;
    const at = (value as { analyzedAt?: unknown } | null)?.analyzedAt;
    const time = typeof at === 'number' ? at : 0;
    if (!oldest || time < oldest.at) oldest = { key, at: time };
  }
  if (!oldest) return false;
  await browser.storage.session.remove(oldest.key);
  return true;
}
