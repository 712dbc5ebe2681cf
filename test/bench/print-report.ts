import type { BenchResult } from './bench-result';

/** The human-readable form of the benchmark: one Markdown table per measurement, ready to paste. */
export function printReport(r: BenchResult): void {
  const out: string[] = [];
  const table = (head: string[], rows: (string | number)[][]) => {
    out.push(`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`);
    for (const row of rows) out.push(`| ${row.join(' | ')} |`);
    out.push('');
  };

  out.push(
    `Machine: ${r.machine.cpus} × ${r.machine.cpu}, Node ${r.machine.node}${r.machine.chromium ? `, ${r.machine.chromium}` : ''}; ` +
      `load average ${r.machine.loadAverage.before.toFixed(1)} at the start, ${r.machine.loadAverage.after.toFixed(1)} at the end`,
    '',
    'Every figure is a median of wall-clock samples, except where thread CPU time is named.',
    '',
  );

  const { gate, extraction, analyze } = r;
  if (gate) {
    out.push(
      `## The gate on pages that are not about the proposal (${gate.dom}; floor: ${gate.floor}; slice ${gate.slice.toLocaleString('en')} characters)`,
      '',
    );
    table(
      ['page', 'text chars', 'elements', 'chars read', 'gate ms', 'floor ms', 'gate / floor'],
      gate.rows.map((g) => [g.page, n(g.textChars), n(g.elements), n(g.read), ms(g.gateMs), ms(g.floorMs), x(g.ratio)]),
    );
    out.push(`Slowest gate past the slice / first page past it: ${x(gate.growthBeyondSlice)}`, '');
  }

  if (extraction) {
    out.push(`## Extraction + analysis on positive articles (${extraction.dom}; floor: ${extraction.floor})`, '');
    table(
      [
        'page',
        'elements',
        'HTML',
        'words out',
        'verdict',
        'total ms',
        'floor ms',
        'total / floor',
        'of which analyze ms',
      ],
      extraction.rows.map((e) => [
        e.page,
        n(e.elements),
        kb(e.htmlBytes),
        n(e.extractedWords),
        `${e.verdict} (${e.clauses})`,
        ms(e.totalMs),
        ms(e.floorMs),
        x(e.ratio),
        ms(e.analyzeMs),
      ]),
    );
  }

  if (analyze) {
    out.push(`## analyze() alone (baseline: ${analyze.baseline})`, '');
    table(
      ['words', 'verdict', 'analyze ms', 'baseline ms', 'analyze / baseline', 'cold ms', 'allocated KB', 'baseline KB'],
      analyze.rows.map((a) => [
        n(a.words),
        `${a.verdict} (${a.clauses})`,
        ms(a.analyzeMs),
        ms(a.baselineMs),
        x(a.ratio),
        ms(a.coldMs),
        n(Math.round(a.analyzeKb)),
        n(Math.round(a.baselineKb)),
      ]),
    );
  }

  if (r.cli) {
    out.push(`## npm run analyze on collections (floor: ${r.cli.floor})`, '');
    table(
      ['collection', 'workers', 'pages', 'pages/s', 'floor pages/s', 'per worker / floor'],
      r.cli.rows.map((c) => [
        c.collection,
        c.workers,
        c.pages,
        c.pagesPerSecond.toFixed(1),
        c.floorPagesPerSecond.toFixed(1),
        x(c.perCoreRatio),
      ]),
    );
    out.push(
      `Two workers over one (related articles, median of alternating runs): ${x(r.cli.twoWorkersOverOne)}; ` +
        `the floor in two threads over one, same runs: ${x(r.cli.floorTwoThreadsOverOne)}`,
      '',
    );
    table(
      ['WARC records (nine in ten unrelated)', 'peak memory MB', 'seconds'],
      r.cli.memory.map((m) => [m.pages.toLocaleString('en'), m.maxRssMb.toFixed(0), m.seconds.toFixed(1)]),
    );
  }

  if (r.chromium) {
    out.push(`## Real Chromium, production build (built ${r.chromium.build.builtAt})`, '');
    table(
      ['part of the build', 'gzipped', 'files'],
      r.chromium.bundle.map((b) => [b.part, kb(b.gzipBytes), b.files.join(', ')]),
    );
    out.push("The gate and extraction + analysis on Blink's DOM (same documents and floors as above):", '');
    table(
      ['page', 'gate ms', 'floor ms', 'gate / floor', 'metadata lookups ms', 'same, in head only ms'],
      r.chromium.inPage.gate.map((g) => [
        g.page,
        ms(g.gateMs),
        ms(g.floorMs),
        x(g.ratio),
        ms(g.metadataMs.document),
        ms(g.metadataMs.head),
      ]),
    );
    if (r.chromium.inPage.gate.length > 0)
      out.push(`Slowest gate past the slice / first page past it: ${x(r.chromium.inPage.gateGrowthBeyondSlice)}`, '');
    table(
      [
        'page',
        'verdict',
        'total ms',
        'floor ms',
        'total / floor',
        'count',
        'floor: clone',
        'Readability on clone',
        'reading copy',
        'Readability on it',
        'articleText',
        'dates',
        'analyze',
      ],
      r.chromium.inPage.extraction.map((e) => [
        e.page,
        e.verdict,
        ms(e.totalMs),
        ms(e.floorMs),
        x(e.ratio),
        ms(e.parts.countMs),
        ms(e.parts.cloneMs),
        ms(e.parts.readabilityOnCloneMs),
        ms(e.parts.readingCopyMs),
        ms(e.parts.readabilityMs),
        ms(e.parts.articleTextMs),
        ms(e.parts.datesMs),
        ms(e.parts.analyzeMs),
      ]),
    );
    if (r.chromium.evaluation.length > 0)
      out.push('Evaluating the script in a page (prototype: extraction loaded only for candidates):', '');
    table(
      ['script', 'gzipped', 'evaluate ms'],
      r.chromium.evaluation.map((e) => [e.script, kb(e.gzipBytes), ms(e.evaluateMs)]),
    );
    out.push(
      'Page main-thread time from navigation to 1.5 s after load, as thread CPU time (wall time in brackets); ' +
        'without = the same page on an unlisted host, where the extension does not run.',
      '',
    );
    table(
      [
        'page',
        'HTML',
        'runs',
        'with ms',
        'without ms',
        'with / without',
        'content script ms',
        'evaluate ms',
        'of which compile / GC (CPU) ms',
        'check ms',
        'script / page',
        'textContent once ms',
        'script / textContent',
      ],
      r.chromium.mainThread.map((m) => [
        m.page,
        kb(m.htmlBytes),
        m.runs,
        `${ms(m.cpu.withExtensionMs)} (${ms(m.wall.withExtensionMs)})`,
        `${ms(m.cpu.withoutExtensionMs)} (${ms(m.wall.withoutExtensionMs)})`,
        `${x(m.cpu.ratio)} (${x(m.wall.ratio)})`,
        `${ms(m.cpu.contentScriptMs)} (${ms(m.wall.contentScriptMs)})`,
        `${ms(m.cpu.evaluateMs)} (${ms(m.wall.evaluateMs)})`,
        `${ms(m.cpu.evaluateCompileMs)} / ${ms(m.cpu.evaluateGcMs)}`,
        `${ms(m.cpu.callbacksMs)} (${ms(m.wall.callbacksMs)})`,
        `${pct(m.cpu.shareOfPage)} (${pct(m.wall.shareOfPage)})`,
        ms(m.textContentMs),
        x(m.ratioToTextContent),
      ]),
    );
    out.push('Start-up on a positive article: document_idle → badge.', '');
    table(
      ['service worker', 'runs', 'idle → badge ms', 'idle → check ms', 'check → badge ms'],
      r.chromium.startup.map((s) => [
        s.serviceWorker,
        s.runs,
        ms(s.idleToBadgeMs),
        ms(s.idleToCheckMs),
        ms(s.checkToBadgeMs),
      ]),
    );
  } else out.push('(Chromium figures skipped: --node-only)', '');

  console.log(out.join('\n'));
}

const n = (v: number) => v.toLocaleString('en');
const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 1 ? v.toFixed(2) : v.toFixed(3));
const x = (v: number) => `${v.toFixed(2)}×`;
const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
const kb = (v: number) => (v >= 1_000_000 ? `${(v / 1_000_000).toFixed(2)} MB` : `${(v / 1_000).toFixed(1)} KB`);
