import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../lib/text/segment';

const texts = (t: string) => segment(t).map((s) => t.slice(s.start, s.end));

describe('segment', () => {
  it('splits English sentences and keeps a quotation with its sentence-ending stops whole', () => {
    const t =
      'Putin said: "We propose to restore dialogue. We also call on all states to agree." Washington did not reply. Mr. Smith, of the U.S. State Department, declined to comment.';
    expect(texts(t)).toEqual([
      'Putin said: "We propose to restore dialogue. We also call on all states to agree." Washington did not reply.',
      'Mr. Smith, of the U.S. State Department, declined to comment.',
    ]);
  });

  it('keeps Russian quotations whole, with „…“ nested in «…»', () => {
    const t = 'Песков заявил: «Мы ждем ответа. Предложение „о перезагрузке“ остается в силе. Это важно». Ответа нет.';
    expect(texts(t)).toEqual([
      'Песков заявил: «Мы ждем ответа. Предложение „о перезагрузке“ остается в силе. Это важно».',
      'Ответа нет.',
    ]);
  });

  it('does not break Russian abbreviations or dotted dates', () => {
    const t = 'Соглашение действует с 25.05.1972 г. и т. д. Следующее предложение.';
    expect(texts(t)).toEqual(['Соглашение действует с 25.05.1972 г. и т. д.', 'Следующее предложение.']);
  });

  it('splits Arabic at «.» and «؟» and keeps «…» quotations whole', () => {
    const t = 'قال بوتين: «ندعو الولايات المتحدة. نريد الحوار». فهل ترد واشنطن؟ لا أحد يعرف.';
    expect(texts(t)).toEqual(['قال بوتين: «ندعو الولايات المتحدة. نريد الحوار».', 'فهل ترد واشنطن؟', 'لا أحد يعرف.']);
  });

  it('numbers paragraphs by line breaks, and a line break always ends a passage and an unclosed quotation', () => {
    const segs = segment('First "open quote.\nSecond line. Third.');
    expect(segs.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it('returns ordered, disjoint, trimmed passages inside the text, for any string', () => {
    const chars = fc.constantFrom(...'ab .!?؟…"“”«»„‹›\n\t\u00a0Ab.'.split(''), 'Mr.', 'т.е.', 'ا');
    const arb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.array(chars, { maxLength: 300 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(arb, (t) => {
        let last = 0;
        let paragraph = 0;
        for (const s of segment(t)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(t.length);
          expect(s.paragraph).toBeGreaterThanOrEqual(paragraph);
          const piece = t.slice(s.start, s.end);
          expect(piece).toBe(piece.trim());
          expect(piece).not.toContain('\n');
          last = s.end;
          paragraph = s.paragraph;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('cuts a passage without any punctuation at a bounded length', () => {
    const segs = segment('word '.repeat(2_000));
    expect(segs.length).toBeGreaterThan(1);
    for (const s of segs) expect(s.end - s.start).toBeLessThanOrEqual(2_001);
  });
});
