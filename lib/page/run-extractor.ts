import { answerToPage, isOrphaned, pageRuntime, sendToBackground, sendToPanel } from '../messaging/page-runtime';
import { parseToPage } from '../messaging/to-page';
import { loadSettings } from '../storage/settings';
import { extractArticle } from './extract-article';
import { clauseAtPoint, clearHighlights, highlightPassages } from './highlight-passages';
import { mergedChecks } from './merged-checks';
import { showPill, type Pill } from './pill';
import { isLive, scriptState } from './script-state';
import { withoutHash } from './watch-url';

/**
 * Injected by the background into a candidate page (never declared in the manifest, never web-accessible): takes the
 * article out of the page with Readability and sends it to the background, then answers the side panel (highlights)
 * and the reader (the optional pill, clicks on highlights). Runs one extraction at a time, and sends nothing when the
 * article has not changed since the last one it sent.
 */
export function runExtractor(): void {
  const state = scriptState();
  if (isLive(state.extractor)) {
    state.extractor!.request(); // injected again for a new candidate check of the same document
    return;
  }
  state.extractor?.stop();
  const life = new AbortController();
  const runtime = pageRuntime();

  let pill: Pill | null = null;
  let pillPending = false;
  let dismissedUrl: string | null = null;
  let last: { url: string; title: string; text: string } | null = null;

  const reset = () => {
    pill?.remove();
    pill = null;
    clearHighlights(document);
  };
  life.signal.addEventListener('abort', reset, { once: true });

  const showPillOnce = async (url: string) => {
    // Synchronously claimed before the await, so two checks can never add two pills.
    if (pill || pillPending || dismissedUrl === withoutHash(url)) return;
    pillPending = true;
    try {
      const { showPill: wanted } = await loadSettings();
      if (!wanted || life.signal.aborted || withoutHash(location.href) !== withoutHash(url)) return;
      pill = showPill(
        document,
        () => void sendToBackground({ type: 'open-side-panel', doc: state.token }),
        () => {
          pill = null;
          dismissedUrl = withoutHash(url);
        },
      );
    } finally {
      pillPending = false;
    }
  };

  const checks = mergedChecks<{ force?: boolean }>(
    async ({ force }) => {
      if (isOrphaned(runtime)) return life.abort();
      const url = location.href;
      // A new address: the pill and highlights described the previous article.
      if (last && withoutHash(last.url) !== withoutHash(url)) reset();
      const article = safely(() => extractArticle(document, url));
      if (!article) {
        reset();
        last = null;
        await sendToBackground({ type: 'not-candidate', url, doc: state.token });
        return;
      }
      const same =
        last !== null &&
        withoutHash(last.url) === withoutHash(url) &&
        last.title === article.title &&
        last.text === article.text;
      if (same && !force) return;
      last = { url, title: article.title, text: article.text };
      const reply = await sendToBackground({ type: 'article', article, doc: state.token });
      if (!reply?.ok) {
        // Refused or superseded: a later check may send the same article again.
        if (reply && reply.error !== 'superseded') last = null;
        return;
      }
      if (reply.value.verdict === 'unrelated') reset();
      else await showPillOnce(url);
    },
    life.signal,
    { merge: (a, b) => ({ force: a.force || b.force }) },
  );

  const self: NonNullable<typeof state.extractor> = {
    runtime,
    stop: () => life.abort(),
    request: (opts) => checks.request(opts),
    reset,
    forcedUrl: null,
  };
  state.extractor = self;

  answerToPage(
    {
      'extract-now': () => {
        self.forcedUrl = withoutHash(location.href);
        checks.request({ force: true });
        return { ok: true, value: null };
      },
      highlight: ({ passages, active }) => ({ ok: true, value: highlightPassages(document, passages, active) }),
      'clear-highlights': () => {
        clearHighlights(document);
        return { ok: true, value: null };
      },
    },
    parseToPage,
    life.signal,
  );

  // A click on a highlighted passage selects its clause in the side panel. Passive: the page's own handling is
  // untouched, and nothing happens unless our highlights are showing.
  document.addEventListener(
    'click',
    (e) => {
      if (!e.isTrusted) return;
      if (isOrphaned(runtime)) return life.abort();
      const clauseId = clauseAtPoint(document, e.clientX, e.clientY);
      if (clauseId) void sendToPanel({ type: 'passage-clicked', clauseId });
    },
    { capture: true, passive: true, signal: life.signal },
  );

  checks.request();
}

/** Extraction that fails on an odd page reports "not a candidate" instead of leaving a stale report behind. */
function safely<T>(run: () => T | null): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}
