/** Counts of a run, for the progress bar and the closing summary. */
export interface RunCounts {
  done: number;
  about: number;
  mentions: number;
  unrelated: number;
  prefiltered: number;
  errors: number;
  /** Pages known to be waiting (input files listed so far), when the inputs can be counted ahead. */
  total?: number;
}

export function emptyCounts(): RunCounts {
  return { done: 0, about: 0, mentions: 0, unrelated: 0, prefiltered: 0, errors: 0 };
}

/** One line of progress for a terminal: pages done, rate, and time left when the total is known. */
export function progressLine(counts: RunCounts, elapsedMs: number, width = 80): string {
  const rate = counts.done / Math.max(elapsedMs / 1000, 0.001);
  const parts = [`${counts.done}${counts.total ? `/${counts.total}` : ''} pages`, `${rate.toFixed(1)}/s`];
  if (counts.total && rate > 0) parts.push(`${formatDuration(((counts.total - counts.done) / rate) * 1000)} left`);
  if (counts.errors) parts.push(`${counts.errors} errors`);
  const text = parts.join(' · ');
  if (!counts.total) return text;
  const barWidth = Math.max(10, Math.min(40, width - text.length - 4));
  const filled = Math.round((counts.done / counts.total) * barWidth);
  return `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${text}`;
}

/** The closing summary on stderr. */
export function summaryLine(counts: RunCounts, elapsedMs: number): string {
  const rate = counts.done / Math.max(elapsedMs / 1000, 0.001);
  return (
    `${counts.done} ${counts.done === 1 ? 'page' : 'pages'} in ${formatDuration(elapsedMs)} (${rate.toFixed(1)}/s): ` +
    `${counts.about} about the proposal, ${counts.mentions} mention it, ${counts.unrelated} not about it` +
    `${counts.prefiltered ? ` (${counts.prefiltered} skipped by the pre-filter)` : ''}, ${counts.errors} could not be read.`
  );
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
