import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipBytes, scriptsOfPage, withImports } from '../support/bundle-sizes';
import { EXTENSION_DIR } from '../support/launch-extension';

/** Gzipped sizes of what each part of the production build loads (the budgets are checked in test/e2e/budgets.e2e.ts). */
export interface BundleRow {
  part: string;
  files: string[];
  gzipBytes: number;
}

export function bundleSizes(): BundleRow[] {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
    background?: { service_worker?: string };
    action?: { default_popup?: string };
    side_panel?: { default_path?: string };
  };
  const row = (part: string, files: string[]) => ({
    part,
    files,
    gzipBytes: files.reduce((sum, f) => sum + gzipBytes(join(EXTENSION_DIR, f)), 0),
  });
  const popup = manifest.action?.default_popup ? scriptsOfPage(EXTENSION_DIR, manifest.action.default_popup) : [];
  const panel = manifest.side_panel?.default_path ? scriptsOfPage(EXTENSION_DIR, manifest.side_panel.default_path) : [];
  const shared = popup.filter((f) => panel.includes(f));
  return [
    row(
      'content script',
      withImports(
        EXTENSION_DIR,
        (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []),
      ),
    ),
    row('extractor (injected into candidates only)', withImports(EXTENSION_DIR, ['extractor.js'])),
    row(
      'popup (own chunks)',
      popup.filter((f) => !shared.includes(f)),
    ),
    row(
      'side panel (own chunks)',
      panel.filter((f) => !shared.includes(f)),
    ),
    row('chunks shared by popup and side panel', shared),
    row(
      'background',
      manifest.background?.service_worker ? withImports(EXTENSION_DIR, [manifest.background.service_worker]) : [],
    ),
  ];
}
