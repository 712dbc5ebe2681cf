import { resolve } from 'node:path';
import { build, type Rolldown } from 'vite';

/**
 * Bundles a module of test/bench into one minified script that defines `window.sourceCheckProbe` in a page
 * (in-page-probe.ts by default).
 */
export const PROBE_GLOBAL = 'sourceCheckProbe';

export async function inPageBundle(entry = 'in-page-probe.ts'): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: resolve('test/bench', entry), formats: ['iife'], name: PROBE_GLOBAL },
    },
  });
  const chunk = (Array.isArray(out) ? out[0] : (out as Rolldown.RolldownOutput))?.output[0];
  if (!chunk || chunk.type !== 'chunk') throw new Error('bundling the in-page probe produced no script');
  return chunk.code;
}
