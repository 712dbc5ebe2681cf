import { browser } from 'wxt/browser';
import { isTranslationLanguage, type TranslationLanguage } from '../dataset/types';

/** 'auto' shows the Russian translation in the Russian UI and the English one otherwise. */
export type TranslationLanguageSetting = TranslationLanguage | 'auto';

/**
 * The user's settings (storage.local, kept across sessions), versioned so that a stored older shape migrates
 * instead of breaking. A new setting is one field here, its default, and one line in `migrateSettings`.
 */
export interface Settings {
  version: 1;
  /** Show the small "Refers to Putin's 2020 proposal" button on detected articles. */
  showPill: boolean;
  /** The language of the translation shown under the Arabic source, whatever the UI language. */
  translationLanguage: TranslationLanguageSetting;
}

export const SETTINGS_KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = { version: 1, showPill: true, translationLanguage: 'auto' };

/** Turns whatever is stored (nothing, an older version, garbage) into current settings. */
export function migrateSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_SETTINGS };
  const s = stored as Record<string, unknown>;
  // Version 0 (unversioned) stored the pill switch as `pill`.
  const showPill =
    typeof s.showPill === 'boolean' ? s.showPill : typeof s.pill === 'boolean' ? s.pill : DEFAULT_SETTINGS.showPill;
  // Added to version 1 later with a default, so settings stored before it simply lack it.
  const translationLanguage = isTranslationLanguage(s.translationLanguage)
    ? s.translationLanguage
    : DEFAULT_SETTINGS.translationLanguage;
  return { ...DEFAULT_SETTINGS, showPill, translationLanguage };
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}

/** Calls back with the new settings whenever another page (the popup, the panel) saves them; returns the unsubscribe. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) onChange(migrateSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
