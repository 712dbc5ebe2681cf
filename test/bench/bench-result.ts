import type { AnalyzeFigures } from './bench-analyze';
import type { BundleRow } from './bench-bundle';
import type { CliFigures } from './bench-cli';
import type { EvaluationRow } from './bench-evaluation';
import type { ExtractionFigures } from './bench-extraction';
import type { GateFigures } from './bench-gate';
import type { InPageFigures } from './bench-in-page';
import type { MainThreadRow } from './bench-main-thread';
import type { StartupRow } from './bench-startup';

/** Everything `npm run bench` measures: what `--json` prints, and what the tables are printed from. */
export interface BenchResult {
  machine: {
    node: string;
    cpus: number;
    cpu: string;
    chromium: string | null;
    date: string;
    /** One-minute load average when the run started and ended: other work on the machine skews every figure. */
    loadAverage: { before: number; after: number };
  };
  /** null with --extraction-only or --cli-only, as are `analyze` and `cli`. */
  gate: GateFigures | null;
  /** null with --cli-only. */
  extraction: ExtractionFigures | null;
  analyze: AnalyzeFigures | null;
  /** `npm run analyze` over collections; null with --no-cli. */
  cli: CliFigures | null;
  chromium: {
    build: { rebuilt: boolean; builtAt: string };
    /** Gzipped sizes of the build measured. With --extraction-only, only `inPage.extraction` is measured. */
    bundle: BundleRow[];
    inPage: InPageFigures;
    /** Prototype: evaluating a gate-only script against one with extraction bundled in. */
    evaluation: EvaluationRow[];
    mainThread: MainThreadRow[];
    startup: StartupRow[];
  } | null;
}
