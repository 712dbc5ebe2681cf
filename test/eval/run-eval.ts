import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EVAL_SETS, evaluate, showsMistakes, type SetResult } from './evaluate';

/**
 * `npm run eval`: runs the engine over every fixture set (test/eval/evaluate.ts lists them) and prints, per set and
 * language, detection precision/recall, verdict accuracy and clause precision/recall/F1, then every mistake.
 * `--json` prints one object with all; `--lang de,fr` limits it to some languages.
 */
function print(set: SetResult): void {
  const f = (x: string | number) => (typeof x === 'number' && !Number.isInteger(x) ? x.toFixed(3) : String(x));
  console.log(`## ${set.name}\n`);
  console.log('| lang | articles | det. P | det. R | verdict acc. | clause P | clause R | clause F1 |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of set.rows) {
    const cells = [
      r.lang,
      r.articles,
      r.detectionPrecision,
      r.detectionRecall,
      r.verdictAccuracy,
      r.clausePrecision,
      r.clauseRecall,
      r.clauseF1,
    ];
    console.log(`| ${cells.map(f).join(' | ')} |`);
  }
  const hidden = (set as SetResult & { hidden?: number }).hidden;
  if (hidden !== undefined) {
    console.log(`\n${hidden} mistakes (a blind set's are not shown; --blind-mistakes shows them)\n`);
    return;
  }
  console.log(`\n${set.mistakes.length} mistakes:`);
  for (const m of set.mistakes) console.log(`- ${m}`);
  console.log('');
}

const langArg = process.argv.indexOf('--lang');
const only = langArg >= 0 ? process.argv[langArg + 1]?.split(',') : undefined;

const [corpus, ...heldoutSets] = EVAL_SETS.filter(({ dir }) => existsSync(resolve(dir))).map((set) => {
  const result = evaluate(set.name, resolve(set.dir), only);
  return showsMistakes(set) ? result : { ...result, mistakes: [], hidden: result.mistakes.length };
});
if (!corpus) throw new Error('the fixture corpus is missing (test/fixtures/corpus)');

if (process.argv.includes('--json')) {
  console.log(
    JSON.stringify({
      languages: corpus.rows,
      mistakes: corpus.mistakes,
      heldout: heldoutSets.map((s) => ({ name: s.name, languages: s.rows, mistakes: s.mistakes })),
    }),
  );
} else for (const set of [corpus, ...heldoutSets]) print(set);
