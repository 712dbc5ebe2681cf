import { Readability } from '@mozilla/readability';
import { MAX_TEXT, MAX_TITLE, type ExtractedArticle } from '../messaging/protocol';
import { articleText } from './article-text';
import { findPublishedDate } from './published-date';
import { readingCopy } from './reading-copy';

/**
 * Extracts the article with Readability on a bounded, inert copy of the document (the page itself is never
 * touched). Readability hands back its result element (not an HTML string), which we only read text from.
 */
export function extractArticle(doc: Document, url: string): ExtractedArticle | null {
  const clone = readingCopy(doc);
  const parsed = new Readability<Node>(clone, { serializer: (el: Node) => el, charThreshold: 200 }).parse();
  const text = parsed?.content ? articleText(parsed.content) : '';
  if (!parsed || text.length === 0) return null;
  const article: ExtractedArticle = {
    url,
    title: (parsed.title || doc.title || '').slice(0, MAX_TITLE),
    text: text.slice(0, MAX_TEXT),
    lang: (parsed.lang || doc.documentElement.lang || '').slice(0, 64),
  };
  const published = findPublishedDate(doc, url);
  if (published) article.published = published;
  return article;
}
