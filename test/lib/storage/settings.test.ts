import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings } from '../../../lib/storage/settings';

describe('migrateSettings', () => {
  it('gives the defaults for nothing or garbage', () => {
    for (const stored of [undefined, null, 42, 'x', []]) expect(migrateSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('migrates the unversioned shape, which called the pill switch "pill"', () => {
    expect(migrateSettings({ pill: false })).toEqual({ version: 1, showPill: false, translationLanguage: 'auto' });
  });

  it('keeps current settings as they are', () => {
    const current = { version: 1, showPill: false, translationLanguage: 'ru' } as const;
    expect(migrateSettings(current)).toEqual(current);
  });

  it('gives settings stored before the translation language existed the automatic choice', () => {
    expect(migrateSettings({ version: 1, showPill: false })).toEqual({
      version: 1,
      showPill: false,
      translationLanguage: 'auto',
    });
    expect(migrateSettings({ version: 1, showPill: true, translationLanguage: 'ar' }).translationLanguage).toBe('auto');
  });
});
