import type { Worker } from 'playwright-core';

/** One message the background received, as its sender was reported by the browser. */
export interface ProbedMessage {
  type: string;
  tabId: number;
  /** 0 is the tab's top frame; anything else is a frame inside the page. */
  frameId: number;
  /** The page address the message is about (its payload), which follows pushState. */
  url: string;
  /** The sender's address as the browser reports it: the document's, which does not follow pushState. */
  senderUrl: string;
}

/**
 * Adds a second, silent runtime.onMessage listener to the service worker that notes every message and its sender.
 * It never answers (returns undefined), so the extension's own listener still replies. The page scripts report every
 * check that finds something new ("candidate" and "article", or "not-candidate"), which makes this the way to see
 * where and how often they ran, frames included.
 */
export async function installMessageProbe(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __sourceCheckProbe?: ProbedMessage[] };
    if (g.__sourceCheckProbe) return;
    const seen: ProbedMessage[] = [];
    g.__sourceCheckProbe = seen;
    chrome.runtime.onMessage.addListener((message: unknown, sender) => {
      const m = (typeof message === 'object' && message !== null ? message : {}) as {
        type?: unknown;
        url?: unknown;
        article?: { url?: unknown };
      };
      seen.push({
        type: String(m.type),
        tabId: sender.tab?.id ?? -1,
        frameId: sender.frameId ?? -1,
        url: String(m.article?.url ?? m.url ?? ''),
        senderUrl: sender.url ?? '',
      });
      return undefined;
    });
  });
}

/** Messages the probe saw from one tab, oldest first. */
export async function probedMessages(worker: Worker, tabId: number): Promise<ProbedMessage[]> {
  return worker.evaluate(
    (id) =>
      ((globalThis as unknown as { __sourceCheckProbe?: ProbedMessage[] }).__sourceCheckProbe ?? []).filter(
        (m) => m.tabId === id,
      ),
    tabId,
  );
}

/**
 * Waits until the content script in `tabId` has reported on `url` (an article or "not a candidate"). Returns null
 * early when `giveUp()` turns true (say, the script has thrown and will never report).
 */
export async function waitForContentReport(
  worker: Worker,
  tabId: number,
  url: string,
  opts: { timeoutMs?: number; giveUp?: () => boolean } = {},
): Promise<ProbedMessage | null> {
  const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
  while (Date.now() < deadline) {
    const hit = (await probedMessages(worker, tabId)).find(
      (m) => m.url === url && (m.type === 'article' || m.type === 'not-candidate'),
    );
    if (hit) return hit;
    if (opts.giveUp?.()) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`The content script did not report on ${url} within ${opts.timeoutMs ?? 20_000} ms`);
}
