// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DATASET_VERSION, getClause } from '../../../lib/dataset/statement';
import { webAnnotations } from '../../../lib/report/web-annotation';
import { extractArticle, fixtureReport } from './formats-fixture';

interface Selector {
  type: string;
  exact?: string;
  prefix?: string;
  suffix?: string;
  start?: number;
  end?: number;
}
interface Annotation {
  '@context': string;
  id: string;
  type: string;
  body: { value: string; language?: string; purpose: string }[];
  target: { source: string; selector: Selector[] };
}

const PAGE = 'ar/pos-05-translation-forum-repost.html';
const URL_ = 'https://forum.example.net/t/1';

describe('webAnnotations', () => {
  const report = fixtureReport(PAGE, URL_);
  const annotations = webAnnotations(report) as Annotation[];
  const { document } = parseHTML(readFileSync(resolve('test/fixtures/corpus', PAGE), 'utf8'));
  const text = extractArticle(document as unknown as Document, URL_)!.text;

  it('makes one annotation per matched passage, in the W3C model', () => {
    expect(annotations).toHaveLength(report.clauses.reduce((n, c) => n + c.passages.length, 0));
    expect(annotations.length).toBeGreaterThan(3);
    for (const a of annotations) {
      expect(a['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
      expect(a.type).toBe('Annotation');
      expect(a.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(a.target.source).toBe(URL_);
    }
    expect(new Set(annotations.map((a) => a.id)).size).toBe(annotations.length);
  });

  it('anchors each passage with a quote (exact, prefix, suffix) and positions that agree in the article text', () => {
    for (const a of annotations) {
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
      if (!position) {
        expect(quote.exact).toBe(report.title);
        continue;
      }
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.slice(0, position.start).endsWith(quote.prefix!)).toBe(true);
      expect(text.slice(position.end).startsWith(quote.suffix!)).toBe(true);
      expect(quote.prefix!.length + quote.suffix!.length).toBeGreaterThan(0);
    }
  });

  it("names the clause, the dataset version, and the source's Arabic and translation in the body", () => {
    for (const a of annotations) {
      const id = a.body.find((b) => b.purpose === 'tagging')!.value;
      const clause = getClause(id as never);
      const values = a.body.map((b) => b.value);
      expect(values.some((v) => v.includes(DATASET_VERSION) && v.includes(clause.id))).toBe(true);
      expect(a.body.find((b) => b.language === 'ar')!.value).toBe(clause.arabic);
    }
  });
});
