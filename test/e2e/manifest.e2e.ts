import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  side_panel?: { default_path: string };
  sidebar_action?: { default_panel: string };
  action?: { default_popup?: string; default_title?: string };
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required: string[] } } };
}

const manifest = (dir: string) => JSON.parse(readFileSync(resolve(`.output/${dir}/manifest.json`), 'utf8')) as Manifest;

/** The permissions the README's "Permissions" table documents, by the names in backticks in its first column. */
function documentedPermissions(): { required: string[]; optional: string[] } {
  const readme = readFileSync(resolve('README.md'), 'utf8');
  const section = readme.split('## Permissions')[1]!.split('\n## ')[0]!;
  const rows = section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Permission') && !l.startsWith('| ---'));
  const required: string[] = [];
  const optional: string[] = [];
  for (const row of rows) {
    const first = row.split('|')[1]!;
    const names = [...first.matchAll(/`([^`]+)`/g)].map((m) => m[1]!).filter((n) => !n.includes('.json'));
    (first.trim().startsWith('optional') ? optional : required).push(...names);
  }
  return { required, optional };
}

describe('the built manifests', () => {
  const documented = documentedPermissions();

  it('ask Chrome for exactly the permissions the README documents', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect([...(m.permissions ?? [])].sort()).toEqual([...documented.required].sort());
    expect(m.optional_host_permissions ?? []).toEqual(documented.optional);
    expect(m.host_permissions).toEqual(m.content_scripts?.[0]?.matches);
    expect(m.side_panel?.default_path).toBe('sidepanel.html');
    expect(m.action?.default_popup).toBe('popup.html');
    expect(m.background?.service_worker).toBeDefined();
  });

  it('ask Firefox for the same, less the side panel (its sidebar needs none), and declare no data collection', () => {
    const m = manifest('firefox-mv3');
    expect([...(m.permissions ?? [])].sort()).toEqual(documented.required.filter((p) => p !== 'sidePanel').sort());
    expect(m.optional_host_permissions ?? []).toEqual(documented.optional);
    expect(m.host_permissions).toEqual(m.content_scripts?.[0]?.matches);
    expect(m.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(m.browser_specific_settings?.gecko?.id).toBeTruthy();
    expect(m.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('run the article script on the listed news sites only, in top frames, never on all URLs', () => {
    // Read from data/news-sites.json here, not through the code the build writes the list with.
    const hosts = (
      JSON.parse(readFileSync(resolve('data/news-sites.json'), 'utf8')) as { sites: { hosts: string[] }[] }
    ).sites.flatMap((s) => s.hosts);
    expect(hosts.length).toBeGreaterThanOrEqual(150);
    for (const dir of ['chrome-mv3', 'firefox-mv3']) {
      const scripts = manifest(dir).content_scripts ?? [];
      expect(scripts).toHaveLength(1);
      const matches = scripts[0]!.matches;
      expect(scripts[0]!.all_frames ?? false).toBe(false);
      expect(
        matches.filter((p) => !MATCH_PATTERN.test(p)),
        `${dir}: malformed or too broad`,
      ).toEqual([]);
      // Each listed host and its subdomains, both schemes, and not one URL more.
      for (const host of hosts)
        for (const url of [`https://${host}/world/a.html`, `http://www.${host}/`, `https://arabic.${host}/x`])
          expect(
            matches.some((p) => matchesUrl(p, url)),
            `${dir}: ${url}`,
          ).toBe(true);
      for (const url of UNLISTED_URLS)
        expect(
          matches.filter((p) => matchesUrl(p, url)),
          `${dir}: ${url}`,
        ).toEqual([]);
      expect(new Set(matches).size, `${dir}: repeated patterns`).toBe(matches.length);
      expect(matches.length, `${dir}: two patterns a host (itself, its subdomains)`).toBe(2 * hosts.length);
    }
  });
});

/** A match pattern for http(s) on one host and, with `*.`, its subdomains: never all URLs, all hosts or a path. */
const MATCH_PATTERN = /^\*:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/;

/** Chrome's reading of such a pattern (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns). */
function matchesUrl(pattern: string, url: string): boolean {
  const [, sub, host] = /^\*:\/\/(\*\.)?([^/]+)\/\*$/.exec(pattern) ?? [];
  const u = new URL(url);
  if (!host || !['http:', 'https:'].includes(u.protocol)) return false;
  return u.hostname === host || (sub !== undefined && u.hostname.endsWith(`.${host}`));
}

/** Look-alike and unrelated hosts: a pattern written as a suffix or prefix of a listed host would match these. */
const UNLISTED_URLS = [
  'https://example.org/putin-proposal.html',
  'https://notreuters.com/world/a.html',
  'https://reuters.com.example.net/world/a.html',
  'https://www.reuters.co/world/a.html',
  'https://blog.example.org/putin-proposal.html',
];
