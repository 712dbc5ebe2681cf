import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../components/PopupApp';

afterEach(cleanup);

describe('PopupApp search', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no permissions API; the popup's settings ask whether all-sites detection is granted.
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((() => Promise.resolve(false)) as never);
  });

  it('finds clauses as you type, in Arabic with folded spelling and in English', async () => {
    const { container, getByRole } = render(<PopupApp fixedTabId={1} />);
    const input = getByRole('searchbox') as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'الامن القومي' } });
    await waitFor(() =>
      expect(container.querySelector('.results [data-clause]')?.getAttribute('data-clause')).toBe('point-1'),
    );
    fireEvent.input(input, { target: { value: 'high seas' } });
    await waitFor(() =>
      expect(container.querySelector('.results [data-clause]')?.getAttribute('data-clause')).toBe('point-3'),
    );
    expect(container.querySelector('.results mark')?.textContent?.toLowerCase()).toBe('high seas');
  });

  it('moves the active result with the arrow keys', async () => {
    const { container, getByRole } = render(<PopupApp fixedTabId={1} />);
    const input = getByRole('searchbox');
    fireEvent.input(input, { target: { value: 'information' } });
    await waitFor(() => expect(container.querySelectorAll('.results li[data-clause]').length).toBeGreaterThan(1));
    expect(container.querySelector('[aria-current="true"]')).toBe(container.querySelectorAll('.results li')[0]);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    await waitFor(() =>
      expect(container.querySelector('[aria-current="true"]')).toBe(container.querySelectorAll('.results li')[1]),
    );
  });

  it('says so when nothing matches', async () => {
    const { container, getByRole } = render(<PopupApp fixedTabId={1} />);
    fireEvent.input(getByRole('searchbox'), { target: { value: 'zzqqxx' } });
    await waitFor(() => expect(container.querySelector('.results .empty')).not.toBeNull());
  });
});
