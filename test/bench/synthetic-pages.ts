import type { CorpusText } from './corpus-text';
import { el, tx } from './html-text';
import { seededRandom, type SeededRandom } from './seeded-random';

/**
 * Synthetic news pages laid out like the real thing: a mega-menu, a ticker, the story, inline "read more" boxes, ad
 * slots, a sidebar of most-read links, a grid of teasers, a long comment thread and a link-heavy footer. Built from
 * real fixture text and a seed, so every run measures the same documents.
 */
export interface SyntheticPage {
  html: string;
  /** What the page was built to hold, for the report. */
  label: string;
}

/** The text a page's links, teasers and comments are drawn from. */
interface Pool {
  headlines: readonly string[];
  paragraphs: readonly string[];
}

const SECTIONS = ['World', 'Politics', 'Business', 'Markets', 'Technology', 'Science', 'Climate', 'Culture', 'Sport'];
const SITE = 'The Harbour Post';
const CSS = `body{font:17px/1.6 Georgia,serif;margin:0;color:#222}header,footer{background:#f3f3f3;padding:12px 24px}
.mega a{margin-right:10px}.l-main{display:flex;gap:32px;max-width:1200px;margin:auto}article{flex:3}aside{flex:1}
.comment{border-top:1px solid #ddd;padding:8px 0}.ad-slot{min-height:90px;background:#fafafa}.card{display:inline-block;width:30%}`;

/**
 * An everyday page of the listed sites that is not about the proposal: an off-topic story followed by a live-blog
 * style stream of updates and comments, grown until the body holds about `size` characters of text (or until the
 * whole markup is about `size` bytes).
 */
export function nonCandidatePage(
  corpus: CorpusText,
  size: number,
  seed: number,
  unit: 'text' | 'markup' = 'text',
  /** Open Graph tags in the head, as most news pages have; some pages (listings, forums, archives) do not. */
  openGraph = true,
): SyntheticPage {
  const rnd = seededRandom(seed);
  const pool: Pool = { headlines: corpus.offTopicHeadlines, paragraphs: corpus.offTopic };
  const headline = rnd.pick(pool.headlines);
  const story = Array.from({ length: 8 }, () => tx('p', {}, rnd.pick(corpus.offTopic)));
  const parts = [header(rnd), '<main class="l-main">'];
  parts.push(
    el(
      'article',
      { class: 'story' },
      tx('h1', {}, headline),
      tx('p', { class: 'byline' }, `By ${person(rnd)} · ${date(rnd)}`),
      ...story,
    ),
  );
  parts.push(sidebar(pool, rnd));
  parts.push('<section class="stream"><h2>Latest updates</h2>');
  const sizeOf = unit === 'text' ? approxText : (markup: string) => markup.length;
  let chars = sizeOf(parts.join(''));
  for (let i = 0; chars < size; i++) {
    const block = i % 5 === 4 ? teaserCard(pool, rnd) : comment(pool.paragraphs, rnd, i, rnd.next() < 0.2);
    parts.push(block);
    chars += sizeOf(block);
  }
  parts.push('</section></main>', footer(rnd));
  return {
    html: documentOf(headline, corpus.offTopic[0]!.slice(0, 160), parts.join(''), openGraph),
    label:
      (unit === 'text' ? `${formatSize(size)} of text` : `${formatSize(size)} page (not an article)`) +
      (openGraph ? '' : ', no og: tags'),
  };
}

/**
 * A positive article of about `articleWords` words (real paragraphs about the proposal, demo article first), inside a
 * full news layout whose boilerplate grows with it: more comments, teasers and inline boxes on longer stories.
 */
