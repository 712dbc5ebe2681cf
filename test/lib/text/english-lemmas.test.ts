import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildEnglishLemmas } from '../../../lib/text/build-english-lemmas';

describe('english-lemmas.json', () => {
  it('is exactly what compromise produces now (regenerate with lib/text/build-english-lemmas.ts)', () => {
    const committed = JSON.parse(readFileSync(resolve('lib/text/english-lemmas.json'), 'utf8')) as Record<
      string,
      string
    >;
    expect(committed).toEqual(buildEnglishLemmas());
  });

  it('holds only forms that stemming gets wrong, with their lemma', () => {
    const table = buildEnglishLemmas();
    expect(table.struck).toBe('strike');
    expect(table.sought).toBe('seek');
    expect(table.children).toBe('child');
    expect(table.proposed).toBeUndefined(); // regular: stemming already meets "propose"
  });
});
