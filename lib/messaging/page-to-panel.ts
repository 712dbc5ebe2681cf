import { isClauseId } from '../dataset/types';
import { isObject, type MessageOf } from './protocol';

/** The extractor → the side panel: the reader clicked a highlighted passage of this clause. */
export type PageToPanel = {
  'passage-clicked': { request: { clauseId: import('../dataset/types').ClauseId }; reply: null };
};
export type PageToPanelMessage = MessageOf<PageToPanel>;

export function parsePageToPanel(value: unknown): PageToPanelMessage | null {
  if (!isObject(value) || value.type !== 'passage-clicked' || !isClauseId(value.clauseId)) return null;
  return { type: 'passage-clicked', clauseId: value.clauseId };
}
