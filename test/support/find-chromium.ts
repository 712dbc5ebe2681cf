import { existsSync } from 'node:fs';
import { findBrowser } from './find-browser';

const BRANDED = [
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT =
  'Install Chromium and try again: on Debian/Ubuntu `sudo apt-get install -y chromium`, on macOS ' +
  '`brew install --cask chromium`, or point CHROMIUM_PATH at a Chromium binary.';

/** Finds a Chromium that can load an unpacked extension (see findBrowser). */
export function findChromium(opts: { install?: boolean } = {}): string {
  const found = findBrowser(
    {
      name: 'Chromium',
      envVar: 'CHROMIUM_PATH',
      candidates: [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/snap/bin/chromium',
        '/usr/lib/chromium/chromium',
        '/opt/homebrew/bin/chromium',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
      ],
      // chromium-l10n: the extension's UI follows the browser's language, and the Arabic UI is tested.
      debian: { packages: ['chromium', 'chromium-l10n'], binary: '/usr/bin/chromium' },
      installHint: INSTALL_HINT,
    },
    opts,
  );
  if (found) return found;
  const branded = BRANDED.find((p) => existsSync(p));
  if (branded) {
    throw new Error(
      `Only Google Chrome was found (${branded}); branded Chrome 137+ cannot load unpacked extensions from the ` +
        `command line. ${INSTALL_HINT}`,
    );
  }
  throw new Error(`No Chromium found. ${INSTALL_HINT}`);
}
