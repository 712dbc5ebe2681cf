import { browser } from 'wxt/browser';
import { isClauseId, type ClauseId } from '../dataset/types';

/** storage.session: the popup asks the side panel to open on one clause of one tab's report. */
const PANEL_FOCUS_KEY = 'panel-focus';

export async function setPanelFocus(tabId: number, clauseId: ClauseId): Promise<void> {
  await browser.storage.session.set({ [PANEL_FOCUS_KEY]: { tabId, clauseId } });
}

/** The clause the popup asked for on this tab, if any; the request is used up. */
export async function takePanelFocus(tabId: number): Promise<ClauseId | null> {
  const got = await browser.storage.session.get(PANEL_FOCUS_KEY);
  const focus = got[PANEL_FOCUS_KEY] as { tabId?: number; clauseId?: unknown } | undefined;
  if (focus?.tabId !== tabId || !isClauseId(focus.clauseId)) return null;
  await browser.storage.session.remove(PANEL_FOCUS_KEY);
  return focus.clauseId;
}
