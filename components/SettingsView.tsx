import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ALL_SITES } from '../lib/dataset/news-sites';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../lib/storage/settings';
import { t } from './i18n';
import { TranslationLanguagePicker } from './TranslationLanguagePicker';

/** The two choices a user has: the in-page button, and detection on every site (an optional permission). */
export function SettingsView() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [allSites, setAllSites] = useState(false);
  useEffect(() => {
    void loadSettings().then(setSettings);
    const unwatch = watchSettings(setSettings);
    void browser.permissions
      .contains({ origins: ALL_SITES })
      .then(setAllSites)
      .catch(() => setAllSites(false));
    return unwatch;
  }, []);
  if (!settings) return null;
  const togglePill = async (showPill: boolean) => {
    // Read back first: the translation language may have changed on this page since.
    const next = { ...(await loadSettings()), showPill };
    setSettings(next);
    await saveSettings(next);
  };
  const toggleAllSites = async (on: boolean) => {
    // Must run inside the click: permission prompts need a user gesture.
    const changed = on
      ? await browser.permissions.request({ origins: ALL_SITES })
      : await browser.permissions.remove({ origins: ALL_SITES });
    if (changed) setAllSites(on);
  };
  return (
    <details class="settings">
      <summary>{t('settings')}</summary>
      <label>
        <input type="checkbox" checked={settings.showPill} onChange={(e) => void togglePill(e.currentTarget.checked)} />{' '}
        {t('settingShowPill')}
      </label>
      <label>
        <input type="checkbox" checked={allSites} onChange={(e) => void toggleAllSites(e.currentTarget.checked)} />{' '}
        {t('settingAllSites')}
      </label>
      <p class="hint">{t('settingAllSitesHint')}</p>
      <TranslationLanguagePicker id="settings-translation-language" />
    </details>
  );
}
