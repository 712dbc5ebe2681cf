import type { BrowserContext, CDPSession } from 'playwright-core';

/** Schemes that leave the browser. chrome-extension:, data:, blob: and about: loads stay inside it. */
const NETWORK = /^(https?|wss?|ftp):/i;

export type RequestSource = 'service worker' | 'extension page' | 'content script' | 'web page';

export interface RecordedRequest {
  source: RequestSource;
  /** The URL of the target (page, worker) the request was made in. */
  target: string;
  url: string;
  /** What the page's own code could not have started: made by a script from our origin, or unexplained. */
  initiator: string;
}

export interface NetworkRecorder {
  /** Every request to the network seen in any target since the last reset, with its source. */
  requests: () => RecordedRequest[];
  /** The kinds of context the recorder is attached to ("service worker", "extension page", "web page"). */
  attached: () => string[];
  /** The URLs of the targets the recorder is attached to now. */
  attachedUrls: () => string[];
  /** Forgets what was recorded so far. */
  reset: () => void;
  /** Resolves once every target that exists now is attached with its Network domain on (call before navigating). */
  settle: () => Promise<void>;
  /** Reloads the attached extension pages whose URL starts with `prefix`, so their start-up is recorded too. */
  reload: (prefix: string) => Promise<void>;
  /** Runs `expression` in our content script's isolated world in the page at `url` (the recorder's self-check). */
  evaluateInContentScript: (url: string, expression: string) => Promise<unknown>;
  stop: () => Promise<void>;
}

interface Attached {
  sessionId: string;
  type: string;
  url: string;
  targetId: string;
  ourWorlds: Map<number, string>;
  /** Settles when the target is attached and recording (or could not be attached). */
  ready?: Promise<void>;
}

