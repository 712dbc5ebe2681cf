import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClauseCard } from '../../components/ClauseCard';
import { getClause } from '../../lib/dataset/statement';
import type { ClauseMatch } from '../../lib/engine/report';

afterEach(cleanup);

describe('ClauseCard', () => {
  it('shows the Arabic right to left with each translator note marked as its own layer', () => {
    const { container } = render(<ClauseCard clause={getClause('point-1')} open />);
    const arabic = container.querySelector('.arabic')!;
    expect(arabic.getAttribute('dir')).toBe('rtl');
    expect(arabic.getAttribute('lang')).toBe('ar');
    const notes = arabic.querySelectorAll('mark.note');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.textContent).toContain('وكالة ألامن القومي');
    // The statement text outside the mark does not contain the note.
    const statementText = [...arabic.querySelectorAll('span')].map((s) => s.textContent).join('');
    expect(statementText).not.toContain('وكالة ألامن القومي');
  });

  it('shows the translation with notes in place as insertions, and the divergences', () => {
    const { container } = render(<ClauseCard clause={getClause('preamble')} open />);
    expect(container.querySelectorAll('.translation ins.note')).toHaveLength(3);
    expect(container.querySelectorAll('.divergences [data-divergence]')).toHaveLength(3);
    expect(container.querySelectorAll('.notes [data-note]')).toHaveLength(3);
  });

  it('emphasises the evidence in the article passage and offers show-in-page', () => {
    const match: ClauseMatch = {
      id: 'point-3',
      tier: 'paraphrase',
      score: 0.8,
      passages: [
        {
          text: 'An agreement modelled on the Incidents at Sea accord of 1972.',
          start: 0,
          end: 60,
          evidence: ['Incidents at Sea', '1972'],
        },
      ],
    };
    const onShow = vi.fn();
    const { container, getByText } = render(
      <ClauseCard clause={getClause('point-3')} match={match} open onShow={onShow} />,
    );
    const strong = [...container.querySelectorAll('.passage blockquote strong')].map((s) => s.textContent);
    expect(strong).toEqual(['Incidents at Sea', '1972']);
    getByText('showInPage').click();
    expect(onShow).toHaveBeenCalledWith(match.passages[0]!.text);
  });

  it('renders markup in passage text as text, never as elements', () => {
    const text = 'Quote <img src=x onerror="window.pwned=1"> and <script>window.pwned=1</script> Incidents at Sea';
    const match: ClauseMatch = {
      id: 'point-3',
      tier: 'topic',
      score: 0.3,
      passages: [{ text, start: 0, end: text.length, evidence: ['Incidents at Sea'] }],
    };
    const { container } = render(<ClauseCard clause={getClause('point-3')} match={match} open />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('blockquote')!.textContent).toBe(text);
  });
});
