import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statementClauses } from '../../../lib/dataset/statement';
import { analyze } from '../../../lib/engine/analyze';

const source = readFileSync(resolve('data/source.txt'), 'utf8');

describe('analyze', () => {
  it('reads the source itself, published as an Arabic article, as about the proposal with every statement clause', () => {
    const [title, ...body] = source.split('\n');
    const report = analyze({ title: title!, text: body.join('\n') });
    expect(report.verdict).toBe('about');
    expect(report.language).toBe('ar');
    const ids = report.clauses.map((c) => c.id);
    for (const c of statementClauses()) expect(ids, c.id).toContain(c.id);
  });

  it("gives offsets that point at the passage text, and evidence in the article's own words", () => {
    const text = source.split('\n').slice(2).join('\n');
    const report = analyze({ title: '', text });
    for (const c of report.clauses) {
      for (const p of c.passages) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
        for (const e of p.evidence) expect(p.text.includes(e) || text.includes(e), e).toBe(true);
      }
    }
  });

  it('stays unrelated on a story with the same vocabulary about something else', () => {
    const report = analyze({
      title: 'US sanctions Russia over SolarWinds hack',
      text: [
        'The United States imposed sanctions on Russia, holding the Kremlin responsible for the SolarWinds cyber espionage campaign and for interference in the 2020 presidential election.',
        'President Joe Biden said he told Vladimir Putin that Washington would respond, and proposed a summit.',
      ].join('\n'),
    });
    expect(report.verdict).toBe('unrelated');
    expect(report.clauses).toEqual([]);
  });

  it('flags a "treaty" on non-interference in a positive article', () => {
    const report = analyze({
      title: 'Putin proposes cyber reset to Washington',
      text: [
        "Russian President Vladimir Putin proposed on September 25 that Russia and the United States exchange guarantees of non-interference in each other's internal affairs, including elections.",
        'He also proposed an agreement on preventing incidents in the information space, modelled on the 1972 Incidents at Sea agreement.',
        'Moscow media called it a treaty on non-interference in elections.',
      ].join('\n'),
    });
    expect(report.verdict).toBe('about');
    expect(report.flags.map((f) => f.id)).toContain('treaty-on-non-interference');
  });

  it('never throws on hostile input, and reports it as unrelated', () => {
    const inputs = [
      '',
      '\u0000\u0001\uFFFF',
      'a'.repeat(1_000_000),
      '\u202Eبوتين\u202C Путин Putin '.repeat(2_000),
      '«'.repeat(10_000),
    ];
    for (const text of inputs) {
      const report = analyze({ title: '', text });
      expect(report.verdict).toBe('unrelated');
    }
    expect(analyze({ title: 1 as unknown as string, text: null as unknown as string }).verdict).toBe('unrelated');
  });
});
