import { browser } from 'wxt/browser';

type SidePanelApi = { open: (options: { tabId: number }) => Promise<void> };
type SidebarApi = { open: () => Promise<void> };

/**
 * Opens the report next to the article: Chrome's side panel for the tab, or Firefox's sidebar, or else the panel
 * page in a tab. The first two need the user gesture of the click that sent the message (Chrome carries it over
 * from a content-script click).
 */
export async function openSidePanel(tabId: number): Promise<void> {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  if (chromeSidePanel) return chromeSidePanel.open({ tabId });
  const sidebar = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
  try {
    if (sidebar) return await sidebar.open();
  } catch {
    // Firefox does not carry a page click through a message, so sidebarAction.open() is refused for the in-page
    // button: show the same report in a tab beside the article instead.
  }
  await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?tabId=${tabId}`), openerTabId: tabId });
}
