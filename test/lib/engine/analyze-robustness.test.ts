import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import type { Report } from '../../../lib/engine/report';

/** Every offset in a report points at the text it claims to, and the report is well-formed. */
function checkReport(report: Report, text: string, title = ''): void {
  expect(['about', 'mentions', 'unrelated']).toContain(report.verdict);
  expect(report.confidence).toBeGreaterThanOrEqual(0);
  expect(report.confidence).toBeLessThanOrEqual(1);
  for (const c of report.clauses) {
    expect(c.score).toBeGreaterThanOrEqual(0);
    expect(c.score).toBeLessThanOrEqual(1);
    for (const p of c.passages) {
      const source = p.inTitle ? title : text;
      expect(source.slice(p.start, p.end)).toBe(p.text);
      for (const e of p.evidence) expect(source.includes(e)).toBe(true);
    }
  }
  for (const f of report.flags) expect(text.slice(f.start, f.end)).toBe(f.passage);
}

const VOCABULARY = [
  'Putin',
  'proposed',
  'exchange',
  'guarantees',
  'of',
  'non-interference',
  'elections',
  'Incidents at Sea',
  '1972',
  'بوتين',
  'اقترح',
  'تبادل',
  'الضمانات',
  'بعدم',
  'التدخل',
  'ألامن',
  'ألالكتروني',
  '٢٥',
  'أيلول',
  'Путин',
  'предложил',
  'обменяться',
  'гарантиями',
  'невмешательства',
  '«',
  '»',
  '"',
  '“',
  '”',
  '„',
  '.',
  '!',
  '?',
  '؟',
  '\n',
  ' ',
  '\u202e',
  '\u202c',
  '\u200f',
  '\u2066',
  '\ufeff',
  '\u0000',
  '\ud800',
];
const articleLike = fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 400 }).map((w) => w.join(' '));

describe('analyze on hostile and arbitrary input', () => {
  it('never throws and reports consistently on arbitrary strings, binary or article-like', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 500 }),
          fc.string({ unit: 'grapheme', maxLength: 500 }),
          articleLike,
        ),
        fc.oneof(fc.string({ maxLength: 80 }), articleLike),
        (text, title) => {
          checkReport(analyze({ title, text }), text, title);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('handles a 5 MB article, a single 1 MB word, binary garbage and mixed scripts with bidi controls', () => {
    const paragraph =
      "Russian President Vladimir Putin proposed that Moscow and Washington exchange guarantees of non-interference in each other's internal affairs, including elections.\n";
    const inputs = [
      paragraph.repeat(Math.ceil(5_000_000 / paragraph.length)),
      'x'.repeat(1_000_000),
      'بوتين'.repeat(200_000),
      Array.from({ length: 200_000 }, (_, i) => String.fromCharCode((i * 7919) % 65_536)).join(''),
      '\u202eبوتين\u202c Путин Putin \u2067«ألامن»\u2069 '.repeat(20_000),
      '.'.repeat(500_000) + ' a. '.repeat(100_000),
      '«'.repeat(100_000) + '"'.repeat(100_000),
    ];
    for (const text of inputs) checkReport(analyze({ title: 'Putin', text }), text);
    // Several megabytes on a shared machine: the time limit only keeps a hang from stalling the run.
  }, 300_000);

  it('reports a long article of one repeated positive paragraph as about the proposal', () => {
    const text =
      'In a statement on information security, Putin proposed that Russia and the United States exchange guarantees of non-interference in elections.\n'.repeat(
        5_000,
      );
    const report = analyze({ title: 'Putin proposes cyber guarantees', text });
    expect(report.verdict).toBe('about');
    expect(report.clauses.map((c) => c.id)).toContain('point-4');
    checkReport(report, text);
  }, 60_000);

  it('tolerates inputs that are not strings', () => {
    expect(analyze({ title: 1 as unknown as string, text: null as unknown as string }).verdict).toBe('unrelated');
    expect(
      analyze({ title: '', text: {} as unknown as string, declaredLanguage: 5 as unknown as string }).verdict,
    ).toBe('unrelated');
  });
});
