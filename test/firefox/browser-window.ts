import type { BidiConnection } from './bidi-connection';
import { callIn } from './bidi-tabs';

/**
 * What Firefox's own window shows of the add-on: the toolbar button's badge and the sidebar. Read from the browser
 * window's document (BiDi's chrome scope, which needs `--remote-allow-system-access`), as the reader sees them.
 */
async function browserWindow(bidi: BidiConnection): Promise<string> {
  const { contexts } = await bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {
    'moz:scope': 'chrome',
    maxDepth: 0,
  });
  const window = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('No browser window in the chrome scope');
  return window.context;
}

/**
 * The badge on our toolbar button for the selected tab: '' when there is none, null when the button is not in the
 * toolbar at all (Firefox keeps the badge text in the button's `badge` attribute).
 */
export async function toolbarBadge(bidi: BidiConnection, addonId: string): Promise<string | null> {
  return callIn(
    bidi,
    await browserWindow(bidi),
    (id: string) => {
      const button = document.querySelector(
        `#nav-bar toolbarbutton.unified-extensions-item-action-button[data-extensionid="${CSS.escape(id)}"]`,
      );
      return button ? (button.getAttribute('badge') ?? '') : null;
    },
    addonId,
  );
}

/** Firefox's sidebar controller, as the browser window's scripts see it (SidebarUI before Firefox 130). */
interface Sidebar {
  readonly isOpen: boolean;
  readonly currentID: string;
  hide: () => void;
}

/** The id of the sidebar panel shown in the window ('' when the sidebar is closed). */
export async function openSidebar(bidi: BidiConnection): Promise<string> {
  return callIn(bidi, await browserWindow(bidi), () => {
    const g = globalThis as unknown as { SidebarController?: Sidebar; SidebarUI?: Sidebar };
    const s = g.SidebarController ?? g.SidebarUI;
    return s?.isOpen ? s.currentID : '';
  });
}

export async function closeSidebar(bidi: BidiConnection): Promise<void> {
  await callIn(bidi, await browserWindow(bidi), () => {
    const g = globalThis as unknown as { SidebarController?: Sidebar; SidebarUI?: Sidebar };
    (g.SidebarController ?? g.SidebarUI)?.hide();
  });
}

/** The sidebar id Firefox gives an add-on's sidebar_action (its id with other characters than [a-z0-9_-] as _). */
export const sidebarIdOf = (addonId: string) => `${addonId.toLowerCase().replace(/[^a-z0-9_-]/g, '_')}-sidebar-action`;
