import type { Report } from '../engine/report';

/** Limits on what a content script may send: a news article's text fits well inside them. */
export const MAX_TEXT = 1_000_000;
export const MAX_TITLE = 1_000;
export const MAX_URL = 8_192;

/** An article as the content script extracted it (Readability on a clone of the page). */
export interface ExtractedArticle {
  url: string;
  title: string;
  text: string;
  /** The page's declared language (html lang), may be empty. */
  lang: string;
}

/** Every message between the extension's contexts; each is checked by `parseMessage` where it is received. */
export type Message =
  /** content → background: the page passed the gate and this is its article. */
  | { type: 'article'; article: ExtractedArticle }
  /** content → background: the page is not a candidate; forget any report for the tab. */
  | { type: 'not-candidate'; url: string }
  /** popup or side panel → background: analyse this tab now (activeTab), skipping the gate. */
  | { type: 'analyze-tab'; tabId: number }
  /** background → content: extract the article now, without the gate. */
  | { type: 'extract-now' };

export type MessageType = Message['type'];

/** Replies are values, never thrown errors. */
export type Reply<T = null> = { ok: true; value: T } | { ok: false; error: string };

/** What the background keeps per tab in storage.session. */
export interface TabReport {
  tabId: number;
  url: string;
  analyzedAt: number;
  report: Report;
  /** The article text the report's offsets refer to. */
  text: string;
}

export const tabReportKey = (tabId: number) => `report:${tabId}`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Checks a received value's shape; returns the message or null for anything malformed or unknown. */
export function parseMessage(value: unknown): Message | null {
  if (!isObject(value)) return null;
  switch (value.type) {
    case 'article': {
      const a = value.article;
      if (!isObject(a)) return null;
      if (
        !isString(a.url, MAX_URL) ||
        !isString(a.title, MAX_TITLE) ||
        !isString(a.text, MAX_TEXT) ||
        !isString(a.lang, 64)
      )
        return null;
      return { type: 'article', article: { url: a.url, title: a.title, text: a.text, lang: a.lang } };
    }
    case 'not-candidate':
      return isString(value.url, MAX_URL) ? { type: 'not-candidate', url: value.url } : null;
    case 'analyze-tab':
      return isTabId(value.tabId) ? { type: 'analyze-tab', tabId: value.tabId } : null;
    case 'extract-now':
      return { type: 'extract-now' };
    default:
      return null;
  }
}
