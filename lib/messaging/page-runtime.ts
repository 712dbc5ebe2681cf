import type { PageToBackground } from './page-to-background';
import type { PageToPanel } from './page-to-panel';
import type { Calls, Handlers, Reply, ReplyOf, RequestOf } from './protocol';
import type { ToPage, ToPageMessage } from './to-page';

/**
 * The extension runtime as a page script sees it, without webextension-polyfill (which would be most of the
 * gate's size): `browser` in Firefox, `chrome` in Chrome, whose MV3 sendMessage returns a promise. Answers go
 * through `sendResponse`, which both browsers support.
 */
interface Runtime {
  id?: string;
  sendMessage: (message: unknown) => Promise<unknown>;
  onMessage: {
    addListener: (listener: Listener) => void;
    removeListener: (listener: Listener) => void;
  };
}
type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => boolean | void;

export function pageRuntime(): Runtime | undefined {
  const g = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  return g.browser?.runtime ?? g.chrome?.runtime;
}

/** Once the extension is reloaded or removed under the page, its runtime loses its id: this script is orphaned. */
export function isOrphaned(runtime: Runtime | undefined = pageRuntime()): boolean {
  try {
    return !runtime?.id;
  } catch {
    return true;
  }
}

async function send<C extends Calls, K extends keyof C & string>(
  message: RequestOf<C, K>,
): Promise<Reply<ReplyOf<C, K>> | null> {
  const runtime = pageRuntime();
  if (isOrphaned(runtime)) return null;
  try {
    return ((await runtime!.sendMessage(message)) as Reply<ReplyOf<C, K>> | undefined) ?? null;
  } catch {
    // The extension was reloaded or updated under us: this copy of the script is orphaned and stays quiet.
    return null;
  }
}

export const sendToBackground = <K extends keyof PageToBackground & string>(message: RequestOf<PageToBackground, K>) =>
  send<PageToBackground, K>(message);

export const sendToPanel = <K extends keyof PageToPanel & string>(message: RequestOf<PageToPanel, K>) =>
  send<PageToPanel, K>(message);

/**
 * Answers messages to the page from our own extension only, checked by `parse` (parseToPage, or the gate's narrower
 * parseToGate), until `signal` aborts. Types without a handler here are left to the other page script's listener.
 */
export function answerToPage(
  handlers: Handlers<ToPage>,
  parse: (value: unknown) => ToPageMessage | null,
  signal: AbortSignal,
): void {
  const runtime = pageRuntime();
  if (!runtime || signal.aborted) return;
  const listener: Listener = (raw, sender, sendResponse) => {
    if (signal.aborted || sender.id !== runtime.id) return;
    const message = parse(raw);
    const handler = message && (handlers[message.type] as ((m: typeof message) => unknown) | undefined);
    if (!handler) return;
    const settle = (reply: unknown) => sendResponse(reply);
    const fail = (e: unknown) => settle({ ok: false, error: e instanceof Error ? e.message : String(e) });
    try {
      Promise.resolve(handler(message)).then(settle, fail);
    } catch (e) {
      fail(e);
    }
    return true; // the answer may come after this listener returns
  };
  runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    try {
      runtime.onMessage.removeListener(listener);
    } catch {
      // An orphaned runtime may refuse even this; the listener is inert once the signal has aborted.
    }
  });
}
