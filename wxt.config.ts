import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { contentScriptMatches } from './lib/dataset/news-sites';

// See README "Permissions" for why each is needed; test/e2e/manifest.e2e.ts holds both built manifests to it.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // Firefox gets Manifest V3 too (WXT's default for it is MV2): the same action, scripting and storage.session
  // APIs and the same non-persistent background as Chrome, so one code path is tested in both browsers.
  manifestVersion: 3,
  vite: () => ({ plugins: [preact()] }),
  zip: {
    // The sources zip is what Mozilla's reviewers rebuild the Firefox package from, as
    // test/package/rebuild-from-sources.ts does: exactly what the build reads, nothing else.
    includeSources: [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'wxt.config.ts',
      'README.md',
      'entrypoints/**',
      'components/**',
      'lib/**',
      'data/**',
      'public/**',
    ],
    excludeSources: ['demo-output/**', 'test-output/**', '.output/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Firefox: pinned to the toolbar, or the badge would be hidden in the extensions menu until the user pins it.
    action: {
      default_title: '__MSG_actionTitle__',
      ...(browser === 'firefox' ? { default_area: 'navbar' as const } : {}),
    },
    // Detection on every site is opt-in, from the popup's settings (lib/background/all-sites-detection.ts).
    optional_host_permissions: ['*://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'source-check-2020@putin-infosec-proposal.example',
              // 140: data_collection_permissions and the CSS Custom Highlight API (storage.session 112, action 109).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on (the sidebar does not exist there).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The gate (entrypoints/gate.ts) is the one content script: on the curated news sites only
      // (data/news-sites.json), never <all_urls>. Declared here rather than through WXT's content-script wrapper, whose
      // lifetime a page can end with a DOM event. The extractor is injected by the background, only into candidates.
      manifest.content_scripts = [{ matches: contentScriptMatches(), js: ['gate.js'], run_at: 'document_idle' }];
      // The same sites as host permissions: scripting.executeScript needs them to inject the extractor (a content
      // script's matches do not grant it). They add no install warning the content script does not already bring.
      manifest.host_permissions = contentScriptMatches();
      // WXT takes the toolbar title from popup.html's <title>; the manifest's must be the localised one.
      if (manifest.action) manifest.action.default_title = '__MSG_actionTitle__';
      // Firefox names the sidebar in its sidebar switcher with this title; WXT takes it from sidepanel.html's
      // <title>, which is not localised.
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_panelTitle__';
    },
  },
});
