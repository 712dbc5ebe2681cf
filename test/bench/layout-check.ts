import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ensureProductionBuild, openBenchBrowser } from './chromium-session';
import { PROBE_GLOBAL, inPageBundle } from './in-page-bundle';
import type { layoutWords } from './layout-probe';

/**
 * `npm run layouts -- DIR`: does any real page layout lose its article to our extraction? Every saved page under DIR
 * (`*.html`, or `source.html` in a folder per page, as Mozilla Readability's test pages are laid out) is opened in
 * Chromium on a local host, and the words extractArticle finds are compared with those Readability finds on a clone
 * of the whole document. A page where ours finds less than half is listed; the exit code is the number of them.
 */
const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: npm run layouts -- DIR (a folder of saved pages)\n');
  process.exit(2);
}

/** A page's file name on the local host, and its HTML. */
function savedPages(dir: string): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      const source = join(path, 'source.html');
      if (statSync(source, { throwIfNoEntry: false })?.isFile())
        out.push([`${entry}.html`, readFileSync(source, 'utf8')]);
    } else if (/\.html?$/i.test(entry)) out.push([basename(entry), readFileSync(path, 'utf8')]);
  }
  return out;
}

const HALF = 0.5;
const pages = savedPages(root);
ensureProductionBuild();
const browser = await openBenchBrowser(Object.fromEntries(pages));
let lost = 0;
try {
  const probe = await inPageBundle('layout-probe.ts');
  for (const [file] of pages) {
    const tab = await browser.ext.context.newPage();
    try {
      await tab.goto(browser.unlisted(file), { waitUntil: 'domcontentloaded' });
      await tab.addScriptTag({ content: probe });
      const r = (await tab.evaluate(
        ([global]) => (window as unknown as Record<string, { layoutWords: typeof layoutWords }>)[global]!.layoutWords(),
        [PROBE_GLOBAL] as const,
      )) as ReturnType<typeof layoutWords>;
      if (r.readability > 0 && r.ours < r.readability * HALF) {
        lost++;
        console.log(`${file}: Readability ${r.readability} words, ours ${r.ours}`);
      }
    } finally {
      await tab.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`${pages.length} pages; ${lost} where our extraction finds less than half of Readability's words`);
process.exitCode = Math.min(lost, 100);
