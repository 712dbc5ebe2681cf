import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CoverageMap } from '../../components/CoverageMap';

afterEach(cleanup);

describe('CoverageMap', () => {
  it('lists every statement clause in order with its coverage, and selects on click', () => {
    const onSelect = vi.fn();
    const { container } = render(
      <CoverageMap
        matches={[
          { id: 'point-3', tier: 'verbatim', score: 1, passages: [] },
          { id: 'point-4', tier: 'topic', score: 0.3, passages: [] },
        ]}
        onSelect={onSelect}
      />,
    );
    const items = [...container.querySelectorAll('li[data-clause]')];
    expect(items.map((li) => li.getAttribute('data-clause'))).toEqual([
      'preamble',
      'point-1',
      'point-2',
      'point-3',
      'point-4',
      'experts-dialogue',
      'trust',
      'global-commitment',
    ]);
    expect(items.map((li) => li.getAttribute('data-coverage'))).toEqual([
      'omitted',
      'omitted',
      'omitted',
      'verbatim',
      'topic',
      'omitted',
      'omitted',
      'omitted',
    ]);
    (items[3]!.querySelector('button') as HTMLButtonElement).click();
    expect(onSelect).toHaveBeenCalledWith('point-3');
  });
});
