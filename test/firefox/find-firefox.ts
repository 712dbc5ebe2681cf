import { findBrowser } from '../support/find-browser';

export const FIREFOX_INSTALL_HINT =
  'Install Firefox 140 or later and try again: on Debian `sudo apt-get install -y firefox-esr`, ' +
  'or point FIREFOX_PATH at a Firefox binary.';

/** Finds a Firefox to drive over WebDriver BiDi (see findBrowser). */
export function findFirefox(opts: { install?: boolean } = {}): string {
  const found = findBrowser(
    {
      name: 'Firefox',
      envVar: 'FIREFOX_PATH',
      candidates: [
        '/usr/bin/firefox-esr',
        '/usr/bin/firefox',
        '/usr/lib/firefox-esr/firefox-esr',
        '/usr/lib/firefox/firefox',
        '/opt/firefox/firefox',
        '/Applications/Firefox.app/Contents/MacOS/firefox',
      ],
      debian: { packages: ['firefox-esr'], binary: '/usr/bin/firefox-esr' },
      installHint: FIREFOX_INSTALL_HINT,
    },
    opts,
  );
  if (found) return found;
  throw new Error(`No Firefox found. ${FIREFOX_INSTALL_HINT}`);
}
