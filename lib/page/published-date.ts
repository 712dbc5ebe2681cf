/**
 * The page's publication date, as a calendar day (YYYY-MM-DD), from where news sites put it, most reliable first:
 * Open Graph / article metadata, JSON-LD `datePublished`, other publication-date metadata, a `<time datetime>`
 * marked as the publication time or inside the article, then a date in the canonical or page URL
 * (/2020/09/25/, /20200925/, 2020-09-25). Returns undefined when the page states none. Reads only: it works on a
 * live page, a copy of one or a parsed file, and is bounded however large the page.
 */
export function findPublishedDate(doc: Document, url?: string): string | undefined {
  const head = doc.head ?? doc.documentElement;
  if (!head) return undefined;
  const primary = fromMeta(head, PRIMARY_META);
  if (primary) return primary;
  const found = inDocument(doc);
  return (
    fromJsonLd(found.jsonLd) ??
    fromMeta(head, SECONDARY_META) ??
    fromItemprop(found.itemprop) ??
    fromTime(doc, found.times) ??
    fromUrl(head.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    fromUrl(head.querySelector('meta[property="og:url"]')?.getAttribute('content')) ??
    fromUrl(url)
  );
}

const JSON_LD = 'script[type="application/ld+json"]';
const ITEMPROP = '[itemprop="datePublished"]';
const TIME = 'time[datetime]';

/**
 * The elements the sources after the head's metadata read, in document order, from one walk of the document (a
 * lookup that misses walks all of it, and most pages miss most of them): JSON-LD blocks, the first element with
 * itemprop="datePublished", and `<time datetime>` elements, or null for those on a page with more than
 * MAX_TIMES_LISTED of them (a calendar, an archive), where fromTime asks the document instead.
 */
function inDocument(doc: Document): { jsonLd: Element[]; itemprop: Element | null; times: Element[] | null } {
  const jsonLd: Element[] = [];
  let itemprop: Element | null = null;
  let times: Element[] | null = [];
  const all = doc.querySelectorAll(`${JSON_LD}, ${ITEMPROP}, ${TIME}`);
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (jsonLd.length < MAX_JSON_LD_BLOCKS && el.matches(JSON_LD)) jsonLd.push(el);
    if (!itemprop && el.matches(ITEMPROP)) itemprop = el;
    if (times && el.matches(TIME)) {
      if (times.length < MAX_TIMES_LISTED) times.push(el);
      else times = null;
    }
  }
  return { jsonLd, itemprop, times };
}

const PRIMARY_META = ['meta[property="article:published_time"]', 'meta[name="article:published_time"]'];
const SECONDARY_META = [
  'meta[property="og:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="publish-date"]',
  'meta[name="publication_date"]',
  'meta[name="date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
  'meta[name="sailthru.date"]',
];
/** JSON-LD blocks read at most, and the largest read: a page can hold many, and huge ones are not metadata. */
const MAX_JSON_LD_BLOCKS = 8;
const MAX_JSON_LD_CHARS = 100_000;
const MAX_TIME_ELEMENTS = 50;
/** More `<time datetime>` elements than this are not sorted in script: the document's own selector lookups do it. */
const MAX_TIMES_LISTED = 500;
const MARKED_TIME =
  'time[pubdate][datetime], time[itemprop="datePublished"][datetime], time.pubdate[datetime], time.published[datetime]';
const ARTICLE_TIME = 'article time[datetime], header time[datetime], main time[datetime]';
const MIN_YEAR = 1990;

