import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

export interface BrowserSearch {
  /** What to call it in messages: "Chromium", "Firefox". */
  name: string;
  /** Environment variable that names the binary outright. */
  envVar: string;
  candidates: string[];
  /** Debian packages to install as root when none is found, and the binary they provide. */
  debian: { packages: string[]; binary: string };
  installHint: string;
}

/**
 * Finds a browser binary: the environment variable, then the usual locations. As root on Debian/Ubuntu with none
 * found, installs Debian's package. Otherwise throws a message saying how to get one.
 */
export function findBrowser(search: BrowserSearch, opts: { install?: boolean } = {}): string | null {
  const fromEnv = process.env[search.envVar];
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`${search.envVar} is set to ${fromEnv}, which does not exist. ${search.installHint}`);
  }
  const found = search.candidates.find((p) => existsSync(p));
  if (found) return found;
  if (opts.install !== false && canAptInstall()) {
    console.error(`No ${search.name} found: installing Debian's ${search.debian.packages.join(' ')} with apt-get…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', ...search.debian.packages], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync(search.debian.binary)) return search.debian.binary;
  }
  return null;
}

function canAptInstall(): boolean {
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) return false;
  try {
    return /^(ID|ID_LIKE)=.*(debian|ubuntu)/m.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}
