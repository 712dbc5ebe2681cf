import { browser } from 'wxt/browser';

type SidePanelApi = { open: (options: { tabId: number }) => Promise<void> };
type SidebarApi = { open: () => Promise<void> };

/**
 * Opens the report next to the article: Chrome's side panel for the tab, or Firefox's sidebar. Both need the user
 * gesture of the click that sent the message (Chrome carries it over from a content-script click).
 */
export async function openSidePanel(tabId: number): Promise<void> {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  if (chromeSidePanel) return chromeSidePanel.open({ tabId });
  const sidebar = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
  if (sidebar) return sidebar.open();
  throw new Error('This browser has no side panel');
}
