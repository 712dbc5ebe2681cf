import {
  isObject,
  parseHighlightPassages,
  type HighlightPassage,
  type HighlightResult,
  type MessageOf,
} from './protocol';

/** The background and the side panel → the page scripts in a tab's top frame. */
export type ToPage = {
  /** The background: which document is this? (the gate answers with its token) */
  document: { request: Record<never, never>; reply: { token: string } };
  /** The background, for "Analyze this page": extract the article now, without the gate. */
  'extract-now': { request: Record<never, never>; reply: null };
  /** The side panel: highlight these passages of the article, `active` emphasised and scrolled to. */
  highlight: { request: { passages: HighlightPassage[]; active: number | null }; reply: HighlightResult };
  /** The side panel: remove our highlights. */
  'clear-highlights': { request: Record<never, never>; reply: null };
};
export type ToPageMessage = MessageOf<ToPage>;

export function parseToPage(value: unknown): ToPageMessage | null {
  if (!isObject(value)) return null;
  switch (value.type) {
    case 'document':
    case 'extract-now':
    case 'clear-highlights':
      return { type: value.type };
    case 'highlight': {
      const passages = parseHighlightPassages(value.passages);
      const { active } = value;
      if (!passages) return null;
      const validActive =
        active === null ||
        (typeof active === 'number' && Number.isInteger(active) && active >= 0 && active < passages.length);
      return validActive ? { type: 'highlight', passages, active } : null;
    }
    default:
      return null;
  }
}

/**
 * The one message the gate answers ('document'); the extractor answers the rest. A parser of its own keeps the clause
 * list and the passage checks out of the script that runs on every page of every listed site.
 */
export function parseToGate(value: unknown): Extract<ToPageMessage, { type: 'document' }> | null {
  return isObject(value) && value.type === 'document' ? { type: 'document' } : null;
}
