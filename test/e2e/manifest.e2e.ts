import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentScriptMatches } from '../../lib/dataset/news-sites';

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
    for (const dir of ['chrome-mv3', 'firefox-mv3']) {
      const scripts = manifest(dir).content_scripts ?? [];
      expect(scripts).toHaveLength(1);
      expect(scripts[0]!.matches).toEqual(contentScriptMatches());
      expect(scripts[0]!.matches.some((p) => p === '<all_urls>' || p.startsWith('*://*/'))).toBe(false);
      expect(scripts[0]!.all_frames ?? false).toBe(false);
    }
  });
});
