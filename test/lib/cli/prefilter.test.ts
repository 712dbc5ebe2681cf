// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayConcernProposal } from '../../../lib/cli/prefilter';

/** Every fixture page with its expected verdict, from each collection's expected.json. */
function fixtures(): { path: string; verdict: string }[] {
  const out: { path: string; verdict: string }[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'expected.json') {
        const expected = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { verdict: string }>;
        for (const [file, e] of Object.entries(expected)) out.push({ path: join(dir, file), verdict: e.verdict });
      }
    }
  };
  for (const set of ['corpus', 'heldout', 'blind']) walk(resolve('test/fixtures', set));
  return out;
}

/** A news page laid out as sites serve it: metadata in the head, a menu and links with attributes in the body. */
function newsPage(lang: string, head: { title: string; description?: string }, paragraphs: string[]): string {
  const meta = head.description ? `<meta property="og:description" content="${head.description}">` : '';
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${head.title}</title>${meta}` +
    `<style>.nav a{margin:4px}</style></head><body><nav class="nav"><a href="/world">World</a>` +
    `<a href="/sport">Sport</a></nav><article><h1>${head.title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('')}` +
    `</article><footer><a href="/impressum">©</a></footer></body></html>`
  );
}

/** Articles about the proposal in three of the languages read, each naming it only in that language's words. */
const ABOUT: Record<string, string> = {
  de: newsPage('de', { title: 'Moskau schlägt Washington einen Neustart vor' }, [
    'Moskau bietet gegenseitige Garantien gegen <em>Ein</em>mischung in Wahlen an.',
  ]),
  zh: newsPage('zh', { title: '俄方向美方提出建议', description: '普京提议两国交换互不干涉内政的保证' }, [
    '俄罗斯总统提议与美国交换保证。',
  ]),
  fa: newsPage('fa', { title: 'پیشنهاد مسکو به واشنگتن' }, [
    // "پوتین" as numeric character references, as some sites' editors write non-Latin script.
    '&#1662;&#1608;&#1578;&#1740;&#1606; تبادل تضمین‌های عدم مداخله در انتخابات را پیشنهاد کرد.',
  ]),
};

/** Pages of the same sites about something else. */
const OTHER: Record<string, string> = {
  de: newsPage('de', { title: 'Bayern gewinnt das Derby', description: 'Drei Tore in der zweiten Halbzeit' }, [
    'Die Münchner drehten das Spiel nach der Pause.',
  ]),
  zh: newsPage('zh', { title: '北京本周天气晴朗', description: '气温将回升' }, ['周末可能有小雨。']),
  fa: newsPage('fa', { title: 'دستور پخت قورمه‌سبزی' }, ['سبزی را خوب سرخ کنید.']),
};

describe('mayConcernProposal', () => {
  it.each(Object.keys(ABOUT))('lets through a %s article about the proposal', (lang) => {
    expect(mayConcernProposal(ABOUT[lang]!)).toBe(true);
  });

  it.each(Object.keys(OTHER))('answers a %s page about something else without parsing it', (lang) => {
    expect(mayConcernProposal(OTHER[lang]!)).toBe(false);
  });

  it("does not take the body's attributes (links, class names) for text the engine would read", () => {
    const page = newsPage('en', { title: 'Weekend deals' }, [
      '<a class="cyber-week-banner" href="/deals/cyber-monday" title="Putin-proof prices">Deals</a> on garden tools.',
    ]);
    expect(mayConcernProposal(page)).toBe(false);
    // The same words in the head's metadata do count: the extension's gate reads them there.
    expect(mayConcernProposal(page.replace('<title>', '<meta name="description" content="Cyber Monday"><title>'))).toBe(
      true,
    );
  });

  it('lets through to parsing every fixture page that is about the proposal or mentions it', () => {
    const pages = fixtures();
    const related = pages.filter((p) => p.verdict !== 'unrelated');
    expect(related.length).toBeGreaterThan(100);
    expect(related.filter((p) => !mayConcernProposal(readFileSync(p.path, 'utf8'))).map((p) => p.path)).toEqual([]);
  });

  it('finds the vocabulary behind inline markup and character references', () => {
    expect(mayConcernProposal('<p>Pu<b>tin</b> spoke</p>')).toBe(true);
    expect(mayConcernProposal('<p>&#1087;&#1091;&#1090;&#1080;&#1085;</p>')).toBe(true); // путин
    expect(mayConcernProposal('<meta name="description" content="Kremlin statement"><p>x</p>')).toBe(true);
  });

  it('answers a page about something else without parsing it', () => {
    expect(mayConcernProposal('<title>Local team wins the cup</title><p>The final score was 3–1.</p>')).toBe(false);
  });
});
