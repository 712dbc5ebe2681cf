// The layers of ARCHITECTURE.md ("Layers"), lowest first. A file may import from its own layer and the layers
// below it, never from one above: text ← dataset ← engine ← report/messaging/storage ← page/background/cli ←
// components ← entrypoints. `npm run lint` reports a wrong-way import as `no-restricted-imports`;
// test/conventions/layers.test.ts proves that it does.

/** Each layer: its folders (relative to the repository) and, for files outside a folder of their own, its files. */
export const LAYERS = [
  { name: 'text', dirs: ['lib/text'] },
  { name: 'dataset', dirs: ['lib/dataset'] },
  { name: 'engine', dirs: ['lib/engine'] },
  {
    name: 'report/messaging/storage',
    dirs: ['lib/report', 'lib/messaging', 'lib/storage'],
  },
  { name: 'page/background/cli', dirs: ['lib/page', 'lib/background', 'lib/cli'] },
  { name: 'components', dirs: ['components'] },
  { name: 'entrypoints', dirs: ['entrypoints'] },
];

/** A script run at build time (`npm run lemmas`), never bundled: it may use Node and compromise. */
const BUILD_SCRIPT = 'lib/text/build-english-lemmas.ts';

/**
 * Packages by what they tie code to, and the folders allowed to import them. The pure core (text, dataset, engine,
 * report) runs unchanged in the extension and in Node for the CLI, so it imports none of them.
 */
const PACKAGES = [
  {
    what: 'extension APIs',
    regex: '^(wxt|webextension-polyfill)(/|$)',
    allowed: ['lib/messaging', 'lib/storage', 'lib/page', 'lib/background', 'components', 'entrypoints'],
  },
  { what: 'the UI library', regex: '^preact(/|$)', allowed: ['components', 'entrypoints'] },
  { what: 'the live page (Readability)', regex: '^@mozilla/readability$', allowed: ['lib/page'] },
  { what: 'Node', regex: '^(node:|linkedom$)', allowed: ['lib/cli', BUILD_SCRIPT] },
  // compromise is 137 KB gzipped and a devDependency: it derives the English lemma table ahead of time, never ships.
  { what: 'build-time NLP (compromise)', regex: '^compromise$', allowed: [BUILD_SCRIPT] },
];

/** Folders the UI never imports, whatever their layer: it reaches the page and the background by messages. */
const UI_NEVER_IMPORTS = ['lib/page', 'lib/background', 'lib/cli'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Matches an import of anything inside `folder`, by a relative path or one of WXT's aliases (@/, ~/, @@/, ~~/). */
function importOf(folder) {
  const last = folder.split('/').at(-1);
  return `^(\\.{1,2}|@{1,2}|~{1,2})(/.*)?/${escape(last)}/`;
}

/** Matches an import of one file (without its extension), by a relative path or an alias. */
function importOfFile(file) {
  const name = file
    .split('/')
    .at(-1)
    .replace(/\.tsx?$/, '');
  return `^(\\.{1,2}|@{1,2}|~{1,2})(/.*)?/${escape(name)}$`;
}

const under = (path, places) => places.some((p) => path === p || path.startsWith(`${p}/`));

function patternsFor(layerIndex, path) {
  const patterns = [];
  for (const higher of LAYERS.slice(layerIndex + 1)) {
    for (const dir of higher.dirs)
      patterns.push({ regex: importOf(dir), message: `${path} is below ${higher.name}: layers import downward only.` });
    for (const file of higher.files ?? [])
      patterns.push({
        regex: importOfFile(file),
        message: `${path} is below ${higher.name}: layers import downward only.`,
      });
  }
  if (path === 'components')
    for (const dir of UI_NEVER_IMPORTS)
      patterns.push({ regex: importOf(dir), message: `The UI never imports ${dir}/: ask the background by message.` });
  // Only the data layer reads data/: everyone else goes through its typed accessors in lib/dataset/.
  if (path !== 'lib/dataset')
    patterns.push({ regex: importOf('data'), message: 'Read data/ through lib/dataset/, its one typed door.' });
  for (const p of PACKAGES)
    if (!under(path, p.allowed)) patterns.push({ regex: p.regex, message: `${path} may not depend on ${p.what}.` });
  return patterns;
}

const rule = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

/** Flat-config objects, one per folder (a later object's rule options replace an earlier one's, never merge). */
export function layerConfigs() {
  const configs = [];
  LAYERS.forEach((layer, i) => {
    for (const dir of layer.dirs) {
      const ignores = [BUILD_SCRIPT];
      configs.push({ files: [`${dir}/**/*.{ts,tsx,js}`], ignores, rules: rule(patternsFor(i, dir)) });
    }
    for (const file of layer.files ?? []) configs.push({ files: [file], rules: rule(patternsFor(i, file)) });
  });
  configs.push({ files: [BUILD_SCRIPT], rules: rule(patternsFor(0, BUILD_SCRIPT)) });
  return configs;
}
