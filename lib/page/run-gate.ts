import { answerToPage, isOrphaned, pageRuntime, sendToBackground } from '../messaging/page-runtime';
import { parseToGate } from '../messaging/to-page';
import { gate } from './gate';
import { mergedChecks } from './merged-checks';
import { isLive, scriptState } from './script-state';
import { watchUrl, withoutHash } from './watch-url';

/**
 * What runs on every page of every listed site, and all that runs on almost all of them: the cheap gate, after
 * load and again when the page moves to another address. Only a candidate goes further: the background then
 * injects the extractor into this document (or, if it is here already, the gate hands it the check).
 *
 * The script owns its lifetime: nothing the page dispatches can stop, restart or re-trigger it, and an extension
 * reload or update (which orphans this copy) makes it go quiet at its next step.
 */
export function runGate(): void {
  const state = scriptState();
  if (isLive(state.gate)) return; // "Analyze this page" injects the gate where it may already run
  state.gate?.stop();
  const life = new AbortController();
  const runtime = pageRuntime();
  state.gate = { runtime, stop: () => life.abort() };
  life.signal.addEventListener('abort', () => state.extractor?.stop(), { once: true });

  answerToPage({ document: () => ({ ok: true, value: { token: state.token } }) }, parseToGate, life.signal);

  let lastNotCandidate: string | null = null;
  const checks = mergedChecks<{ again?: boolean }>(async ({ again }) => {
    if (isOrphaned(runtime)) return life.abort();
    const url = location.href;
    if (!gate(document).candidate) {
      // "Analyze this page" asked for this address whatever the gate says.
      if (isLive(state.extractor) && state.extractor!.forcedUrl === withoutHash(url)) return;
      state.extractor?.reset();
      // Said once per address: the background needs to hear it only when the page stopped being a candidate.
      if (again || lastNotCandidate !== withoutHash(url)) {
        lastNotCandidate = withoutHash(url);
        await sendToBackground({ type: 'not-candidate', url, doc: state.token });
      }
      return;
    }
    lastNotCandidate = null;
    if (isLive(state.extractor)) state.extractor!.request({ force: again });
    else await sendToBackground({ type: 'candidate', url, doc: state.token });
  }, life.signal);

  checks.request();
  watchUrl(() => checks.request(), life.signal);
  // Back from the back/forward cache: the background dropped this document's report when the tab left it.
  addEventListener(
    'pageshow',
    (e) => {
      if (e.isTrusted && e.persisted) checks.request({ again: true });
    },
    { signal: life.signal },
  );
}
