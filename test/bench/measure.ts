/**
 * Median wall-clock timings for the benchmarks. A subject and its floor are sampled in alternating blocks, so drift in
 * the machine's speed falls on both alike and their ratio holds. (Process CPU time was tried and rejected: in Node it also
 * counts the JIT's and the collector's background threads, which made short calls look slower than they are.)
 */
export interface Timing {
  /** Median milliseconds per call. */
  median: number;
  /** Samples the median is taken over. */
  samples: number;
}

export interface Comparison {
  subject: Timing;
  floor: Timing;
  /** subject median / floor median. */
  ratio: number;
}

export interface MeasureOptions {
  /** Stop sampling after this long (wall clock, both sides together), once `minSamples` are in. */
  budgetMs?: number;
  minSamples?: number;
  maxSamples?: number;
  /**
   * A sample shorter than this is mostly timer noise: the function runs several times per sample instead (browsers
   * round performance.now() to 0.1 ms).
   */
  minSampleMs?: number;
  /** Warm-up before sampling, so the JIT has compiled what it will compile: at least 3 calls and this long. */
  warmupMs?: number;
}

type Options = Required<MeasureOptions>;

const DEFAULTS = { budgetMs: 2_000, minSamples: 11, maxSamples: 301, minSampleMs: 1, warmupMs: 250 };
/** Samples per block in `compare`. */
const BLOCK = 4;

export function compare(subject: () => unknown, floor: () => unknown, options: MeasureOptions = {}): Comparison {
  const o: Options = { ...DEFAULTS, ...options };
  const s = sampler(subject, o);
  const f = sampler(floor, o);
  const started = performance.now();
  const subjectSamples: number[] = [];
  const floorSamples: number[] = [];
  // Blocks of samples, one side then the other. A floor may read megabytes where the subject reads kilobytes: the
  // first sample of each block, which runs on the caches and the garbage the other side left, is thrown away.
  // (Forcing a collection there instead was tried: the collector's background work then slowed both sides.)
  const block = (side: typeof s, into: number[]) => {
    for (let i = 0; i <= BLOCK; i++) {
      const sample = side.sample();
      if (i > 0) into.push(sample);
    }
  };
  while (
    subjectSamples.length < o.maxSamples &&
    (subjectSamples.length < o.minSamples || performance.now() - started < o.budgetMs)
  ) {
    block(s, subjectSamples);
    block(f, floorSamples);
  }
  const subjectTiming = { median: median(subjectSamples), samples: subjectSamples.length };
  const floorTiming = { median: median(floorSamples), samples: floorSamples.length };
  return { subject: subjectTiming, floor: floorTiming, ratio: subjectTiming.median / floorTiming.median };
}

export function time(fn: () => unknown, options: MeasureOptions = {}): Timing {
  const o: Options = { ...DEFAULTS, ...options };
  const s = sampler(fn, o);
  const started = performance.now();
  const samples: number[] = [];
  while (samples.length < o.maxSamples && (samples.length < o.minSamples || performance.now() - started < o.budgetMs)) {
    samples.push(s.sample());
  }
  return { median: median(samples), samples: samples.length };
}

/** Like `time`, for a call that needs fresh input each time (e.g. a document it mutates): `prepare` is not timed. */
export function timeEach<T>(prepare: () => T, run: (input: T) => unknown, options: MeasureOptions = {}): Timing {
  const o: Options = { ...DEFAULTS, ...options };
  const now = () => performance.now();
  warmUp(() => run(prepare()), o.warmupMs);
  const started = performance.now();
  const samples: number[] = [];
  while (samples.length < o.maxSamples && (samples.length < o.minSamples || performance.now() - started < o.budgetMs)) {
    const input = prepare();
    const start = now();
    run(input);
    samples.push(now() - start);
  }
  return { median: median(samples), samples: samples.length };
}

/** Warms `fn` up (so the JIT has compiled it); `sample` then takes one sample, in ms per call. */
function sampler(fn: () => unknown, o: Options): { callMs: number; sample: () => number } {
  const now = () => performance.now();
  warmUp(fn, o.warmupMs);
  const once = now();
  fn();
  const callMs = now() - once;
  const batch = callMs < o.minSampleMs ? Math.min(10_000, Math.ceil(o.minSampleMs / Math.max(callMs, 0.001))) : 1;
  return {
    callMs,
    sample: () => {
      const start = now();
      for (let i = 0; i < batch; i++) fn();
      return (now() - start) / batch;
    },
  };
}

function warmUp(fn: () => unknown, ms: number): void {
  const started = performance.now();
  for (let i = 0; i < 3 || performance.now() - started < ms; i++) fn();
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
