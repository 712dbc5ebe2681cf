// Does what an addons.mozilla.org reviewer does with our upload: unpacks the sources zip in an empty directory,
// installs the locked dependencies (`npm ci`), builds and zips there (`wxt zip`), and checks that every file is
// the same as in the package we built. Run after `npm run zip`:
//
//   node --import tsx test/package/rebuild-from-sources.ts [--keep]
//
// Both packages are checked (Firefox and Chrome); the rebuild reads nothing outside the unpacked sources except
// the npm registry (or npm's cache).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { readZip } from './read-zip';

const OUTPUT = resolve('.output');
const BROWSERS = ['firefox', 'chrome'];

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
// wxt.config.ts keeps WXT's default names: {{name}}-{{packageVersion}}-{{browser}}.zip and …-sources.zip.
const zipName = (what: string) => `${pkg.name}-${pkg.version}-${what}.zip`;
const keep = process.argv.includes('--keep');

const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Every path that is missing on one side or has different bytes. */
function differences(submitted: Map<string, Buffer>, rebuilt: Map<string, Buffer>): string[] {
  const paths = [...new Set([...submitted.keys(), ...rebuilt.keys()])].sort();
  return paths.flatMap((p) => {
    const a = submitted.get(p);
    const b = rebuilt.get(p);
    if (!a) return [`${p}: only in the rebuild`];
    if (!b) return [`${p}: only in the submitted package`];
    return a.equals(b) ? [] : [`${p}: differs (${a.length} bytes submitted, ${b.length} rebuilt)`];
  });
}

const run = (cwd: string, command: string, args: string[]) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CI: '1' } });

const sourcesZip = join(OUTPUT, zipName('sources'));
const sources = readZip(sourcesZip);
const work = mkdtempSync(join(tmpdir(), 'source-check-rebuild-'));
let failed = false;
try {
  for (const [path, data] of sources) {
    mkdirSync(dirname(join(work, path)), { recursive: true });
    writeFileSync(join(work, path), data);
  }
  console.log(`Unpacked ${sources.size} files (${kB(statSync(sourcesZip).size)} zipped) into ${work}`);
  run(work, 'npm', ['ci', '--no-audit', '--no-fund']);
  for (const browser of BROWSERS) {
    run(work, join(work, 'node_modules/.bin/wxt'), ['zip', '-b', browser]);
    const submitted = join(OUTPUT, zipName(browser));
    const rebuilt = join(work, '.output', zipName(browser));
    const diff = differences(readZip(submitted), readZip(rebuilt));
    const [a, b] = [readFileSync(submitted), readFileSync(rebuilt)];
    const bytes = a.equals(b) ? 'the zip too is byte for byte the same' : 'the zip bytes differ (compression)';
    if (diff.length === 0) {
      console.log(`${browser}: every file of ${zipName(browser)} (${kB(a.length)}) rebuilt identical; ${bytes}`);
      console.log(`  sha256 ${sha256(a)}`);
    } else {
      failed = true;
      console.error(`${browser}: the rebuild differs from ${relative('.', submitted)}:\n  ${diff.join('\n  ')}`);
    }
  }
} finally {
  if (keep) console.log(`Kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