interface Initiator {
  type?: string;
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

/**
 * Records, through the browser's DevTools protocol, every network request made in every target of the browser
 * (the service worker, extension pages including the real side panel, web pages with their content scripts),
 * from the moment it is started. Each target gets its own Network domain, so a request is attributed to the context
 * that made it: anything from a chrome-extension://ID/ target is the extension's; in a web page, a request whose
 * initiator stack runs through chrome-extension://ID/ is our content script's.
 */
export async function recordNetwork(context: BrowserContext, extensionId: string): Promise<NetworkRecorder> {
  const browser = context.browser();
  if (!browser) throw new Error('No browser to attach to');
  const root: CDPSession = await browser.newBrowserCDPSession();
  const origin = `chrome-extension://${extensionId}`;
  const targets = new Map<string, Attached>();
  const pending = new Map<number, (reply: { result?: unknown; error?: { message: string } }) => void>();
  let seen: RecordedRequest[] = [];
  let nextId = 1;

  const send = (t: Attached, method: string, params: object = {}) =>
    new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      void root
        .send('Target.sendMessageToTarget', { sessionId: t.sessionId, message: JSON.stringify({ id, method, params }) })
        .catch((e: Error) => resolve({ error: { message: e.message } }));
    });

  const sourceOf = (t: Attached): RequestSource | null => {
    if (!t.url.startsWith(`${origin}/`)) return t.type === 'page' || t.type === 'iframe' ? 'web page' : null;
    return t.type === 'service_worker' ? 'service worker' : 'extension page';
  };

  const record = (t: Attached, url: string, initiator: Initiator | undefined) => {
    const source = sourceOf(t);
    if (!source || !NETWORK.test(url)) return;
    const frames = stackUrls(initiator?.stack);
    const fromUs = frames.some((u) => u.startsWith(origin)) || (initiator?.url ?? '').startsWith(origin);
    seen.push({
      source: source === 'web page' && fromUs ? 'content script' : source,
      target: t.url,
      url,
      initiator: `${initiator?.type ?? '?'}${frames.length ? ` ${frames.join(' < ')}` : ''}`,
    });
  };

  root.on('Target.receivedMessageFromTarget', (e) => {
    const t = [...targets.values()].find((x) => x.sessionId === e.sessionId);
    if (!t?.sessionId) return;
    const m = JSON.parse(e.message) as { id?: number; method?: string; params?: Record<string, unknown> };
    if (m.id !== undefined) {
      pending.get(m.id)?.(m as { result?: unknown });
      pending.delete(m.id);
      return;
    }
    const p = m.params ?? {};
    if (m.method === 'Network.requestWillBeSent')
      record(t, (p.request as { url: string }).url, p.initiator as Initiator | undefined);
    else if (m.method === 'Network.webSocketCreated' || m.method === 'Network.webTransportCreated')
      record(t, p.url as string, p.initiator as Initiator | undefined);
    else if (m.method === 'Runtime.executionContextCreated') {
      const c = p.context as { id: number; origin: string; auxData?: { type?: string } };
      if (c.origin === origin && c.auxData?.type === 'isolated') t.ourWorlds.set(c.id, c.origin);
    } else if (m.method === 'Runtime.executionContextsCleared') t.ourWorlds.clear();
  });

  const attach = (info: { targetId: string; type: string; url: string }): Promise<void> => {
    if (!['page', 'iframe', 'service_worker', 'worker', 'shared_worker', 'background_page'].includes(info.type)) {
      return Promise.resolve();
    }
    const known = targets.get(info.targetId);
    if (known) return known.ready ?? Promise.resolve();
    // Registered before attaching: the target's URL may change while the attach is under way.
    const t: Attached = { ...info, sessionId: '', ourWorlds: new Map() };
    targets.set(info.targetId, t);
    t.ready = startRecording(t, info);
    return t.ready;
  };
  const startRecording = async (t: Attached, info: { targetId: string; type: string }) => {
    const reply = await root
      .send('Target.attachToTarget', { targetId: info.targetId, flatten: false })
      .catch(() => null);
    if (!reply) {
      targets.delete(info.targetId);
      return;
    }
    t.sessionId = reply.sessionId;
    await send(t, 'Network.enable');
    if (info.type === 'page' || info.type === 'iframe') await send(t, 'Runtime.enable');
  };
  root.on('Target.targetCreated', (e) => void attach(e.targetInfo));
  root.on('Target.targetInfoChanged', (e) => {
    const t = targets.get(e.targetInfo.targetId);
    if (t) t.url = e.targetInfo.url;
  });
  root.on('Target.targetDestroyed', (e) => void targets.delete(e.targetId));
  // Reports a creation event for every target that already exists, then for each new one. Not for all of them,
  // though: the real side panel is only listed, so the list is polled too.
  await root.send('Target.setDiscoverTargets', { discover: true });
  const refresh = async () => {
    const { targetInfos } = await root.send('Target.getTargets').catch(() => ({ targetInfos: [] }));
    await Promise.all(targetInfos.map((info) => attach(info)));
  };
  await refresh();
  const poll = setInterval(() => void refresh(), 250);

  return {
    requests: () => [...seen],
    attached: () => [
      ...new Set([...targets.values()].map((t) => sourceOf(t)).filter((s): s is RequestSource => s !== null)),
    ],
    attachedUrls: () => [...targets.values()].map((t) => t.url),
    reset: () => {
      seen = [];
    },
    settle: refresh,
    reload: async (prefix) => {
      await refresh();
      for (const t of targets.values()) if (t.url.startsWith(prefix)) await send(t, 'Page.reload');
    },
    evaluateInContentScript: async (url, expression) => {
      const t = [...targets.values()].find((x) => x.url === url);
      const world = t ? [...t.ourWorlds.keys()].at(-1) : undefined;
      if (!t || world === undefined) throw new Error(`No content script world in ${url}`);
      const reply = await send(t, 'Runtime.evaluate', { expression, contextId: world, awaitPromise: true });
      if (reply.error) throw new Error(reply.error.message);
      return reply.result;
    },
    stop: async () => {
      clearInterval(poll);
      await root.detach().catch(() => undefined);
    },
  };
}

function stackUrls(stack: StackTrace | undefined): string[] {
  const urls: string[] = [];
  for (let s = stack; s; s = s.parent) for (const f of s.callFrames) if (f.url) urls.push(f.url);
  return urls;
}
