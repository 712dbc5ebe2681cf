import { browser } from 'wxt/browser';
import { watchAllSitesPermission } from './all-sites-detection';
import { analyzeTab } from './analyze-tab';
import { openSidePanel } from './open-side-panel';
import { showBadge } from './badge';
import { handleMessage } from './handle-message';
import { dropTabReport } from './tab-reports';

/** Wires the background: messages, tab lifecycle, and the side panel opening from the toolbar button. */
export function startBackground(): void {
  const deps = {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    analyzeTab,
    openSidePanel,
  };
  browser.runtime.onMessage.addListener((raw, sender) => handleMessage(raw, sender, deps));
  browser.tabs.onRemoved.addListener((tabId) => void dropTabReport(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document in the tab: the old report no longer describes it. The content script reports again.
    if (change.status === 'loading' && change.url) {
      void dropTabReport(tabId);
      void showBadge(tabId, null);
    }
  });
  // Chrome: the toolbar button opens the popup; the side panel opens from the popup or the page, on a click.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior?: (o: object) => Promise<void> } } })
    .chrome?.sidePanel;
  void sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
  watchAllSitesPermission();
}
