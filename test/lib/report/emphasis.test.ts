import { describe, expect, it } from 'vitest';
import { emphasise } from '../../../lib/report/emphasis';

const marked = (passage: string, evidence: string[]) =>
  emphasise(passage, evidence)
    .map((p) => (p.evidence ? `[${p.text}]` : p.text))
    .join('');

describe('emphasise', () => {
  it('marks every occurrence of each evidence phrase and keeps the text whole', () => {
    const passage = 'talks on cyber security; cyber security again';
    const parts = emphasise(passage, ['cyber security']);
    expect(parts.map((p) => p.text).join('')).toBe(passage);
    expect(marked(passage, ['cyber security'])).toBe('talks on [cyber security]; [cyber security] again');
  });

  it('merges overlapping phrases without repeating text', () => {
    expect(marked('the high seas agreement', ['high seas', 'seas agreement'])).toBe('the [high seas][ agreement]');
  });

  it('drops a phrase inside one already marked', () => {
    const parts = emphasise('the high seas agreement of 1972', ['high seas agreement', 'seas']);
    expect(parts.map((p) => p.text).join('')).toBe('the high seas agreement of 1972');
    expect(marked('the high seas agreement of 1972', ['high seas agreement', 'seas'])).toBe(
      'the [high seas agreement] of 1972',
    );
  });

  it('ignores empty and absent phrases', () => {
    expect(emphasise('plain text', ['', 'missing'])).toEqual([{ text: 'plain text', evidence: false }]);
  });

  it('works on Arabic and Russian text', () => {
    expect(marked('اتفاق منع الحوادث في أعالي البحار', ['أعالي البحار'])).toBe('اتفاق منع الحوادث في [أعالي البحار]');
    expect(marked('гарантии невмешательства в выборы', ['невмешательства'])).toBe(
      'гарантии [невмешательства] в выборы',
    );
  });
});
