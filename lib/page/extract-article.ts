import { Readability } from '@mozilla/readability';
import { MAX_TEXT, MAX_TITLE, type ExtractedArticle } from '../messaging/protocol';
import { articleText } from './article-text';
import { findDateline, findPublishedDate } from './published-date';
import { elementCount, READING_LIMITS, readingCopy, type ReadingLimits } from './reading-copy';

/**
 * Extracts the article with Readability on a copy of the document (the page itself is never touched): the
 * browser's own copy (`cloneNode`, as Readability's documentation does) when the page is within the extraction
 * budget, the bounded copy of reading-copy.ts when it is larger, or when the native copy yields no article (one
 * inside a shadow root, which `cloneNode` leaves out). Readability hands back its result element (not an HTML
 * string), which we only read text from.
 */
export function extractArticle(
  doc: Document,
  url: string,
  limits: ReadingLimits = READING_LIMITS,
): ExtractedArticle | null {
  const native = elementCount(doc) <= limits.maxElements ? read(doc.cloneNode(true) as Document) : null;
  // Below Readability's threshold, the native copy found no article, only the longest scrap it could.
  const found =
    native && native.text.length >= CHAR_THRESHOLD ? native : longer(native, read(readingCopy(doc, limits)));
  if (!found) return null;
  const article: ExtractedArticle = {
    url,
    title: (found.title || doc.title || '').slice(0, MAX_TITLE),
    text: found.text.slice(0, MAX_TEXT),
    lang: (found.lang || doc.documentElement.lang || '').slice(0, 64),
  };
  const published = findPublishedDate(doc, url);
  if (published) article.published = published;
  else {
    const dateline = findDateline(doc);
    if (dateline) article.dateline = dateline;
  }
  return article;
}

/** Readability's minimum article length, in characters (its default is 500; news briefs are shorter). */
const CHAR_THRESHOLD = 200;

type Found = { title: string; text: string; lang: string };
const longer = (a: Found | null, b: Found | null) => (a && (!b || a.text.length > b.text.length) ? a : b);

function read(copy: Document): Found | null {
  const parsed = new Readability<Node>(copy, { serializer: (el: Node) => el, charThreshold: CHAR_THRESHOLD }).parse();
  const text = parsed?.content ? articleText(parsed.content) : '';
  return parsed && text ? { title: parsed.title ?? '', text, lang: parsed.lang ?? '' } : null;
}
