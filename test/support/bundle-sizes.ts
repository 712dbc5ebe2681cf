import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

/**
 * What each part of a built extension makes the browser load: an entry's scripts and every chunk they import,
 * followed through the static and dynamic imports that vite/rolldown write between chunks. Paths are relative to the
 * build directory, with forward slashes, as in the manifest.
 */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** The scripts an extension page loads: its module scripts, modulepreloads, and everything they import. */
export function scriptsOfPage(buildDir: string, htmlFile: string): string[] {
  const { document } = parseHTML(readFileSync(join(buildDir, htmlFile), 'utf8'));
  const entries = [...document.querySelectorAll('script[src], link[rel="modulepreload"][href]')].map(
    (el) => (el.getAttribute('src') ?? el.getAttribute('href'))!,
  );
  return withImports(
    buildDir,
    entries.map((src) => resolveFrom(htmlFile, src)),
  );
}

/** `files` and every chunk they import, transitively, each once. */
export function withImports(buildDir: string, files: readonly string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of importSpecifiers(readFileSync(join(buildDir, file), 'utf8'))) visit(resolveFrom(file, spec));
  };
  files.forEach(visit);
  return [...seen];
}

// `import{a as b}from"./ui-x.js"`, `import"./x.js"`, `import("./x.js")`, as rolldown writes them (minified or not).
const IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*["'`]((?:\.{1,2})?\/[^"'`]+\.js)["'`]/g;

function importSpecifiers(code: string): string[] {
  return [...code.matchAll(IMPORT)].map((m) => m[1]!);
}

function resolveFrom(fromFile: string, spec: string): string {
  const path = spec.startsWith('/') ? spec.slice(1) : posix.join(dirname(fromFile).replace(/\\/g, '/'), spec);
  return posix.normalize(path);
}
