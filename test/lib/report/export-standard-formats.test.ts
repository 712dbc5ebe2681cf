// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { EXPORT_FORMATS, exportReport } from '../../../lib/report/export';

/** The file the side panel saves in one of the formats the command line also writes. */
function articleExport(id: string, report: ReturnType<typeof analyze>, url: string) {
  const format = EXPORT_FORMATS.find((f) => f.id === id)!;
  const file = exportReport(format, { report, url, languages: { ui: 'en', translation: 'en' } });
  return { body: file.body, type: file.mimeType, name: file.fileName };
}

const text =
  "Russian President Vladimir Putin proposed that Moscow and Washington exchange guarantees of non-interference in each other's internal affairs, including elections. He also called for a treaty banning election interference.";

describe('the side panel exports as annotations and ClaimReview', () => {
  const report = analyze({ title: 'Putin proposes a treaty on non-interference in elections', text });
  const url = 'https://www.example-news.com/world/putin';

  it('saves the W3C annotations of the article, anchored by quote and position', () => {
    const out = articleExport('annotations', report, url);
    const page = JSON.parse(out.body) as {
      type: string;
      items: {
        target: { source: string; selector: { type: string; exact?: string; start?: number; end?: number }[] };
      }[];
    };
    expect(out.type).toBe('application/ld+json');
    expect(page.type).toBe('AnnotationPage');
    expect(page.items).toHaveLength(report.clauses.reduce((n, c) => n + c.passages.length, 0));
    expect(page.items.length).toBeGreaterThan(1);
    expect(page.items.some((a) => a.target.selector.length === 2)).toBe(true);
    for (const a of page.items) {
      expect(a.target.source).toBe(url);
      const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
      const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
      // A passage of the title is anchored by its quote alone; one of the text by its position as well.
      if (position) expect(text.slice(position.start, position.end)).toBe(quote.exact);
      else expect(quote.exact).toBe(report.title);
    }
  });

  it('saves one ClaimReview draft per framing flag', () => {
    expect(report.flags.length).toBeGreaterThan(0);
    const reviews = JSON.parse(articleExport('claimreview', report, url).body) as { claimReviewed: string }[];
    expect(reviews.map((r) => r.claimReviewed)).toEqual(report.flags.map((f) => f.passage));
  });
});
