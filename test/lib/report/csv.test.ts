// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { CLAUSE_IDS } from '../../../lib/dataset/types';
import { csvCell, csvHeader, csvRow } from '../../../lib/report/csv';
import { fixtureReport } from './formats-fixture';

/** A minimal RFC 4180 reader, to read back what we wrote. */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  const re = /"((?:[^"]|"")*)"(?:,|$)/g;
  for (let m = re.exec(line); m; m = re.exec(line)) cells.push(m[1]!.replace(/""/g, '"'));
  return cells;
}

describe('csv', () => {
  it('defuses cells that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t=', '\r='])
      expect(csvCell(`${start}SUM(A1:A9)`), JSON.stringify(start)).toMatch(/^"'/);
    expect(csvCell('Putin = Kremlin')).toBe('"Putin = Kremlin"');
    expect(csvCell('a "quoted" word')).toBe('"a ""quoted"" word"');
  });

  it('drops control characters from cells', () => {
    expect(csvCell('red\u001b[31m\u009b2J')).toBe('"red[31m2J"');
  });

  it('writes one row per page with a column per clause holding its tier', () => {
    const page = fixtureReport('en/pos-01-wire-kremlin-reboot.html', 'https://www.example-wire.com/a');
    const header = parseCsvLine(csvHeader().trimEnd());
    const row = parseCsvLine(csvRow(page).trimEnd());
    expect(row).toHaveLength(header.length);
    const cell = (name: string) => row[header.indexOf(name)];
    expect(cell('outlet')).toBe('example-wire.com');
    expect(cell('verdict')).toBe('about');
    for (const id of CLAUSE_IDS) expect(cell(id), id).toBe(page.clauses.find((c) => c.id === id)?.tier ?? '');
    expect(page.clauses.length).toBeGreaterThan(2);
    expect(cell('flags')).toBe(page.flags.map((f) => f.id).join('; '));
  });
});
