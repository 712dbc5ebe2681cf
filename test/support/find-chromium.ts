import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/opt/homebrew/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];
const BRANDED = [
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const INSTALL_HINT =
  'Install Chromium and try again: on Debian/Ubuntu `sudo apt-get install -y chromium`, on macOS `brew install --cask chromium`, ' +
  'or point CHROMIUM_PATH at a Chromium binary.';

/**
 * Finds a Chromium that can load an unpacked extension: CHROMIUM_PATH, then the usual locations. As root on
 * Debian/Ubuntu with none found, installs Debian's chromium. Otherwise throws a message saying how to get one.
 */
export function findChromium(opts: { install?: boolean } = {}): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist. ${INSTALL_HINT}`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (opts.install !== false && canAptInstall()) {
    console.error("No Chromium found: installing Debian's chromium with apt-get (about a minute)…");
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  const branded = BRANDED.find((p) => existsSync(p));
  if (branded) {
    throw new Error(
      `Only Google Chrome was found (${branded}); branded Chrome 137+ cannot load unpacked extensions from the command line. ${INSTALL_HINT}`,
    );
  }
  throw new Error(`No Chromium found. ${INSTALL_HINT}`);
}

function canAptInstall(): boolean {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}
