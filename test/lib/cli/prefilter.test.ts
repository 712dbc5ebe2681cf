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

describe('mayConcernProposal', () => {
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
