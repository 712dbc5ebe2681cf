import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const SOURCES = ['entrypoints', 'components', 'lib'].flatMap((d) => files(resolve(d)));
const SINKS = /innerHTML|outerHTML|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|new Function|\beval\(/;

describe('project conventions', () => {
  it('turn no HTML strings into DOM and evaluate no strings as code', () => {
    const offenders = SOURCES.filter((f) => SINKS.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('keep entry files thin: they wire, the logic lives in lib/ and components/', () => {
    for (const f of files(resolve('entrypoints'))) {
      const lines = readFileSync(f, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
      expect(lines.length, f).toBeLessThanOrEqual(12);
    }
  });

  it('keep compromise out of the page scripts and the page code', () => {
    const pageSide = [
      ...files(resolve('lib/page')),
      resolve('entrypoints/gate.ts'),
      resolve('entrypoints/extractor.ts'),
    ];
    for (const f of pageSide) expect(readFileSync(f, 'utf8'), f).not.toMatch(/from 'compromise'/);
  });

  it('never read ../shared at build, test or run time', () => {
    const all = [
      ...SOURCES,
      ...files(resolve('test')).filter((f) => !f.includes('fixtures') && !f.includes('conventions')),
      resolve('wxt.config.ts'),
    ];
    for (const f of all) expect(readFileSync(f, 'utf8'), f).not.toMatch(/\.\.\/shared/);
  });
});
