import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { contentScriptMatches } from './lib/dataset/news-sites';

// See README "Permissions" for why each is needed; test/e2e/manifest.test.ts pins this list.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  zip: { excludeSources: ['demo-output/**', 'test-output/**', '.output/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'source-check-2020@putin-infosec-proposal.example',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // The article content script runs only on the curated news sites (data/news-sites.json), never <all_urls>.
      for (const cs of manifest.content_scripts ?? []) cs.matches = contentScriptMatches();
    },
  },
});