export function positiveArticlePage(corpus: CorpusText, articleWords: number, seed: number): SyntheticPage {
  const rnd = seededRandom(seed);
  // Around a story about the proposal, the links and teasers are the site's other news.
  const pool: Pool = { headlines: corpus.headlines, paragraphs: corpus.offTopic };
  const body = articleParagraphs(corpus.positive, articleWords);
  const headline = "Putin offers Washington a cyber 'reset' with four-point plan";
  const inner: string[] = [
    tx('span', { class: 'kicker' }, 'World'),
    tx('h1', { class: 'headline' }, headline),
    tx('p', { class: 'standfirst' }, body[0]!.slice(0, 150)),
    el(
      'div',
      { class: 'meta' },
      tx('address', { class: 'author' }, person(rnd)),
      tx('time', { datetime: '2020-09-25' }, 'September 25, 2020'),
    ),
    shareBar(),
    el(
      'figure',
      {},
      el('div', { class: 'image-placeholder' }),
      tx('figcaption', {}, 'The Kremlin, Moscow. File photo.'),
    ),
  ];
  const paragraphs: string[] = [];
  body.forEach((p, i) => {
    paragraphs.push(tx('p', {}, p));
    if (i % 4 === 3) paragraphs.push(inlineRelated(pool, rnd));
    if (i % 6 === 5) paragraphs.push(el('div', { class: 'ad-slot' }, tx('span', {}, 'Advertisement')));
  });
  inner.push(el('div', { class: 'article-body' }, ...paragraphs));
  inner.push(el('ul', { class: 'tags' }, ...SECTIONS.map((s) => el('li', {}, tx('a', { href: `/tag/${s}` }, s)))));
  const teasers = Math.max(12, Math.round(articleWords / 100));
  const comments = Math.max(30, Math.round(articleWords / 10));
  const page = [
    header(rnd),
    '<main class="l-main">',
    el('article', { class: 'story' }, ...inner),
    sidebar(pool, rnd),
    '</main>',
    el(
      'section',
      { class: 'more' },
      tx('h2', {}, 'More from World'),
      ...Array.from({ length: teasers }, () => teaserCard(pool, rnd)),
    ),
    el(
      'section',
      { class: 'comments' },
      tx('h2', {}, `${comments} comments`),
      ...Array.from({ length: comments }, (_, i) =>
        comment([...corpus.offTopic, ...corpus.positive], rnd, i, rnd.next() < 0.3),
      ),
    ),
    footer(rnd),
  ].join('');
  return {
    html: documentOf(`${headline} | ${SITE}`, body[0]!.slice(0, 160), page),
    label: `${articleWords.toLocaleString('en')}-word article`,
  };
}

/** Paragraphs from the start of `source` (in order, repeating if needed) until about `words` words. */
export function articleParagraphs(source: readonly string[], words: number): string[] {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = source[i % source.length]!;
    out.push(p);
    count += wordCount(p);
  }
  return out;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function documentOf(title: string, description: string, body: string, openGraph = true): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title });
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }) +
    tx('title', {}, title) +
    el('meta', { name: 'description', content: description }) +
    (openGraph
      ? el('meta', { property: 'og:title', content: title }) +
        el('meta', { property: 'og:description', content: description }) +
        el('meta', { property: 'og:site_name', content: SITE })
      : '') +
    tx('style', {}, CSS) +
    el('script', { type: 'application/ld+json' }, escapeJson(ld)) +
    `</head><body class="site">${body}</body></html>`
  );
}

/** JSON inside a script element must not close it early. */
function escapeJson(json: string): string {
  return json.replace(/</g, '\\u003c');
}

function header(rnd: SeededRandom): string {
  const mega = SECTIONS.map((s) =>
    el(
      'li',
      { class: 'mega-section' },
      tx('a', { href: `/${s.toLowerCase()}` }, s),
      el(
        'ul',
        {},
        ...Array.from({ length: 12 }, (_, i) =>
          el('li', {}, tx('a', { href: `/${s.toLowerCase()}/${i}` }, `${s} ${SUBSECTIONS[i % SUBSECTIONS.length]}`)),
        ),
      ),
    ),
  );
  const ticker = Array.from({ length: 6 }, () =>
    tx('li', {}, `${rnd.pick(MARKETS)} ${(rnd.next() * 4 - 2).toFixed(2)}%`),
  );
  return el(
    'header',
    { class: 'masthead' },
    tx('a', { class: 'logo', href: '/' }, SITE),
    el('nav', { class: 'mega', 'aria-label': 'Sections' }, el('ul', {}, ...mega)),
    el('ul', { class: 'ticker' }, ...ticker),
    el('form', { class: 'search' }, el('input', { type: 'search', name: 'q' }), tx('button', {}, 'Search')),
  );
}

function sidebar(pool: Pool, rnd: SeededRandom): string {
  const links = (n: number) =>
    Array.from({ length: n }, (_, i) =>
      el('li', {}, tx('a', { href: `/read/${rnd.int(1, 99999)}` }, pickHeadline(pool, rnd, i))),
    );
  return el(
    'aside',
    { class: 'rail' },
    tx('h2', {}, 'Most read'),
    el('ol', {}, ...links(10)),
    tx('h2', {}, 'Video'),
    el('ul', {}, ...links(8)),
    el(
      'form',
      { class: 'newsletter' },
      tx('label', {}, 'The morning briefing, in your inbox'),
      el('input', { type: 'email' }),
    ),
  );
}

