// @vitest-environment node
import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { listClauses } from '../../../lib/dataset/statement';
import { failed } from '../../../lib/cli/analyze-html';
import { htmlReport } from '../../../lib/cli/html-report';
import { fixtureReport } from '../report/formats-fixture';

const pages = [
  fixtureReport('en/pos-01-wire-kremlin-reboot.html', 'https://www.example-wire.com/a'),
  fixtureReport('ar/pos-05-translation-forum-repost.html', 'https://forum.example.net/t/1'),
  fixtureReport('en/pos-08-mentions-county-election-officials.html', 'https://www.example-wire.com/b'),
  fixtureReport('en/neg-01-solarwinds-breach-wire.html', 'https://news.example.org/c'),
  {
    ...fixtureReport('en/pos-02-reaction-state-dept.html', 'javascript:alert(1)'),
    title: '<img src=x onerror=alert(1)><script>alert(2)</script>',
  },
  failed('broken.html', 'cannot read: file not found'),
];
const html = htmlReport(pages, new Date('2026-01-01T00:00:00Z'));
const { document } = parseHTML(html);

describe('htmlReport', () => {
  it('draws a matrix of the related pages by every clause, each cell naming its tier', () => {
    const table = document.querySelector('#by-article table')!;
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(heads).toHaveLength(listClauses().length + 1);
    const rows = [...table.querySelectorAll('tbody tr')];
    const related = pages.filter((p) => !p.error && p.verdict !== 'unrelated');
    expect(rows).toHaveLength(related.length);
    rows.forEach((row, i) => {
      const cells = [...row.querySelectorAll('td')];
      listClauses().forEach((clause, j) => {
        const tier = related[i]!.clauses.find((c) => c.id === clause.id)?.tier;
        expect(cells[j]!.className, `${i} ${clause.id}`).toBe(`cell cell-${tier ?? 'none'}`);
      });
    });
    expect(document.querySelectorAll('#by-outlet tbody tr')).toHaveLength(
      new Set(related.map((p) => new URL(p.url!).hostname)).size,
    );
  });

  it('lists every framing flag with its passages, and every error and unrelated page', () => {
    const flagIds = new Set(pages.flatMap((p) => (p.verdict === 'unrelated' ? [] : p.flags.map((f) => f.id))));
    expect(flagIds.size).toBeGreaterThan(1);
    const shown = [...document.querySelectorAll('.flag h3 code')].map((c) => c.textContent);
    expect(new Set(shown)).toEqual(flagIds);
    expect(html).toContain('broken.html: cannot read: file not found');
    expect(html).toContain('1 not about the proposal');
  });

  it('escapes page text and links only web URLs', () => {
    expect(document.querySelectorAll('img, script:not(:last-of-type)')).toHaveLength(0);
    expect(document.querySelectorAll('script')).toHaveLength(1);
    expect([...document.querySelectorAll('a[href]')].every((a) => /^(#|https?:)/.test(a.getAttribute('href')!))).toBe(
      true,
    );
    expect(document.body.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('loads nothing from outside and allows only its own script', () => {
    expect(document.querySelectorAll('[src], [srcset], link, iframe, object, embed')).toHaveLength(0);
    expect(document.querySelector('style')!.textContent).not.toMatch(/url\(|@import/i);
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    const script = document.querySelector('script')!.textContent!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
  });
});
