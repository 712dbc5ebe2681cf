// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WorkerPool } from '../../../lib/cli/worker-pool';

const PAGE = resolve('test/fixtures/corpus/en/pos-01-wire-kremlin-reboot.html');

describe('WorkerPool', () => {
  it('answers in the order asked, and stops a page that runs past the time limit without ending the run', async () => {
    const bytes = readFileSync(PAGE);
    const fast = new WorkerPool(2);
    try {
      const reports = await Promise.all([0, 1, 2].map((i) => fast.run({ file: `p${i}`, bytes })));
      expect(reports.map((r) => [r.file, r.verdict])).toEqual([
        ['p0', 'about'],
        ['p1', 'about'],
        ['p2', 'about'],
      ]);
    } finally {
      await fast.close();
    }
    // 1 ms is less than any page takes: every page times out, and the replacement workers go on answering.
    const strict = new WorkerPool(1, 1);
    try {
      const reports = await Promise.all([0, 1].map((i) => strict.run({ file: `p${i}`, bytes })));
      expect(reports.map((r) => [r.file, r.error])).toEqual([
        ['p0', 'analysis took longer than 1 ms'],
        ['p1', 'analysis took longer than 1 ms'],
      ]);
    } finally {
      await strict.close();
    }
  }, 60_000);
});
