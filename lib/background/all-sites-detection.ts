import { browser } from 'wxt/browser';
import { ALL_SITES, contentScriptMatches } from '../dataset/news-sites';
import { GATE_FILE } from './page-scripts';

/**
 * Opt-in detection on every site: only after the user grants the optional host permission from the popup, and
 * stopped again when it is revoked. The listed news sites are excluded here because the manifest's content script
 * already runs there.
 */
const SCRIPT_ID = 'article-all-sites';

export async function syncAllSitesDetection(): Promise<void> {
  const granted = await browser.permissions.contains({ origins: ALL_SITES });
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] })).length > 0;
  if (granted && !registered) {
    await browser.scripting.registerContentScripts([
      {
        id: SCRIPT_ID,
        js: [GATE_FILE.replace(/^\//, '')],
        matches: ALL_SITES,
        excludeMatches: contentScriptMatches(),
        runAt: 'document_idle',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
  } else if (!granted && registered) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
}

export function watchAllSitesPermission(): void {
  const sync = () => void syncAllSitesDetection().catch(() => undefined);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);
  sync();
}
