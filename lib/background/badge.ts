import { browser } from 'wxt/browser';
import type { Report } from '../engine/report';

// MV2 Firefox has browserAction where MV3 has action.
const action = () => browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/** The badge shows how many of the statement's clauses the article refers to; empty when it is unrelated. */
export function badgeText(report: Report | null): string {
  if (!report || report.verdict === 'unrelated' || report.clauses.length === 0) return '';
  return String(report.clauses.length);
}

export async function showBadge(tabId: number, report: Report | null): Promise<void> {
  const a = action();
  await a.setBadgeText({ tabId, text: badgeText(report) });
  if (report && report.verdict !== 'unrelated') {
    await a.setBadgeBackgroundColor({ tabId, color: report.verdict === 'about' ? '#1d4ed8' : '#6b7280' });
  }
}
