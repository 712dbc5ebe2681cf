import type { Verdict } from '../engine/report';
import {
  isObject,
  isString,
  MAX_TOKEN,
  MAX_URL,
  parseArticle,
  type ExtractedArticle,
  type MessageOf,
  type ReplyOf,
} from './protocol';

/**
 * Page scripts (the gate on listed pages, the extractor the background injects) → the background. Each carries
 * `doc`, the sending document's token, so that a report is bound to the document it describes.
 */
export type PageToBackground = {
  /** The gate: this page may be an article about the proposal; inject the extractor. */
  candidate: { request: { url: string; doc: string }; reply: null };
  /** The gate: this page is not a candidate; forget any report of this document. */
  'not-candidate': { request: { url: string; doc: string }; reply: null };
  /** The extractor: the page's article, to analyse. */
  article: { request: { article: ExtractedArticle; doc: string }; reply: ArticleVerdict };
  /** The in-page pill: open the side panel for the sender's tab (a user click). */
  'open-side-panel': { request: { doc: string }; reply: null };
};
export type PageToBackgroundMessage = MessageOf<PageToBackground>;

export interface ArticleVerdict {
  verdict: Verdict;
  clauses: number;
}
export type ArticleReply = ReplyOf<PageToBackground, 'article'>;

export function parsePageToBackground(value: unknown): PageToBackgroundMessage | null {
  if (!isObject(value) || !isString(value.doc, MAX_TOKEN) || value.doc === '') return null;
  const doc = value.doc;
  switch (value.type) {
    case 'candidate':
    case 'not-candidate':
      return isString(value.url, MAX_URL) ? { type: value.type, url: value.url, doc } : null;
    case 'article': {
      const article = parseArticle(value.article);
      return article ? { type: 'article', article, doc } : null;
    }
    case 'open-side-panel':
      return { type: 'open-side-panel', doc };
    default:
      return null;
  }
}
