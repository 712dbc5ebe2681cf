import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';

/**
 * Real article text for the synthetic pages: the paragraphs of the demo article and of the fixture corpus,
 * so the engine sees the words, sentence lengths and scripts it meets on real coverage.
 */
export interface CorpusText {
  /** Paragraphs of articles about the proposal, demo article first, then the English positives in file order. */
  positive: string[];
  /** Paragraphs of off-topic English articles (weather, markets, culture, sport): nothing the gate should pass. */
  offTopic: string[];
  /** Headlines of every English fixture article, for link lists and teasers on article pages. */
  headlines: string[];
  /** Headlines of the off-topic articles only, for pages the gate must turn away. */
  offTopicHeadlines: string[];
}

const PAGES = resolve('test/fixtures/pages');
const CORPUS_EN = resolve('test/fixtures/corpus/en');

/** Off-topic stories in the English corpus: hard negatives are left out, since they share the gate's vocabulary. */
const OFF_TOPIC = /^neg-(2[1-9])-/;

export function loadCorpusText(): CorpusText {
  const files = readdirSync(CORPUS_EN)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const positive = paragraphsOf(readFileSync(join(PAGES, 'demo-article.html'), 'utf8'));
  const offTopic: string[] = [];
  const headlines: string[] = [];
  const offTopicHeadlines: string[] = [];
  for (const file of files) {
    const html = readFileSync(join(CORPUS_EN, file), 'utf8');
    const { document } = parseHTML(html);
    const h1 = document.querySelector('h1')?.textContent?.trim();
    if (h1) headlines.push(h1);
    if (file.startsWith('pos-')) positive.push(...paragraphsOf(html));
    else if (OFF_TOPIC.test(file)) {
      offTopic.push(...paragraphsOf(html));
      if (h1) offTopicHeadlines.push(h1);
    }
  }
  if (positive.length < 20 || offTopic.length < 20 || offTopicHeadlines.length < 5)
    throw new Error('the fixture corpus is too small to build benchmark pages from');
  return { positive, offTopic, headlines, offTopicHeadlines };
}

function paragraphsOf(html: string): string[] {
  const { document } = parseHTML(html);
  const root = document.querySelector('article') ?? document.body;
  return [...root.querySelectorAll('p')]
    .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length >= 80);
}
