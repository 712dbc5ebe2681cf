import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../lib/storage/settings';
import { defaultTranslationLanguage } from '../lib/dataset/statement';
import { t } from './i18n';
import { useLanguages } from './languages';

const LANGUAGE_NAME = { en: 'languageEnglish', ru: 'languageRussian' } as const;

/** Chooses the translation shown under the Arabic source: as the interface, English or Russian. */
export function TranslationLanguagePicker({ id }: { id: string }) {
  const { ui } = useLanguages();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return null;
  const choose = async (value: string) => {
    const translationLanguage = value === 'en' || value === 'ru' ? value : 'auto';
    const next = { ...(await loadSettings()), translationLanguage } satisfies Settings;
    setSettings(next);
    await saveSettings(next);
  };
  return (
    <div class="translation-language">
      <label for={id}>{t('settingTranslationLanguage')}</label>{' '}
      <select id={id} value={settings.translationLanguage} onChange={(e) => void choose(e.currentTarget.value)}>
        <option value="auto">{t('translationLanguageAuto', t(LANGUAGE_NAME[defaultTranslationLanguage(ui)]))}</option>
        <option value="en">{t('languageEnglish')}</option>
        <option value="ru">{t('languageRussian')}</option>
      </select>
    </div>
  );
}
