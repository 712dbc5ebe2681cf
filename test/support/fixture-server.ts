import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png' };

export interface FixtureServer {
  port: number;
  close: () => Promise<void>;
  /** Every request the server saw, as "host path". */
  requests: string[];
}

/**
 * Serves `root` on 127.0.0.1 for every host name: Chromium's --host-resolver-rules sends the real news host names
 * here, so the extension's shipped match patterns are what gets exercised. `routes` maps a path to a file.
 */
export async function startFixtureServer(root: string, routes: Record<string, string> = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push(`${req.headers.host ?? ''} ${path}`);
    const file = routes[path] ?? normalize(path).replace(/^(\.\.[/\\])+/, '');
    readFile(join(root, file))
      .then((body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      })
      .catch(() => {
        res.writeHead(404, { 'content-type': 'text/plain' });
        res.end('not found');
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
