import { cleanup, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LanguagesContext } from '../../components/languages';
import { ReportView } from '../../components/ReportView';
import { DATASET_VERSION } from '../../lib/dataset/statement';
import type { Report } from '../../lib/engine/report';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});
// The Arabic message of public/_locales, with its placeholder, as the browser would give it.
beforeEach(() => {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) =>
    key === 'reportFor'
      ? `التقرير عن ${[subs].flat()[0]}`
      : key === 'publishedOn'
        ? `نُشر في ${[subs].flat()[0]}`
        : '') as never);
});

const report: Report = {
  verdict: 'about',
  confidence: 0.9,
  language: 'en',
  title: 'Moscow proposes a pact on information security',
  clauses: [],
  flags: [],
  datasetVersion: DATASET_VERSION,
};

function view(url: string, shown: Report = report) {
  const noop = () => undefined;
  return render(
    <LanguagesContext.Provider value={{ ui: 'ar', translation: 'en' }}>
      <ReportView
        report={shown}
        url={url}
        selected={null}
        status=""
        onSelect={noop}
        onCopyReport={noop}
        onExport={noop}
        onCopy={noop}
        onShow={noop}
      />
    </LanguagesContext.Provider>,
  );
}

describe('ReportView', () => {
  it('names the address of the document the report describes, isolated from the UI language around it', () => {
    const url = 'https://news.example/world/2020/09/25/putin-proposal?utm_source=x#top';
    const { container } = view(url);
    const line = container.querySelector<HTMLElement>('.report-url')!;
    expect(line.dataset.url).toBe(url);
    const address = line.querySelector('bdi')!;
    expect(address.textContent).toBe('news.example/world/2020/09/25/putin-proposal');
    expect(address.getAttribute('dir')).toBe('ltr');
  });

  it('shortens a very long address for the header', () => {
    const url = `https://news.example/${'a'.repeat(500)}`;
    const { container } = view(url);
    expect(container.querySelector('.report-url bdi')!.textContent!.length).toBe(120);
  });

  it('shows the publication date the verdict took into account, in the UI language, machine-readable too', () => {
    const { container } = view('https://news.example/a', { ...report, published: '2020-09-25' });
    const line = container.querySelector<HTMLElement>('.published')!;
    expect(line.textContent).toContain('نُشر في');
    const time = line.querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2020-09-25');
    expect(time.textContent).toBe(
      new Intl.DateTimeFormat('ar', { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2020, 8, 25)),
    );
    expect(time.textContent).not.toBe('2020-09-25');
  });

  it('says nothing of a date when the page gave none', () => {
    const { container } = view('https://news.example/a');
    expect(container.querySelector('.published')).toBeNull();
  });
});
