// Loaded with --import into a benchmarked process: on exit, writes the process's peak resident memory (every
// thread, workers included) to stderr, where the benchmark reads it.
process.on('exit', () => {
  process.stderr.write(`\nmax-rss-kb=${process.resourceUsage().maxRSS}\n`);
});
