import { isClauseId, type ClauseId } from '../dataset/types';
import type { Report } from '../engine/report';

/** Limits on what a content script may send: a news article's text fits well inside them. */
export const MAX_TEXT = 1_000_000;
export const MAX_TITLE = 1_000;
export const MAX_URL = 8_192;
export const MAX_PASSAGE = 10_000;
export const MAX_HIGHLIGHTS = 200;

/** An article as the content script extracted it (Readability on a clone of the page). */
export interface ExtractedArticle {
  url: string;
  title: string;
  text: string;
  /** The page's declared language (html lang), may be empty. */
  lang: string;
  /** The page's publication date (YYYY-MM-DD) from its metadata or URL, if it states one. */
  published?: string;
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
  | { type: 'extract-now' }
  /** side panel → content: highlight these passages of the article, `active` emphasised and scrolled to. */
  | { type: 'highlight'; passages: HighlightPassage[]; active: number | null }
  /** side panel → content: remove our highlights. */
  | { type: 'clear-highlights' }
  /** content → side panel: the reader clicked a highlighted passage of this clause. */
  | { type: 'passage-clicked'; clauseId: ClauseId }
  /** content (in-page pill) → background: open the side panel for the sender's tab (a user click). */
  | { type: 'open-side-panel' };

/** A passage to highlight: its text as the report quotes it, and the clause it matched. */
export interface HighlightPassage {
  text: string;
  clauseId: ClauseId;
}

/** The content script's answer to `highlight`: which passages it could find in the live page. */
export interface HighlightResult {
  anchored: boolean[];
}

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

/** storage.session key: the popup asks the side panel to open on one clause ({ tabId, clauseId }). */
export const PANEL_FOCUS_KEY = 'panel-focus';

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
      if (a.published !== undefined && !isDay(a.published)) return null;
      const article: ExtractedArticle = { url: a.url, title: a.title, text: a.text, lang: a.lang };
      if (a.published !== undefined) article.published = a.published;
      return { type: 'article', article };
    }
    case 'not-candidate':
      return isString(value.url, MAX_URL) ? { type: 'not-candidate', url: value.url } : null;
    case 'analyze-tab':
      return isTabId(value.tabId) ? { type: 'analyze-tab', tabId: value.tabId } : null;
    case 'extract-now':
      return { type: 'extract-now' };
    case 'highlight': {
      const { passages, active } = value;
      if (!Array.isArray(passages) || passages.length > MAX_HIGHLIGHTS) return null;
      const parsed: HighlightPassage[] = [];
      for (const p of passages as unknown[]) {
        if (!isObject(p) || !isString(p.text, MAX_PASSAGE) || !isClauseId(p.clauseId)) return null;
        parsed.push({ text: p.text, clauseId: p.clauseId });
      }
      const validActive =
        active === null || (Number.isInteger(active) && (active as number) >= 0 && (active as number) < parsed.length);
      return validActive ? { type: 'highlight', passages: parsed, active: active as number | null } : null;
    }
    case 'clear-highlights':
      return { type: 'clear-highlights' };
    case 'passage-clicked':
      return isClauseId(value.clauseId) ? { type: 'passage-clicked', clauseId: value.clauseId } : null;
    case 'open-side-panel':
      return { type: 'open-side-panel' };
    default:
      return null;
  }
}

function isDay(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}
