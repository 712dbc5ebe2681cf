import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connectBidi, type BidiConnection } from './bidi-connection';
import { findFirefox } from './find-firefox';

export const FIREFOX_EXTENSION_DIR = resolve('.output/firefox-mv3');

export interface LaunchedFirefox {
  bidi: BidiConnection;
  /** The add-on id from the built manifest (browser_specific_settings.gecko.id). */
  addonId: string;
  /** moz-extension://UUID, fixed for this profile so extension pages can be opened by URL. */
  extensionOrigin: string;
  /** What Firefox printed, for failure messages. */
  output: () => string;
  close: () => Promise<void>;
}

/**
 * Starts Firefox headless on a fresh profile, opens a WebDriver BiDi session that accepts the fixture server's
 * self-signed certificate, and installs the production build as a temporary add-on (no signing needed).
 *
 * `--remote-allow-system-access` lets the session read the browser's own toolbar (where the badge is) and open the
 * add-on's moz-extension:// pages in tabs; without it BiDi sees web content only.
 */
export async function launchFirefox(opts: { extensionDir?: string } = {}): Promise<LaunchedFirefox> {
  const extensionDir = opts.extensionDir ?? FIREFOX_EXTENSION_DIR;
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error(`${extensionDir}/manifest.json has no gecko id: is it a Firefox build?`);
  const uuid = randomUUID();
  const profile = mkdtempSync(join(tmpdir(), 'source-check-firefox-'));
  writeFileSync(join(profile, 'user.js'), userJs(profilePrefs(addonId, uuid)));

  const child = spawn(
    findFirefox(),
    ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port=0', '--remote-allow-system-access'],
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const cleanup = () => rmSync(profile, { recursive: true, force: true });

  try {
    const url = await bidiUrl(child, () => output);
    const bidi = await connectBidi(`${url}/session`);
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: resolve(extensionDir) } });
    return {
      bidi,
      addonId,
      extensionOrigin: `moz-extension://${uuid}`,
      output: () => output,
      close: async () => {
        await bidi.send('browser.close').catch(() => undefined);
        bidi.close();
        await exited(child, 10_000);
        cleanup();
      },
    };
  } catch (e) {
    await exited(child, 0);
    cleanup();
    throw new Error(`Firefox did not start a WebDriver BiDi session: ${String(e)}\n${output.slice(-2_000)}`, {
      cause: e,
    });
  }
}

/** Preferences of the fresh profile. */
function profilePrefs(addonId: string, uuid: string): Record<string, string | number | boolean> {
  return {
    // Every host name resolves to 127.0.0.1, where the fixture server listens: the shipped match patterns (which
    // ignore the port) run on real news host names, and nothing leaves the machine.
    'network.dns.forceResolve': '127.0.0.1',
    // The add-on's moz-extension:// host is random per profile unless set here.
    'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
  };
}

function userJs(prefs: Record<string, string | number | boolean>): string {
  return Object.entries(prefs)
    .map(([name, value]) => `user_pref(${JSON.stringify(name)}, ${JSON.stringify(value)});\n`)
    .join('');
}

/** Firefox prints the WebSocket address once the remote agent listens (port 0: it picks a free one). */
function bidiUrl(child: ChildProcess, output: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no BiDi address within 60 s')), 60_000);
    const look = () => {
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output());
      if (!m?.[1]) return;
      clearTimeout(timer);
      child.stderr?.off('data', look);
      resolve(m[1]);
    };
    child.stderr?.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited with code ${code}`));
    });
  });
}

/** Waits up to `graceMs` for Firefox to quit (after browser.close), then ends the process group it started. */
async function exited(child: ChildProcess, graceMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const quit = await Promise.race([done.then(() => true), new Promise((r) => setTimeout(() => r(false), graceMs))]);
  if (quit || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  await done;
}