function teaserCard(pool: Pool, rnd: SeededRandom): string {
  return el(
    'div',
    { class: 'card' },
    el('h3', {}, tx('a', { href: `/story/${rnd.int(1, 99999)}` }, pickHeadline(pool, rnd, rnd.int(0, 99)))),
    tx('p', {}, rnd.pick(pool.paragraphs).slice(0, 140)),
    tx('span', { class: 'section' }, rnd.pick(SECTIONS)),
  );
}

function inlineRelated(pool: Pool, rnd: SeededRandom): string {
  return el(
    'aside',
    { class: 'inline-related' },
    tx('h4', {}, 'Read more'),
    el('ul', {}, ...[0, 1, 2].map((i) => el('li', {}, tx('a', { href: `/related/${i}` }, pickHeadline(pool, rnd, i))))),
  );
}

function comment(paragraphs: readonly string[], rnd: SeededRandom, i: number, withReply: boolean): string {
  const one = (id: string, text: string) =>
    el(
      'div',
      { class: 'comment', id },
      el(
        'div',
        { class: 'comment-meta' },
        tx('a', { href: `/profile/${rnd.int(1, 9999)}` }, person(rnd)),
        tx('time', {}, date(rnd)),
      ),
      tx('p', {}, text),
      el('div', { class: 'comment-actions' }, tx('button', {}, 'Reply'), tx('button', {}, `Like ${rnd.int(0, 300)}`)),
    );
  const own = one(`c${i}`, rnd.pick(paragraphs));
  return withReply ? own + el('div', { class: 'replies' }, one(`c${i}r`, rnd.pick(paragraphs).slice(0, 200))) : own;
}

function shareBar(): string {
  return el(
    'div',
    { class: 'share' },
    ...['Facebook', 'X', 'WhatsApp', 'Telegram', 'Email', 'Copy link'].map((s) => tx('button', {}, s)),
  );
}

function footer(rnd: SeededRandom): string {
  const cols = Array.from({ length: 6 }, (_, c) =>
    el(
      'ul',
      {},
      ...Array.from({ length: 15 }, (_, i) =>
        el(
          'li',
          {},
          tx('a', { href: `/f/${c}/${i}` }, `${rnd.pick(SECTIONS)} ${FOOTER_LINKS[i % FOOTER_LINKS.length]}`),
        ),
      ),
    ),
  );
  return el('footer', { class: 'site-footer' }, ...cols, tx('p', {}, `© 2020 ${SITE} Media Group`));
}

function pickHeadline(pool: Pool, rnd: SeededRandom, i: number): string {
  return pool.headlines[(rnd.int(0, 999) + i) % pool.headlines.length]!;
}

function person(rnd: SeededRandom): string {
  return `${rnd.pick(FIRST)} ${rnd.pick(LAST)}`;
}

function date(rnd: SeededRandom): string {
  return `2020-09-${String(rnd.int(1, 28)).padStart(2, '0')} ${rnd.int(0, 23)}:${String(rnd.int(0, 59)).padStart(2, '0')}`;
}

/** Characters of text in a piece of markup, near enough to decide when a page is big enough. */
function approxText(markup: string): number {
  return markup.replace(/<[^>]*>/g, '').length;
}

export function formatSize(chars: number): string {
  return chars >= 1_000_000 ? `${chars / 1_000_000} MB` : `${chars / 1_000} KB`;
}

const SUBSECTIONS = ['news', 'analysis', 'opinion', 'live', 'explainers', 'video', 'podcasts', 'in pictures'];
const FOOTER_LINKS = ['About us', 'Contact', 'Careers', 'Advertise', 'Terms', 'Privacy', 'Cookies', 'Help'];
const MARKETS = ['FTSE', 'DAX', 'Nikkei', 'Dow', 'Nasdaq', 'Brent', 'Gold', 'EUR/USD'];
const FIRST = [
  'Amal',
  'Ben',
  'Clara',
  'Dmitri',
  'Elena',
  'Farid',
  'Grace',
  'Hassan',
  'Irina',
  'James',
  'Layla',
  'Nora',
];
const LAST = ['Haddad', 'Ivanova', 'Okafor', 'Petrov', 'Reyes', 'Saleh', 'Turner', 'Westbrook', 'Yilmaz', 'Zhou'];
