import { isClauseId, type ClauseId } from '../dataset/types';

/**
 * What the extension's contexts say to each other, typed per direction the way hypothesis/client types its port
 * RPC: each direction is a map from message type to its request and its reply, and each is checked where it is
 * received (shape here, sender by the receiver).
 *
 * - page-to-background.ts: the page scripts (gate, extractor) → the background
 * - panel-to-background.ts: the popup and the side panel → the background
 * - to-page.ts: the background and the side panel → the page scripts
 * - page-to-panel.ts: the extractor → the side panel (a click on a highlight)
 */

/** Limits on what a page script may send: a news article's text fits well inside them. */
export const MAX_TEXT = 1_000_000;
export const MAX_TITLE = 1_000;
export const MAX_URL = 8_192;
export const MAX_PASSAGE = 10_000;
export const MAX_HIGHLIGHTS = 200;
/** A document token (lib/page/script-state.ts) is a UUID. */
export const MAX_TOKEN = 64;

/** An article as the extractor took it from the page (Readability on a copy of the page). */
export interface ExtractedArticle {
  url: string;
  title: string;
  text: string;
  /** The page's declared language (html lang), may be empty. */
  lang: string;
  /** The page's publication date (YYYY-MM-DD), when it states one (lib/page/published-date.ts). */
  published?: string;
  /** Without one: a short date line the page prints beside the headline, for the engine to read (findDateline). */
  dateline?: string;
}

/** The longest date line accepted (lib/page/published-date.ts reads no longer one). */
export const MAX_DATELINE = 200;

/** A passage to highlight: its text as the report quotes it, and the clause it matched. */
export interface HighlightPassage {
  text: string;
  clauseId: ClauseId;
}

/** The extractor's answer to `highlight`: which passages it could find in the live page. */
export interface HighlightResult {
  anchored: boolean[];
}

/** Replies are values, never thrown errors. */
export type Reply<T = null> = { ok: true; value: T } | { ok: false; error: string };

/** One direction of messages: each type's request fields and reply value. */
export type Calls = Record<string, { request: object; reply: unknown }>;
export type RequestOf<C extends Calls, K extends keyof C & string> = { type: K } & C[K]['request'];
export type ReplyOf<C extends Calls, K extends keyof C & string> = C[K]['reply'];
export type MessageOf<C extends Calls> = { [K in keyof C & string]: RequestOf<C, K> }[keyof C & string];
/** A receiver's handlers for (some of) a direction's messages; a missing one leaves the message to another listener. */
export type Handlers<C extends Calls, Extra = void> = {
  [K in keyof C & string]?: (
    request: RequestOf<C, K>,
    extra: Extra,
  ) => Reply<ReplyOf<C, K>> | Promise<Reply<ReplyOf<C, K>>>;
};

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
export const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
export const isTabId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function parseArticle(a: unknown): ExtractedArticle | null {
  if (!isObject(a)) return null;
  if (
    !isString(a.url, MAX_URL) ||
    !isString(a.title, MAX_TITLE) ||
    !isString(a.text, MAX_TEXT) ||
    !isString(a.lang, 64)
  )
    return null;
  if (a.published !== undefined && !isDay(a.published)) return null;
  if (a.dateline !== undefined && !isString(a.dateline, MAX_DATELINE)) return null;
  const article: ExtractedArticle = { url: a.url, title: a.title, text: a.text, lang: a.lang };
  if (a.published !== undefined) article.published = a.published;
  if (a.dateline !== undefined) article.dateline = a.dateline;
  return article;
}

export function parseHighlightPassages(passages: unknown): HighlightPassage[] | null {
  if (!Array.isArray(passages) || passages.length > MAX_HIGHLIGHTS) return null;
  const parsed: HighlightPassage[] = [];
  for (const p of passages as unknown[]) {
    if (!isObject(p) || !isString(p.text, MAX_PASSAGE) || !isClauseId(p.clauseId)) return null;
    parsed.push({ text: p.text, clauseId: p.clauseId });
  }
  return parsed;
}

function isDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
