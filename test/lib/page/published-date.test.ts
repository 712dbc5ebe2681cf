import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findDateline, findPublishedDate } from '../../../lib/page/published-date';

function page(head: string, body = '<p>Text</p>'): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

describe('findPublishedDate', () => {
  it('reads article:published_time as the day in its own time zone', () => {
    const doc = page('<meta property="article:published_time" content="2020-09-25T23:30:00-04:00">');
    expect(findPublishedDate(doc)).toBe('2020-09-25');
  });

  it('reads JSON-LD datePublished, also inside @graph and arrays, and skips broken blocks', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2020-10-02T08:00:00Z' }],
    });
    const doc = page(
      `<script type="application/ld+json">{ not json</script><script type="application/ld+json">${graph}</script>`,
    );
    expect(findPublishedDate(doc)).toBe('2020-10-02');
    const list = page(
      `<script type="application/ld+json">[{"@type":"NewsArticle","datePublished":"2018-04-11"}]</script>`,
    );
    expect(findPublishedDate(list)).toBe('2018-04-11');
  });

  it('prefers article metadata to JSON-LD, and JSON-LD to a <time> in the article', () => {
    const doc = page(
      '<meta property="article:published_time" content="2020-09-26T10:00:00Z">' +
        '<script type="application/ld+json">{"datePublished":"2019-01-01"}</script>',
      '<article><time datetime="2017-05-05">5 May</time></article>',
    );
    expect(findPublishedDate(doc)).toBe('2020-09-26');
  });

  it('reads a <time datetime> in the article when there is no metadata', () => {
    expect(
      findPublishedDate(page('', '<article><header><time datetime="2020-09-28">28 Sept</time></header></article>')),
    ).toBe('2020-09-28');
    // A <time> in a sidebar list of other stories is not the article's date.
    expect(findPublishedDate(page('', '<aside><time datetime="2021-06-16">Geneva</time></aside>'))).toBeUndefined();
    expect(
      findPublishedDate(page('', '<ul class="most-read"><li><time datetime="2021-06-16">Geneva</time></li></ul>')),
    ).toBeUndefined();
  });

  it('reads the same <time> on a page with hundreds of them (an archive) as on a short one', () => {
    const archive = (n: number) =>
      '<aside><ul>' +
      Array.from(
        { length: n },
        (_, i) => `<li><time datetime="2019-01-${String((i % 28) + 1).padStart(2, '0')}">x</time></li>`,
      ).join('') +
      '</ul></aside>';
    const story = '<article><p>Text</p><time class="published" datetime="2020-09-25">25 Sept</time></article>';
    const itemprop = '<span itemprop="datePublished" content="2020-09-29"></span>';
    for (const n of [3, 700]) {
      expect(findPublishedDate(page('', archive(n) + story))).toBe('2020-09-25');
      // An element marked with itemprop comes before any <time>, wherever it stands.
      expect(findPublishedDate(page('', archive(n) + story + itemprop))).toBe('2020-09-29');
      // Unmarked, the <time> in the article, after all the archive's.
      expect(
        findPublishedDate(page('', archive(n) + '<article><time datetime="2020-10-01">1 Oct</time></article>')),
      ).toBe('2020-10-01');
    }
  });

  it("reads a news item's date line outside <article>, skipping the dates of other stories", () => {
    const body =
      '<div class="related-links"><time datetime="2021-04-15">Sanctions</time></div>' +
      '<div class="news-item"><div class="news-item__time"><time datetime="2017-09-13T12:30:00+03:00">13 Sept 2017</time></div>' +
      '<h1>Ryabkov</h1><p>Text</p></div>';
    expect(findPublishedDate(page('', body))).toBe('2017-09-13');
  });

  it('reads the date from the canonical URL, then from the page URL', () => {
    expect(
      findPublishedDate(page('<link rel="canonical" href="https://news.example/world/2020/09/25/putin-cyber">')),
    ).toBe('2020-09-25');
    expect(findPublishedDate(page(''), 'https://news.example/2017/11/03/ryabkov-guarantees/')).toBe('2017-11-03');
    expect(findPublishedDate(page(''), 'https://news.example/politics/20200926/putin.html')).toBe('2020-09-26');
    expect(findPublishedDate(page(''), 'https://news.example/a/2020-09-27-putin-offer')).toBe('2020-09-27');
  });

  it('ignores impossible or far-off dates and pages without any', () => {
    expect(findPublishedDate(page('<meta property="article:published_time" content="2020-02-30">'))).toBeUndefined();
    expect(findPublishedDate(page('<meta property="article:published_time" content="1850-01-01">'))).toBeUndefined();
    expect(findPublishedDate(page(''), 'https://news.example/story/12345')).toBeUndefined();
    expect(findPublishedDate(page(''))).toBeUndefined();
  });
});

describe('findDateline', () => {
  it('reads the date line a page prints beside its headline, not the dates of other stories', () => {
    const body =
      '<aside class="related"><p class="date">3 March 2017</p></aside>' +
      '<h1>Headline</h1><div class="article-info">Опубликовано 4 октября 2018 года · Марина</div><p>Text</p>';
    expect(findDateline(page('', body))).toBe('Опубликовано 4 октября 2018 года · Марина');
    expect(findDateline(page('', '<p class="timestamp">الجمعة 25 سبتمبر 2020 | 6:12 م</p>'))).toBe(
      'الجمعة 25 سبتمبر 2020 | 6:12 م',
    );
  });

  it('takes no paragraph for a date line, and none without a digit', () => {
    expect(findDateline(page('', `<div class="meta">${'A long paragraph of 2020 text. '.repeat(10)}</div>`))).toBe(
      undefined,
    );
    expect(findDateline(page('', '<span class="byline">By Jane Doe</span>'))).toBeUndefined();
  });
});
