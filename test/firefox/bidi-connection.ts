import WebSocket from 'ws';

/** A WebDriver BiDi session over one WebSocket (https://w3c.github.io/webdriver-bidi/): commands and events. */
export interface BidiConnection {
  send: <T = Record<string, unknown>>(method: string, params?: Record<string, unknown>) => Promise<T>;
  close: () => void;
}

// A command that gets no answer means the browser is stuck: fail the test with the command's name, not a timeout.
const COMMAND_TIMEOUT_MS = 30_000;

interface Pending {
  method: string;
  resolve: (value: Record<string, unknown>) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

/** Opens the WebSocket at `url` (Firefox prints it on start: "WebDriver BiDi listening on ws://…"). */
export async function connectBidi(url: string): Promise<BidiConnection> {
  const socket = new WebSocket(url);
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  let nextId = 0;
  const pending = new Map<number, Pending>();
  const failAll = (error: Error) => {
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(error);
    }
    pending.clear();
  };

  socket.on('message', (data) => {
    const msg = JSON.parse(String(data)) as {
      id?: number;
      type: string;
      result?: Record<string, unknown>;
      error?: string;
      message?: string;
    };
    const p = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!p || msg.id === undefined) return; // An event: these tests subscribe to none.
    pending.delete(msg.id);
    clearTimeout(p.timer);
    if (msg.type === 'error') p.reject(new Error(`${p.method}: ${msg.error ?? 'error'}: ${msg.message ?? ''}`));
    else p.resolve(msg.result ?? {});
  });
  socket.on('close', () => failAll(new Error('The WebDriver BiDi connection closed')));

  return {
    send: <T>(method: string, params: Record<string, unknown> = {}) =>
      new Promise<T>((resolve, reject) => {
        const id = ++nextId;
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`${method}: no answer within ${COMMAND_TIMEOUT_MS} ms`));
        }, COMMAND_TIMEOUT_MS);
        pending.set(id, { method, resolve: resolve as (v: Record<string, unknown>) => void, reject, timer });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    close: () => socket.close(),
  };
}
