import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/page/extract-article';
import { READING_LIMITS } from '../../../lib/page/reading-copy';

const URL = 'https://www.example-news.com/world/putin-proposal.html';
const words = (s: string | null | undefined) => (s ?? '').split(/\s+/).filter(Boolean).length;
/** Markup before <head>, laid out like Mozilla Readability's "yahoo-3" test page (see the fixture's comment). */
const BEFORE_HEAD = readFileSync(resolve('test/fixtures/pages/markup-before-head.html'), 'utf8');

function happyDocument(html: string): Document {
  const window = new Window({ url: URL, settings: { disableJavaScriptEvaluation: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}
const linkedomDocument = (html: string) => parseHTML(html).document as unknown as Document;
const readabilityAlone = (doc: Document) =>
  words(new Readability(doc.cloneNode(true) as Document).parse()?.textContent);

describe('extractArticle on markup before <head>', () => {
  // A limit of 10 elements sends the page down the bounded copy; the default takes the native copy.
  const paths = { 'native copy': READING_LIMITS, 'bounded copy': { ...READING_LIMITS, maxElements: 10 } };
  for (const [dom, parse] of [
    ['linkedom (the CLI)', linkedomDocument],
    ['happy-dom', happyDocument],
  ] as const) {
    for (const [path, limits] of Object.entries(paths)) {
      it(`finds the whole article in ${dom}, through the ${path}`, () => {
        const doc = parse(BEFORE_HEAD);
        const alone = readabilityAlone(doc);
        expect(alone).toBeGreaterThan(200);
        const article = extractArticle(doc, URL, limits);
        expect(words(article?.text)).toBeGreaterThanOrEqual(alone * 0.9);
        expect(article?.text).toContain('no first strike');
      });
    }
  }
});

describe('extractArticle with the article in an open shadow root', () => {
  it('falls back to the bounded copy, which reads shadow roots, when the native copy finds only scraps', () => {
    const doc = happyDocument(
      '<!doctype html><html lang="en"><head><title>T</title></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header><x-story></x-story></body></html>',
    );
    const root = doc.querySelector('x-story')!.attachShadow({ mode: 'open' });
    const article = doc.createElement('article');
    for (const p of BEFORE_HEAD.match(/<p>[^<]{80,}<\/p>/g)!) {
      article.append(Object.assign(doc.createElement('p'), { textContent: p.slice(3, -4) }));
    }
    root.append(article);
    expect(readabilityAlone(doc)).toBeLessThan(10); // only the navigation
    expect(extractArticle(doc, URL)?.text).toContain('no first strike');
  });
});
