import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseMessage, type Message, type Reply } from '../messaging/protocol';
import { loadSettings } from '../settings';
import { extractArticle } from './extract-article';
import { gate } from './gate';
import { clauseAtPoint, clearHighlights, highlightPassages } from './highlight-passages';
import { showPill, type Pill } from './pill';

const INSTALLED = Symbol.for('putin-2020-source-check.article');

/**
 * The content script's one job: gate the page cheaply, extract a candidate with Readability, and send the article
 * to the background, once after load and again when a single-page site moves to another URL; then answer the side
 * panel (highlights) and the reader (the optional pill, clicks on highlights). Everything it listens to is tied to
 * `ctx`, so a reload or second injection leaves nothing behind.
 */
export function runArticleCheck(ctx: ContentScriptContext): void {
  const w = window as unknown as Record<symbol, boolean>;
  if (w[INSTALLED]) return; // "Analyze this page" may inject us where we already run.
  w[INSTALLED] = true;
  let pill: Pill | null = null;
  let dismissedUrl: string | null = null;
  ctx.onInvalidated(() => {
    w[INSTALLED] = false;
    pill?.remove();
    clearHighlights(document);
  });

  const check = (force: boolean) =>
    checkPage(force).catch(() => {
      // A hostile page (patched built-ins, odd markup) or an extension reload under us: stay quiet, never break
      // the page. The side panel offers "Analyze this page" again.
    });
  const checkPage = async (force: boolean) => {
    if (ctx.isInvalid) return;
    const candidate = force || gate(document).candidate;
    // The gate and the extraction run in separate idle periods, so neither adds to the other's task.
    if (candidate && !force) await idle(ctx);
    if (ctx.isInvalid) return;
    const article = candidate ? safely(() => extractArticle(document, location.href)) : null;
    const message: Message = article ? { type: 'article', article } : { type: 'not-candidate', url: location.href };
    const reply = await send(message);
    const verdict = reply?.ok ? (reply.value as { verdict?: string } | null)?.verdict : undefined;
    if (verdict && verdict !== 'unrelated' && !pill && dismissedUrl !== location.href && !ctx.isInvalid) {
      if ((await loadSettings()).showPill) {
        const url = location.href;
        pill = showPill(
          document,
          () => void send({ type: 'open-side-panel' }),
          () => (dismissedUrl = url),
        );
      }
    }
  };

  const onMessage = (raw: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const msg = parseMessage(raw);
    switch (msg?.type) {
      case 'extract-now':
        void check(true);
        return Promise.resolve({ ok: true, value: null });
      case 'highlight':
        return Promise.resolve({ ok: true, value: highlightPassages(document, msg.passages, msg.active) });
      case 'clear-highlights':
        clearHighlights(document);
        return Promise.resolve({ ok: true, value: null });
      default:
        return undefined;
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // A click on a highlighted passage selects its clause in the side panel. Passive: the page's own handling is
  // untouched, and nothing happens unless our highlights are showing.
  ctx.addEventListener(
    document,
    'click',
    (e) => {
      const clauseId = clauseAtPoint(document, e.clientX, e.clientY);
      if (clauseId) void send({ type: 'passage-clicked', clauseId });
    },
    { capture: true, passive: true },
  );

  // Idle time, so the page's own work comes first.
  const schedule = () => ctx.requestIdleCallback(() => void check(false), { timeout: 2_000 });
  schedule();
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // A new article: old highlights and the pill described the previous one.
    clearHighlights(document);
    pill?.remove();
    pill = null;
    schedule();
  });
}

async function send(message: Message): Promise<Reply<unknown> | null> {
  try {
    return ((await browser.runtime.sendMessage(message)) as Reply<unknown> | undefined) ?? null;
  } catch {
    // The extension was reloaded or updated under us: this copy of the script is orphaned and stays quiet.
    return null;
  }
}

function idle(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => ctx.requestIdleCallback(() => resolve(), { timeout: 2_000 }));
}

/** Extraction that fails on an odd page reports "not a candidate" instead of leaving a stale report behind. */
function safely<T>(run: () => T | null): T | null {
  try {
    return run();
  } catch {
    return null;
  }
}
