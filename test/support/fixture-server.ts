import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.png': 'image/png' };

export interface FixtureServer {
  port: number;
  close: () => Promise<void>;
  /** Every request the server saw, as "host path". */
  requests: string[];
}

// A self-signed certificate for the fixture server only (Chromium runs with --ignore-certificate-errors). HTTPS,
// because many news hosts are HSTS-preloaded: Chromium would upgrade an http:// URL to https:// on its own.
const TLS = {
  key: readFileSync(resolve('test/support/fixture-tls.key')),
  cert: readFileSync(resolve('test/support/fixture-tls.crt')),
};

/**
 * Serves `root` over HTTPS on 127.0.0.1 for every host name: Chromium's --host-resolver-rules sends the real news host names
 * here, so the extension's shipped match patterns are what gets exercised. `routes` maps a path to a file.
 */
export async function startFixtureServer(root: string, routes: Record<string, string> = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer(TLS, (req, res) => {
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
