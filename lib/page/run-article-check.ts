import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { parseMessage, type Message } from '../messaging/protocol';
import { extractArticle } from './extract-article';
import { gate } from './gate';

const INSTALLED = Symbol.for('putin-2020-source-check.article');

/**
 * The content script's one job: gate the page cheaply, extract a candidate with Readability, and send the article
 * to the background, once after load and again when a single-page site moves to another URL. Everything it
 * listens to is tied to `ctx`, so a reload or second injection leaves nothing behind.
 */
export function runArticleCheck(ctx: ContentScriptContext): void {
  const w = window as unknown as Record<symbol, boolean>;
  if (w[INSTALLED]) return; // "Analyze this page" may inject us where we already run.
  w[INSTALLED] = true;
  ctx.onInvalidated(() => {
    w[INSTALLED] = false;
  });

  const check = (force: boolean) => {
    if (ctx.isInvalid) return;
    const verdict = force ? { candidate: true } : gate(document);
    const message: Message | null = verdict.candidate
      ? articleMessage()
      : { type: 'not-candidate', url: location.href };
    if (message) void send(message);
    else void send({ type: 'not-candidate', url: location.href });
  };

  const onMessage = (raw: unknown) => {
    const msg = parseMessage(raw);
    if (msg?.type !== 'extract-now') return undefined;
    check(true);
    return Promise.resolve({ ok: true, value: null });
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  // Idle time, so the page's own work comes first.
  const schedule = () => ctx.requestIdleCallback(() => check(false), { timeout: 2_000 });
  schedule();
  ctx.addEventListener(window, 'wxt:locationchange', () => schedule());
}

function articleMessage(): Message | null {
  const article = extractArticle(document, location.href);
  return article ? { type: 'article', article } : null;
}

async function send(message: Message): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // The extension was reloaded or updated under us: this copy of the script is orphaned and stays quiet.
  }
}
