// Runs Mozilla's add-on linter (`web-ext lint`, what addons.mozilla.org runs on upload) on the Firefox build and
// fails on any error, and on any warning that is not one of the documented dependency warnings.
//
//   node --import tsx test/firefox/lint-firefox-build.ts [.output/firefox-mv3]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ALLOWED_LINT_WARNINGS, type AllowedLintWarning } from './allowed-lint-warnings';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

const dir = resolve(process.argv[2] ?? '.output/firefox-mv3');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No Firefox build in ${dir}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

const run = spawnSync(resolve('node_modules/.bin/web-ext'), ['lint', '--source-dir', dir, '--output', 'json'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) {
  console.error(`Could not run web-ext (a devDependency: npm ci installs it): ${run.error.message}`);
  process.exit(1);
}
let result: LintResult;
try {
  result = JSON.parse(run.stdout) as LintResult;
} catch {
  console.error(`web-ext lint gave no JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  process.exit(1);
}

/** The built code around a message's position, where the allowed list recognises a dependency. */
function around(m: LintMessage): string {
  if (!m.file || m.line === undefined) return '';
  const line = readFileSync(join(dir, m.file), 'utf8').split('\n')[m.line - 1] ?? '';
  const column = m.column ?? 0;
  return line.slice(Math.max(0, column - 400), column + 200);
}

const allowedBy = new Map<AllowedLintWarning, LintMessage[]>(ALLOWED_LINT_WARNINGS.map((a) => [a, []]));
const unexpected: LintMessage[] = [];
for (const w of result.warnings) {
  const text = around(w);
  const match = ALLOWED_LINT_WARNINGS.filter(
    (a) => a.code === w.code && a.file.test(w.file ?? '') && a.context.test(text),
  );
  if (match.length === 1) allowedBy.get(match[0]!)!.push(w);
  else unexpected.push(w);
}
const stale = [...allowedBy].filter(([, seen]) => seen.length === 0).map(([a]) => a);
const where = (m: LintMessage) => `${m.file ?? ''}${m.line === undefined ? '' : `:${m.line}:${m.column ?? 0}`}`;

const { errors, warnings, notices } = result.summary;
console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const [a, seen] of allowedBy) {
  for (const w of seen) console.log(`  allowed   ${w.code} ${where(w)} — ${a.from}`);
}
for (const m of result.notices) console.log(`  notice    ${m.code} ${where(m)} ${m.message}`);
for (const m of result.errors) console.log(`  ERROR     ${m.code} ${where(m)} ${m.message}`);
for (const m of unexpected) console.log(`  WARNING   ${m.code} ${where(m)} ${m.message}`);
for (const a of stale) {
  console.log(`  STALE     allowed warning not seen any more, remove it: ${a.code} ${a.file} — ${a.from}`);
}

if (result.errors.length > 0 || unexpected.length > 0 || stale.length > 0) process.exit(1);
