// Checks the packages `npm run zip` wrote against what the stores refuse on upload, and against the listing text in
// data/store-listing.md: every permission a package asks for has a justification there.
//
//   node --import tsx test/package/check-store-readiness.ts
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readZip } from './read-zip';

interface Manifest {
  name: string;
  description?: string;
  default_locale?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
}

// Limits the stores enforce on upload.
const CHROME_NAME_MAX = 75; // https://developer.chrome.com/docs/extensions/reference/manifest/name
const AMO_NAME_MAX = 50; // addons.mozilla.org refuses longer add-on names.
const DESCRIPTION_MAX = 132; // https://developer.chrome.com/docs/extensions/reference/manifest/description
const AMO_SUMMARY_MAX = 250;

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const listing = readFileSync(resolve('data/store-listing.md'), 'utf8');
const problems: string[] = [];

/** The text of the listing under `## heading`, up to the next heading. */
function section(heading: string): string {
  const start = listing.indexOf(`\n## ${heading}\n`);
  if (start < 0) return '';
  const end = listing.indexOf('\n## ', start + 1);
  return listing.slice(start, end < 0 ? undefined : end);
}

/** The blockquoted text of a section: what gets pasted into the store form. */
function quoted(heading: string): string {
  return section(heading)
    .split('\n')
    .filter((line) => line.startsWith('>'))
    .map((line) => line.replace(/^> ?/, ''))
    .join(' ')
    .trim();
}

const summary = quoted('Summary');
if (summary.length === 0) problems.push('data/store-listing.md: no summary under "## Summary"');
if (summary.length > AMO_SUMMARY_MAX) {
  problems.push(`data/store-listing.md: the summary has ${summary.length} characters (AMO allows ${AMO_SUMMARY_MAX})`);
}
const justifications = section('Permission justifications');

for (const browser of ['chrome', 'firefox']) {
  const file = `${pkg.name}-${pkg.version}-${browser}.zip`;
  const files = readZip(join(resolve('.output'), file));
  const manifest = JSON.parse(String(files.get('manifest.json'))) as Manifest;

  // Every locale's name and description, with __MSG_key__ resolved as the browser does.
  const locales = [...files.keys()].flatMap((p) => /^_locales\/([^/]+)\/messages\.json$/.exec(p)?.[1] ?? []);
  for (const locale of locales.length > 0 ? locales : ['(none)']) {
    const messages = files.get(`_locales/${locale}/messages.json`);
    const table = messages ? (JSON.parse(String(messages)) as Record<string, { message: string }>) : {};
    const text = (s = '') => s.replace(/__MSG_(\w+)__/g, (_, key: string) => table[key]?.message ?? `__MSG_${key}__`);
    const name = text(manifest.name);
    const description = text(manifest.description);
    const nameMax = browser === 'chrome' ? CHROME_NAME_MAX : AMO_NAME_MAX;
    if ([...name].length > nameMax)
      problems.push(`${file} ${locale}: the name has ${[...name].length} characters (max ${nameMax})`);
    // AMO takes a longer description (its summary allows 250); the Chrome Web Store and Edge do not.
    if (browser === 'chrome' && [...description].length > DESCRIPTION_MAX) {
      problems.push(
        `${file} ${locale}: the description has ${[...description].length} characters; the Chrome Web Store and Edge ` +
          `refuse more than ${DESCRIPTION_MAX} (public/_locales/${locale}/messages.json extDescription)`,
      );
    }
  }

  // The Chrome Web Store rejects an item without icons; Firefox falls back to a default one.
  if (browser === 'chrome') {
    const icon = manifest.icons?.['128'];
    if (!icon) problems.push(`${file}: the manifest has no 128×128 icon ("icons": {"128": …}) for the store`);
    else if (!files.has(icon.replace(/^\//, ''))) problems.push(`${file}: the icon ${icon} is not in the package`);
  }

  const asked = [
    ...(manifest.permissions ?? []),
    ...(manifest.optional_permissions ?? []),
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ];
  for (const permission of asked) {
    if (!justifications.includes(`\`${permission}\``)) {
      problems.push(`${file}: \`${permission}\` has no justification in data/store-listing.md`);
    }
  }
  if ((manifest.content_scripts ?? []).length > 0 && !/content script matches/.test(justifications)) {
    problems.push(`${file}: the content script's host access has no justification in data/store-listing.md`);
  }
  console.log(`${file}: ${asked.length} permissions checked, locales ${locales.join(', ') || 'none'}`);
}

for (const p of problems) console.error(`  NOT READY  ${p}`);
if (problems.length > 0) process.exit(1);
console.log('Both packages meet the store limits checked here, and every permission is justified.');
