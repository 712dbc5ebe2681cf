import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import statementJson from '../../../data/statement.json';
import {
  divergencesOf,
  getNote,
  listClauses,
  listDivergences,
  listNotes,
  translationText,
} from '../../../lib/dataset/statement';
import { CLAUSE_IDS } from '../../../lib/dataset/types';

const source = readFileSync(resolve('data/source.txt'), 'utf8');

describe('the source text', () => {
  it('is stored as UTF-8 with LF line ends and starts with the headline', () => {
    expect(source.includes('\r')).toBe(false);
    expect(source.startsWith('رئيس روسيا يقترح عقد معاهدة')).toBe(true);
    expect(source.split('\n')[16]).toBe('موقع الحكومة الروسية الرسمي – ٢٥ أيلول / سبتمبر ٢٠٢٠');
  });
});

describe('clauses', () => {
  const clauses = listClauses();

  it('are the ten fixed IDs, in order', () => {
    expect(clauses.map((c) => c.id)).toEqual([...CLAUSE_IDS]);
  });

  it('each equal their slice of the source', () => {
    for (const c of clauses) expect(source.slice(c.start, c.end), c.id).toBe(c.arabic);
  });

  it('cover every non-whitespace character of the source exactly once, in order', () => {
    const owner = new Array<string | null>(source.length).fill(null);
    let previousEnd = 0;
    for (const c of clauses) {
      expect(c.start, c.id).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = c.end;
      for (let i = c.start; i < c.end; i++) {
        expect(owner[i], `${c.id} overlaps at ${i}`).toBeNull();
        owner[i] = c.id;
      }
    }
    for (let i = 0; i < source.length; i++) {
      if (!/\s/.test(source[i]!)) expect(owner[i], `character ${i} (${source[i]}) belongs to no clause`).not.toBeNull();
    }
  });

  it('follow the line boundaries of data/source.txt: ordinals open their points, trust ends at the first comma of line 16', () => {
    const lines = source.split('\n');
    const byId = Object.fromEntries(clauses.map((c) => [c.id, c]));
    expect(byId['point-1']!.arabic.split('\n')[0]).toBe(lines[5]);
    expect(byId['point-3']!.arabic.split('\n')[0]).toBe('الثالث');
    expect(byId['trust']!.arabic.endsWith('ألالكترونية,')).toBe(true);
    expect(byId['global-commitment']!.arabic.startsWith('نخاطب جميع البلدان')).toBe(true);
    expect(byId['source']!.arabic).toBe(lines[16]);
  });

  it('have the Arabic without notes equal to the Arabic with every note removed', () => {
    for (const c of clauses) {
      let stripped = c.arabic;
      for (const n of listNotes().filter((n) => n.clause === c.id)) stripped = stripped.replace(` ${n.arabic}`, '');
      expect(c.arabicWithoutNotes, c.id).toBe(stripped);
      expect(c.arabicWithoutNotes).not.toMatch(/[()]/);
    }
  });

  it('each have a label, summary, English translation and Russian rendering', () => {
    for (const c of clauses) {
      expect(c.label.length, c.id).toBeGreaterThan(5);
      expect(c.labels.ar, c.id).toMatch(/[\u0600-\u06ff]/);
      expect(c.labels.ru, c.id).toMatch(/[а-яё]/i);
      expect(c.summary.length, c.id).toBeGreaterThan(20);
      expect(translationText(c, false).length, c.id).toBeGreaterThan(20);
      expect(c.russian, c.id).toMatch(/[а-я]{4}/);
    }
  });

  it('place every note of a clause in its translation segments, once, and no note in another clause', () => {
    for (const c of clauses) {
      const inSegments = c.translation.flatMap((s) => ('noteId' in s ? [s.noteId] : []));
      expect(inSegments.sort(), c.id).toEqual([...c.notes].sort());
      for (const id of inSegments) expect(getNote(id)?.clause).toBe(c.id);
    }
  });

  it('keep markup out of translations (structured segments only)', () => {
    const text = JSON.stringify(statementJson.clauses.map((c) => c.translation));
    expect(text).not.toMatch(/<[a-z/]/i);
  });
});

describe('translator notes', () => {
  it('are exactly the bracketed insertions of the source, each once', () => {
    const brackets = [...source.matchAll(/\([^()]*\)/g)].map((m) => [m.index, m.index + m[0].length]);
    expect(brackets).toHaveLength(6);
    expect(listNotes().map((n) => [n.start, n.end])).toEqual(brackets);
    for (const n of listNotes()) expect(source.slice(n.start, n.end)).toBe(n.arabic);
  });

  it('lie inside their clause and are never counted as statement text', () => {
    for (const n of listNotes()) {
      const clause = listClauses().find((c) => c.id === n.clause)!;
      expect(n.start).toBeGreaterThanOrEqual(clause.start);
      expect(n.end).toBeLessThanOrEqual(clause.end);
      const inner = n.arabic.slice(1, -1).trim();
      expect(clause.arabicWithoutNotes.includes(n.arabic)).toBe(false);
      expect(clause.arabicWithoutNotes.includes(inner), n.id).toBe(false);
    }
  });

  it('each have a translation, a kind and an explanation', () => {
    for (const n of listNotes()) {
      expect(n.translation.length, n.id).toBeGreaterThan(3);
      expect(['gloss', 'clarification', 'editorial']).toContain(n.kind);
      expect(n.explanation.length, n.id).toBeGreaterThan(20);
    }
    expect(getNote('note-nsa')?.translation).toMatch(/National Security Agency/);
  });
});

describe('divergences from the official statement', () => {
  it('are the listed facts, per clause', () => {
    const kinds = Object.fromEntries(listDivergences().map((d) => [d.id, `${d.clause}:${d.kind}`]));
    expect(kinds).toEqual({
      'headline-treaty': 'headline:framing',
      'headline-non-collision': 'headline:insertion',
      'preamble-gloss-internet': 'preamble:insertion',
      'preamble-gloss-danger': 'preamble:insertion',
      'preamble-agreement': 'preamble:insertion',
      'point-1-nsa': 'point-1:insertion',
      'point-1-high-level': 'point-1:omission',
      'point-2-computer': 'point-2:omission',
      'point-3-collision': 'point-3:substitution',
      'experts-cyber-security': 'experts-dialogue:substitution',
      'trust-agreements': 'trust:substitution',
      'global-no-first-strike': 'global-commitment:omission',
      'source-kremlin': 'source:attribution',
    });
    expect(divergencesOf('point-4')).toEqual([]);
    expect(divergencesOf('global-commitment')[0]!.officialSays).toMatch(/first strike/);
    expect(divergencesOf('source')[0]!.officialSays).toMatch(/Kremlin/);
  });
});