function fromMeta(head: Element, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const day = calendarDay(head.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  return undefined;
}

function fromItemprop(el: Element | null): string | undefined {
  return calendarDay(el?.getAttribute('content') ?? el?.getAttribute('datetime'));
}

function fromJsonLd(blocks: Element[]): string | undefined {
  for (const block of blocks) {
    const text = block.textContent ?? '';
    if (text.length > MAX_JSON_LD_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue; // broken metadata is common; the next source may do
    }
    const day = datePublishedIn(data, 0);
    if (day) return day;
  }
  return undefined;
}

/** `datePublished` of the first node that has one, looking into arrays and `@graph` (a few levels deep). */
function datePublishedIn(node: unknown, depth: number): string | undefined {
  if (depth > 4 || !node || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node.slice(0, 20)) {
      const day = datePublishedIn(item, depth + 1);
      if (day) return day;
    }
    return undefined;
  }
  const record = node as Record<string, unknown>;
  const own = calendarDay(typeof record.datePublished === 'string' ? record.datePublished : undefined);
  return own ?? datePublishedIn(record['@graph'], depth + 1) ?? datePublishedIn(record.mainEntity, depth + 1);
}

/** Where `<time>` elements date other stories: lists of related, popular or recommended links. */
const OTHER_STORIES =
  'aside, nav, footer, [class*="related"], [class*="popular"], [class*="most-"], [class*="teaser"], ' +
  '[class*="sidebar"], [class*="rail"], [class*="recommend"], [class*="comment"]';

/**
 * A `<time>` marked as the publication time, else the first one inside the article or its header, else the first
 * one on the page outside lists of other stories (a news item's date line above its headline). `listed`: the page's
 * `<time datetime>` elements in document order, or null to ask the document.
 */
function fromTime(doc: Document, listed: Element[] | null): string | undefined {
  const times = (selector: string) => listed?.filter((t) => t.matches(selector)) ?? doc.querySelectorAll(selector);
  const marked = listed ? listed.find((t) => t.matches(MARKED_TIME)) : doc.querySelector(MARKED_TIME);
  const markedDay = calendarDay(marked?.getAttribute('datetime'));
  if (markedDay) return markedDay;
  for (const selector of [ARTICLE_TIME, TIME]) {
    const found = times(selector);
    for (let i = 0; i < found.length && i < MAX_TIME_ELEMENTS; i++) {
      if (found[i]!.closest(OTHER_STORIES)) continue;
      const day = calendarDay(found[i]!.getAttribute('datetime'));
      if (day) return day;
    }
  }
  return undefined;
}

function fromUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  const path = url.slice(0, 2048);
  const m =
    /\/((?:19|20)\d\d)\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?:\/|$|[-_])/.exec(path) ??
    /[/_-]((?:19|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/.exec(path) ??
    /\/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\/|[-_.]|$)/.exec(path);
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The calendar day an ISO 8601 date or date-time names, in its own time zone ("2020-09-25T10:00:00+03:00"). */
function calendarDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value.slice(0, 64));
  return m ? validDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

function validDay(year: number, month: number, day: number): string | undefined {
  if (year < MIN_YEAR || year > new Date().getUTCFullYear() + 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The longest text read as a date line: "Published 4 October 2018 · Jane Doe" is short; a paragraph is not one. */
export const MAX_DATELINE = 200;
const MAX_DATELINE_ELEMENTS = 40;
/** Where sites print the date line as text: elements whose class or itemprop says date, time, published or meta. */
const DATELINE =
  '[itemprop="datePublished"], [class*="date" i], [class*="publish" i], [class*="time" i], [class*="byline" i], ' +
  '[class*="article-info" i], [class*="article-meta" i], [class*="entry-meta" i], [class*="post-meta" i]';

/**
 * A page with no machine-readable date may still print one as text beside the headline ("Опубликовано 4 октября
 * 2018 года · …"), where Readability leaves it out of the article. The first such short text on the page outside
 * lists of other stories that holds a digit, for the engine to read in the article's language; undefined when none.
 */
export function findDateline(doc: Document): string | undefined {
  const root = doc.body;
  if (!root) return undefined;
  const found = root.querySelectorAll(DATELINE);
  for (let i = 0; i < found.length && i < MAX_DATELINE_ELEMENTS; i++) {
    const el = found[i]!;
    if (el.closest(OTHER_STORIES)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 0 && text.length <= MAX_DATELINE && /\d/.test(text)) return text;
  }
  return undefined;
}
