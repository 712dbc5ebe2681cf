import { browser } from 'wxt/browser';
import { isObject, isTabId, type MessageOf, type Reply, type ReplyOf, type RequestOf } from './protocol';

/** The popup and the side panel → the background. */
export type PanelToBackground = {
  /** "Analyze this page": analyse this tab now (activeTab), skipping the gate. */
  'analyze-tab': { request: { tabId: number }; reply: null };
};
export type PanelToBackgroundMessage = MessageOf<PanelToBackground>;

export function parsePanelToBackground(value: unknown): PanelToBackgroundMessage | null {
  if (!isObject(value)) return null;
  switch (value.type) {
    case 'analyze-tab':
      return isTabId(value.tabId) ? { type: 'analyze-tab', tabId: value.tabId } : null;
    default:
      return null;
  }
}

/** Sends a panel message to the background and returns its typed reply (a failure to deliver is a reply too). */
export async function askBackground<K extends keyof PanelToBackground & string>(
  message: RequestOf<PanelToBackground, K>,
): Promise<Reply<ReplyOf<PanelToBackground, K>>> {
  try {
    return (await browser.runtime.sendMessage(message)) as Reply<ReplyOf<PanelToBackground, K>>;
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}
