import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyzeHtml } from '../../lib/cli/analyze-html';

/**
 * `npm run eval`: runs the engine over the team's fixture corpus (test/fixtures/corpus/{ar,en,ru}) and prints, per
 * language, detection precision/recall and clause precision/recall/F1 (micro), then every mistake.
 */
interface Expected {
  verdict: 'about' | 'mentions' | 'unrelated';
  clauses: string[];
  style: string;
}

const ROOT = resolve('test/fixtures/corpus');
const json = process.argv.includes('--json');
const rows: Record<string, unknown>[] = [];
const mistakes: string[] = [];

for (const lang of readdirSync(ROOT).sort()) {
  const dir = join(ROOT, lang);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, Expected>;
  let tp = 0,
    fp = 0,
    fn = 0,
    tn = 0,
    ctp = 0,
    cfp = 0,
    cfn = 0,
    verdictRight = 0;
  for (const [file, want] of Object.entries(expected)) {
    const got = analyzeHtml(readFileSync(join(dir, file), 'utf8'), file);
    const wantPos = want.verdict !== 'unrelated';
    const gotPos = got.verdict !== 'unrelated';
    if (wantPos && gotPos) tp++;
    else if (!wantPos && gotPos) fp++;
    else if (wantPos && !gotPos) fn++;
    else tn++;
    if (want.verdict === got.verdict) verdictRight++;
    const gotClauses = new Set(got.clauses.map((c) => c.id as string));
    const wantClauses = new Set(want.clauses);
    const extra = [...gotClauses].filter((c) => !wantClauses.has(c));
    const missing = [...wantClauses].filter((c) => !gotClauses.has(c));
    ctp += [...gotClauses].filter((c) => wantClauses.has(c)).length;
    cfp += extra.length;
    cfn += missing.length;
    if (want.verdict !== got.verdict || extra.length || missing.length) {
      mistakes.push(
        `${lang}/${file} [${want.style}]: verdict ${got.verdict} (want ${want.verdict})` +
          (extra.length ? `; extra ${extra.join(',')}` : '') +
          (missing.length ? `; missing ${missing.join(',')}` : ''),
      );
    }
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  const cp = ctp / Math.max(1, ctp + cfp);
  const cr = ctp / Math.max(1, ctp + cfn);
  const f1 = (2 * cp * cr) / Math.max(1e-9, cp + cr);
  const n = tp + fp + fn + tn;
  rows.push({
    lang,
    articles: n,
    detectionPrecision: p,
    detectionRecall: r,
    verdictAccuracy: verdictRight / n,
    clausePrecision: cp,
    clauseRecall: cr,
    clauseF1: f1,
  });
}

if (json) console.log(JSON.stringify({ languages: rows, mistakes }));
else {
  const f = (x: unknown) => (typeof x === 'number' && !Number.isInteger(x) ? x.toFixed(3) : String(x));
  console.log('| lang | articles | det. P | det. R | verdict acc. | clause P | clause R | clause F1 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${[r.lang, r.articles, r.detectionPrecision, r.detectionRecall, r.verdictAccuracy, r.clausePrecision, r.clauseRecall, r.clauseF1].map(f).join(' | ')} |`,
    );
  console.log(`\n${mistakes.length} mistakes:`);
  for (const m of mistakes) console.log(`- ${m}`);
}
