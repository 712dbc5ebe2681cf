import type { BidiConnection } from './bidi-connection';

/** Opens a new tab at `url` and waits for its load event; returns the tab's BiDi browsing-context id. */
export async function openTab(bidi: BidiConnection, url: string): Promise<string> {
  const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  await navigate(bidi, context, url);
  return context;
}

export async function navigate(bidi: BidiConnection, context: string, url: string): Promise<void> {
  await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
}

/** Brings the tab to the front, as a reader switching to it: the toolbar shows the selected tab's badge. */
export async function activate(bidi: BidiConnection, context: string): Promise<void> {
  await bidi.send('browsingContext.activate', { context });
}

/**
 * Runs `fn` in the context's page realm and returns its JSON-serialisable result. Arguments and result travel as
 * JSON, so `fn` must use only its parameters and the realm's globals (it is sent as source, as Playwright does).
 */
export async function callIn<A extends unknown[], R>(
  bidi: BidiConnection,
  context: string,
  fn: (...args: A) => R | Promise<R>,
  ...args: A
): Promise<R> {
  const reply = await bidi.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text?: string } }>(
    'script.callFunction',
    {
      functionDeclaration: `async (json) => JSON.stringify((await (${fn.toString()})(...JSON.parse(json))) ?? null)`,
      arguments: [{ type: 'string', value: JSON.stringify(args) }],
      target: { context },
      awaitPromise: true,
    },
  );
  if (reply.type === 'exception') throw new Error(`In the page: ${reply.exceptionDetails?.text ?? 'exception'}`);
  return JSON.parse(reply.result?.value ?? 'null') as R;
}

/** Polls `probe` until `accept` says yes; returns the last value, or throws with it after `timeoutMs`. */
export async function waitFor<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** A real left click at a point of the tab's viewport (input.performActions): it counts as a user gesture. */
export async function clickAt(bidi: BidiConnection, context: string, point: { x: number; y: number }): Promise<void> {
  await bidi.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        actions: [
          { type: 'pointerMove', x: Math.round(point.x), y: Math.round(point.y) },
          { type: 'pointerDown', button: 0 },
          { type: 'pointerUp', button: 0 },
        ],
      },
    ],
  });
}
