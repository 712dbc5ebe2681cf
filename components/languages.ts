import { createContext } from 'preact';
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { defaultTranslationLanguage, uiLanguageOf } from '../lib/dataset/statement';
import type { ReaderLanguages } from '../lib/dataset/types';
import { loadSettings, watchSettings, type TranslationLanguageSetting } from '../lib/storage/settings';
import { uiLanguage } from './i18n';

/** The reader's languages for every component below the root (English outside the extension, as in component tests). */
export const LanguagesContext = createContext<ReaderLanguages>({ ui: 'en', translation: 'en' });

export function useLanguages(): ReaderLanguages {
  return useContext(LanguagesContext);
}

/** For a root view: the UI language the browser chose, and the translation language from the settings, kept live. */
export function useReaderLanguages(): ReaderLanguages {
  const ui = uiLanguageOf(uiLanguage());
  const [choice, setChoice] = useState<TranslationLanguageSetting>('auto');
  useEffect(() => {
    void loadSettings()
      .then((s) => setChoice(s.translationLanguage))
      .catch(() => undefined);
    return watchSettings((s) => setChoice(s.translationLanguage));
  }, []);
  return useMemo(
    () => ({ ui, translation: choice === 'auto' ? defaultTranslationLanguage(ui) : choice }),
    [ui, choice],
  );
}
