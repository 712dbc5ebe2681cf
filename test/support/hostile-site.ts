import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startFixtureServer, type FixtureServer } from './fixture-server';

const FIXTURES = resolve('test/fixtures/hostile');

/** Where the hostile pages live on every host: https://<listed news host>/hostile/NAME.html. */
export const HOSTILE_PATH = '/hostile';

/** The sizes the generated pages must reach (the test checks the served page really has them). */
export const HUGE_TEXT_CHARS = 5_000_000;
export const MANY_ELEMENTS = 200_000;

export interface HostileSite {
  server: FixtureServer;
  close: () => Promise<void>;
}

/**
 * Serves test/fixtures/hostile plus the pages too big to commit (generated here, into a temporary copy of the
 * fixtures) through the shared fixture server. The single-page-site fixture answers on each of its routes.
 */
export async function startHostileSite(): Promise<HostileSite> {
  const root = mkdtempSync(join(tmpdir(), 'source-check-hostile-'));
  const dir = join(root, HOSTILE_PATH);
  cpSync(FIXTURES, dir, { recursive: true });
  const article = readFileSync(join(FIXTURES, 'positive-article.html'), 'utf8');
  writeFileSync(join(dir, 'huge-text.html'), withFiller(article, hugeText()));
  writeFileSync(join(dir, 'many-elements.html'), withFiller(article, manyElements()));
  const server = await startFixtureServer(root, {
    [`${HOSTILE_PATH}/spa/ransomware`]: `${HOSTILE_PATH}/spa.html`,
    [`${HOSTILE_PATH}/spa/putin-proposal`]: `${HOSTILE_PATH}/spa.html`,
  });
  return {
    server,
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function withFiller(article: string, filler: string): string {
  if (!article.includes('<!--hostile:filler-->')) throw new Error('positive-article.html lost its filler marker');
  return article.replace('<!--hostile:filler-->', filler);
}

// The bulk sits in chunks with `content-visibility: auto`, as long comment threads on real sites do, so the page's
// own rendering stays quick and what the test measures is the extension's work, not the browser's layout.
const CHUNKED = '<style>.chunk { content-visibility: auto; contain-intrinsic-size: auto 3000px; }</style>';

/** A reader-comments section of at least HUGE_TEXT_CHARS characters of everyday text, in short paragraphs. */
function hugeText(): string {
  const topics = ['the weather', 'the football', 'bread prices', 'the ring road', 'the new bridge', 'school fees'];
  const parts: string[] = [CHUNKED, '<section id="comments"><h2>Comments</h2>'];
  let chars = 0;
  for (let chunk = 0; chars < HUGE_TEXT_CHARS; chunk++) {
    parts.push('<div class="chunk">');
    for (let i = 0; i < 200; i++) {
      const n = chunk * 200 + i;
      const text = `Reader ${n} writes about ${topics[n % topics.length]} this week: nothing new, the same as last year, and the year before that, more or less.`;
      parts.push(`<p>${text}</p>`);
      chars += text.length;
    }
    parts.push('</div>');
  }
  parts.push('</section>');
  return parts.join('\n');
}

/** A list section that brings the document to at least MANY_ELEMENTS elements. */
function manyElements(): string {
  const parts: string[] = [CHUNKED, '<section id="list"><h2>All results</h2>'];
  // Each row is <li><span>…</span></li>: two elements. Each chunk adds its own <ul>.
  for (let chunk = 0, elements = 0; elements < MANY_ELEMENTS; chunk++) {
    parts.push('<ul class="chunk">');
    elements++;
    for (let i = 0; i < 500; i++, elements += 2) parts.push(`<li><span>Result ${chunk * 500 + i}</span></li>`);
    parts.push('</ul>');
  }
  parts.push('</section>');
  return parts.join('');
}
