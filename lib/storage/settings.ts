import { browser } from 'wxt/browser';

/**
 * The user's settings (storage.local, kept across sessions), versioned so that a stored older shape migrates
 * instead of breaking. A new setting is one field here, its default, and one line in `migrateSettings`.
 */
export interface Settings {
  version: 1;
  /** Show the small "Refers to Putin's 2020 proposal" button on detected articles. */
  showPill: boolean;
}

export const SETTINGS_KEY = 'settings';
export const DEFAULT_SETTINGS: Settings = { version: 1, showPill: true };

/** Turns whatever is stored (nothing, an older version, garbage) into current settings. */
export function migrateSettings(stored: unknown): Settings {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_SETTINGS };
  const s = stored as Record<string, unknown>;
  // Version 0 (unversioned) stored the pill switch as `pill`.
  const showPill =
    typeof s.showPill === 'boolean' ? s.showPill : typeof s.pill === 'boolean' ? s.pill : DEFAULT_SETTINGS.showPill;
  return { ...DEFAULT_SETTINGS, showPill };
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(SETTINGS_KEY);
  return migrateSettings(got[SETTINGS_KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [SETTINGS_KEY]: settings });
}
