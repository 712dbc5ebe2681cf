import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../lib/page/extract-article';

/**
 * Bundled into a Chromium page by layout-check.ts: the words our extraction finds in the page, and the words
 * Readability finds on a clone of the whole document (as its documentation runs it), each -1 when it throws.
 */
export function layoutWords(): { readability: number; ours: number } {
  const words = (s: string | null | undefined) => (s ?? '').split(/\s+/).filter(Boolean).length;
  const attempt = (read: () => string | null | undefined) => {
    try {
      return words(read());
    } catch {
      return -1;
    }
  };
  return {
    readability: attempt(
      () => new Readability(document.cloneNode(true) as Document, { charThreshold: 200 }).parse()?.textContent,
    ),
    ours: attempt(() => extractArticle(document, location.href)?.text),
  };
}
