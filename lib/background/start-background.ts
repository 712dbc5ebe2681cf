import { browser } from 'wxt/browser';
import { watchAllSitesPermission } from './all-sites-detection';
import { createBackground } from './handle-message';
import { openSidePanel } from '../messaging/open-side-panel';
import { analyzeTab, injectExtractor } from './page-scripts';
import { isCurrentDocument, tabLoaded } from './tab-documents';

/** Wires the background: messages, tab lifecycle, and the side panel opening from the toolbar button. */
export function startBackground(): void {
  const background = createBackground({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    analyzeTab,
    openSidePanel,
    injectExtractor,
    isCurrentDocument,
    tabLoaded,
  });
  browser.runtime.onMessage.addListener((raw, sender) => background.handleMessage(raw, sender));
  browser.tabs.onRemoved.addListener((tabId) => void background.tabRemoved(tabId).catch(() => undefined));
  browser.tabs.onUpdated.addListener(
    (tabId, change) => void background.tabUpdated(tabId, change).catch(() => undefined),
  );
  // Chrome: the toolbar button opens the popup; the side panel opens from the popup or the page, on a click.
  const sidePanel = (globalThis as { chrome?: { sidePanel?: { setPanelBehavior?: (o: object) => Promise<void> } } })
    .chrome?.sidePanel;
  void sidePanel?.setPanelBehavior?.({ openPanelOnActionClick: false }).catch(() => undefined);
  watchAllSitesPermission();
}
