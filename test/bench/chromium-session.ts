import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { EXTENSION_DIR, launchExtension, type LaunchedExtension } from '../support/launch-extension';

/**
 * Chromium with the production build, serving the benchmark's pages under a listed news host (the content script
 * runs) and an unlisted one (the same page without the extension's script: the floor).
 */
export interface BenchBrowser {
  ext: LaunchedExtension;
  /** The page on a listed news site, where the content script runs. */
  listed: (file: string) => string;
  /** The same page on a site that is not listed, where nothing of the extension runs. */
  unlisted: (file: string) => string;
  /** The page scripts' URLs as the trace names them: the gate (the content script) and the extractor. */
  scriptUrls: string[];
  close: () => Promise<void>;
}

const LISTED_HOST = 'www.reuters.com';
const UNLISTED_HOST = 'blog.example.org';
const SOURCES = ['lib', 'entrypoints', 'components', 'data', 'wxt.config.ts', 'package.json'];

export async function openBenchBrowser(pages: Record<string, string>): Promise<BenchBrowser> {
  const root = mkdtempSync(join(tmpdir(), 'source-check-bench-'));
  mkdirSync(join(root, 'bench'));
  for (const [file, html] of Object.entries(pages)) writeFileSync(join(root, 'bench', file), html);
  let server: FixtureServer | undefined;
  try {
    server = await startFixtureServer(root);
    const ext = await launchExtension({ port: server.port, headless: true });
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts?: { js?: string[] }[];
    };
    const script = manifest.content_scripts?.[0]?.js?.[0];
    if (!script) throw new Error('the build declares no content script');
    const s = server;
    return {
      ext,
      listed: (file) => `https://${LISTED_HOST}/bench/${file}`,
      unlisted: (file) => `https://${UNLISTED_HOST}/bench/${file}`,
      scriptUrls: [script, 'extractor.js'].map((f) => `chrome-extension://${ext.extensionId}/${f}`),
      close: async () => {
        await ext.close();
        await s.close();
        rmSync(root, { recursive: true, force: true });
      },
    };
  } catch (e) {
    await server?.close();
    rmSync(root, { recursive: true, force: true });
    throw e;
  }
}

/**
 * The Chromium figures are for the production build of the current sources: build it when it is missing or older
 * than any source file. Progress goes to stderr, so `--json` output stays one object.
 */
export function ensureProductionBuild(): { rebuilt: boolean; builtAt: string } {
  const manifest = join(EXTENSION_DIR, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const newest = Math.max(...SOURCES.map((p) => newestMtime(resolve(p))));
  let rebuilt = false;
  if (built < newest) {
    process.stderr.write('Building the extension (npx wxt build)…\n');
    // Vite builds for production only where NODE_ENV is unset or "production": under NODE_ENV=test (as set by a
    // test runner) the build keeps Preact's hook names, 0.5 KB more popup than users get, and the figures would be
    // of that build.
    execFileSync('npx', ['wxt', 'build'], {
      stdio: ['ignore', process.stderr, process.stderr],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    rebuilt = true;
  }
  return { rebuilt, builtAt: new Date(statSync(manifest).mtimeMs).toISOString() };
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((f) => newestMtime(join(path, f))));
}
