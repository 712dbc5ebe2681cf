import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ClauseCard } from '../../components/ClauseCard';
import { LanguagesContext, useReaderLanguages } from '../../components/languages';
import { MixedText } from '../../components/MixedText';
import { TranslationLanguagePicker } from '../../components/TranslationLanguagePicker';
import { getClause } from '../../lib/dataset/statement';
import type { ReaderLanguages } from '../../lib/dataset/types';
import { loadSettings, SETTINGS_KEY } from '../../lib/storage/settings';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

function card(id: Parameters<typeof getClause>[0], languages: ReaderLanguages) {
  return render(
    <LanguagesContext.Provider value={languages}>
      <ClauseCard clause={getClause(id)} open />
    </LanguagesContext.Provider>,
  );
}

describe('MixedText', () => {
  it('sets each quotation in another language apart with its lang and direction', () => {
    const { container } = render(
      <p>
        <MixedText text="حوار «{en|high-level}» و«{ru|одобрить}»" />
      </p>,
    );
    const quotes = [...container.querySelectorAll('bdi')].map((b) => [b.lang, b.dir, b.textContent]);
    expect(quotes).toEqual([
      ['en', 'ltr', 'high-level'],
      ['ru', 'ltr', 'одобрить'],
    ]);
    expect(container.textContent).toBe('حوار «high-level» و«одобрить»');
  });
});

describe('ClauseCard in the reader’s languages', () => {
  it('shows a Russian reader the Russian translation, notes in place, and Russian explanations', () => {
    const { container } = card('point-1', { ui: 'ru', translation: 'ru' });
    const translation = container.querySelector('.translation')!;
    expect(translation.getAttribute('lang')).toBe('ru');
    expect(translation.textContent).toContain(
      '(разумеется, компетентными, такими как Агентство национальной безопасности США, АНБ)',
    );
    expect(container.querySelector('.clause-summary')!.textContent).toMatch(/^Восстановить регулярный/);
    const note = container.querySelector('.notes [data-note="note-nsa"]')!;
    const arabic = note.querySelector('bdi[lang="ar"]')!;
    expect(arabic.getAttribute('dir')).toBe('rtl');
    expect(note.querySelector('.explanation')!.textContent).toMatch(
      /^Называет Агентство национальной безопасности США/,
    );
    const highLevel = container.querySelector('[data-divergence="point-1-high-level"]')!;
    expect(highLevel.textContent).toContain('«на высоком уровне»');
  });

  it('shows an Arabic reader the English translation with Arabic explanations, English quotations isolated', () => {
    const { container } = card('point-2', { ui: 'ar', translation: 'en' });
    expect(container.querySelector('.translation')!.getAttribute('lang')).toBe('en');
    const divergence = container.querySelector('[data-divergence="point-2-computer"]')!;
    expect(divergence.querySelector('p')!.textContent).toMatch(/^\S+ تُسقط الترجمة كلمة «الحاسوب»/);
    const quote = divergence.querySelector('bdi[lang="en"]')!;
    expect([quote.textContent, quote.getAttribute('dir')]).toEqual(['Computer Emergency Readiness Teams', 'ltr']);
    // No element lets its content pick a direction from whatever text comes first (the cause of misplaced full stops).
    expect(container.querySelector('li[dir="auto"], p[dir="auto"]')).toBeNull();
  });

  it('lets the Arabic reader switch the translation to Russian', () => {
    const { container } = card('preamble', { ui: 'ar', translation: 'ru' });
    const translation = container.querySelector('.translation')!;
    expect(translation.getAttribute('lang')).toBe('ru');
    expect([...translation.querySelectorAll('ins.note')].map((n) => n.textContent)).toEqual([
      '(интернет и кибератаки)',
      '(этой опасности)',
      '(соглашение)',
    ]);
  });
});

describe('the translation language setting', () => {
  function Shown() {
    const { ui, translation } = useReaderLanguages();
    return <output>{`${ui}/${translation}`}</output>;
  }

  it('follows the interface until the reader picks one, and every open view follows the pick', async () => {
    const { container } = render(
      <>
        <Shown />
        <TranslationLanguagePicker id="pick" />
      </>,
    );
    // Outside the extension the UI language is English, so "automatic" means English.
    await waitFor(() => expect(container.querySelector('output')!.textContent).toBe('en/en'));
    const select = await waitFor(() => container.querySelector('select')!);
    fireEvent.change(select, { target: { value: 'ru' } });
    await waitFor(() => expect(container.querySelector('output')!.textContent).toBe('en/ru'));
    expect((await loadSettings()).translationLanguage).toBe('ru');
    await fakeBrowser.storage.local.set({
      [SETTINGS_KEY]: { version: 1, showPill: true, translationLanguage: 'auto' },
    });
    await waitFor(() => expect(container.querySelector('output')!.textContent).toBe('en/en'));
  });
});
