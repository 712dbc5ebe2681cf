// @vitest-environment node
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * `npm run lint` is what keeps the layers apart, so this lints source text as if it stood at a path in the
 * repository (the file need not exist) with the repository's own eslint.config.js, and reads which imports it
 * reports. Layers, lowest first: text ← dataset ← engine ← report/messaging/storage ← page/background/cli ←
 * components ← entrypoints.
 */
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: process.cwd() });
});

/** The imports that no-restricted-imports reports in `source` placed at `path`. */
async function reportedImports(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path });
  const lines = result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line);
  return [...new Set(lines)].map((line) => source.split('\n')[line - 1]!.match(/from '([^']+)'/)![1]!);
}

const importing = (...specifiers: string[]) =>
  specifiers.map((s, i) => `import { x${i} } from '${s}';\nexport const y${i} = x${i};`).join('\n');

describe('layers: npm run lint fails on an import that goes the wrong way', () => {
  it.each([
    ['lib/text/new-helper.ts', '../dataset/statement'],
    ['lib/text/new-helper.ts', '../engine/analyze'],
    ['lib/dataset/new-helper.ts', '../engine/report'],
    ['lib/dataset/new-helper.ts', '../messaging/protocol'],
    ['lib/engine/new-helper.ts', '../report/citation'],
    ['lib/engine/new-helper.ts', '../messaging/protocol'],
    ['lib/engine/new-helper.ts', '../storage/settings'],
    ['lib/report/new-helper.ts', '../page/find-passage'],
    ['lib/messaging/new-helper.ts', '../background/badge'],
    ['lib/storage/new-helper.ts', '../cli/main'],
    ['lib/page/new-helper.ts', '../../components/ClauseCard'],
    ['lib/background/new-helper.ts', '../../entrypoints/background'],
    ['components/NewView.tsx', '../entrypoints/popup/main'],
    // Not a layer order but the same boundary: the UI talks to the page and the background by messages only.
    ['components/NewView.tsx', '../lib/background/badge'],
    ['components/NewView.tsx', '../lib/page/highlight-passages'],
    ['components/nested/NewView.tsx', '@/lib/page/pill'],
  ])('%s may not import %s', async (path, specifier) => {
    expect(await reportedImports(path, importing(specifier))).toEqual([specifier]);
  });

  it.each([
    ['lib/dataset/new-helper.ts', ['../text/fold', '../../data/statement.json']],
    ['lib/engine/new-helper.ts', ['../text/tokenize', '../dataset/statement', './report']],
    ['lib/report/new-helper.ts', ['../engine/report', '../dataset/statement', '../messaging/protocol']],
    ['lib/storage/new-helper.ts', ['../messaging/protocol', '../engine/report', 'wxt/browser']],
    ['lib/page/new-helper.ts', ['../messaging/protocol', '../storage/settings', '@mozilla/readability']],
    ['lib/cli/new-helper.ts', ['../page/extract-article', '../report/markdown', 'node:fs/promises', 'linkedom']],
    [
      'components/NewView.tsx',
      ['../lib/report/citation', '../lib/storage/tab-reports', './ClauseCard', 'preact/hooks'],
    ],
    ['entrypoints/popup/main.tsx', ['../../components/PopupApp', 'preact']],
  ])('%s may import %j', async (path, specifiers) => {
    expect(await reportedImports(path, importing(...specifiers))).toEqual([]);
  });

  it.each([
    ['lib/engine/new-helper.ts', 'wxt/browser'],
    ['lib/report/new-helper.ts', 'preact'],
    ['lib/dataset/new-helper.ts', 'node:fs'],
    ['lib/background/new-helper.ts', '@mozilla/readability'],
    ['lib/page/new-helper.ts', 'compromise'],
    ['components/NewView.tsx', 'linkedom'],
    ['lib/cli/new-helper.ts', 'wxt/browser'],
  ])('%s may not depend on %s', async (path, specifier) => {
    expect(await reportedImports(path, importing(specifier))).toEqual([specifier]);
  });

  it('leaves data/ to its typed accessors in lib/dataset/', async () => {
    expect(await reportedImports('lib/engine/new-helper.ts', importing('../../data/lexicons.json'))).toEqual([
      '../../data/lexicons.json',
    ]);
  });

  it('also catches a wrong-way re-export and a type-only import', async () => {
    const source = `import type { Message } from '../messaging/protocol';\nexport { badge } from '../background/badge';\nexport type M = Message;`;
    const [result] = await eslint.lintText(source, { filePath: 'lib/engine/new-helper.ts' });
    expect(result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line)).toEqual([1, 2]);
  });
});
