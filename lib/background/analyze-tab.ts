import { browser } from 'wxt/browser';

/** The content script's built file (WXT names it after entrypoints/article.content.ts). */
export const CONTENT_SCRIPT_FILE = '/content-scripts/article.js';

/**
 * "Analyze this page": on any site, through activeTab. Injects the article script if it is not there yet (a second
 * injection is harmless: the script guards against it), then asks it to extract without the gate.
 */
export async function analyzeTab(tabId: number): Promise<void> {
  try {
    await browser.tabs.sendMessage(tabId, { type: 'extract-now' });
  } catch {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    await browser.tabs.sendMessage(tabId, { type: 'extract-now' });
  }
}
