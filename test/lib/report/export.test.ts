import { describe, expect, it } from 'vitest';
import { DATASET_VERSION } from '../../../lib/dataset/statement';
import type { Report } from '../../../lib/engine/report';
import { EXPORT_FORMATS, exportReport } from '../../../lib/report/export';

const report: Report = {
  verdict: 'mentions',
  confidence: 0.5,
  language: 'ru',
  title: 'Путин предложил США',
  datasetVersion: DATASET_VERSION,
  clauses: [{ id: 'point-4', tier: 'topic', score: 0.4, passages: [] }],
  flags: [],
};
const input = { report, url: 'https://example.ru/a', languages: { ui: 'ru', translation: 'ru' } } as const;
const format = (id: string) => EXPORT_FORMATS.find((f) => f.id === id)!;

describe('report exports', () => {
  it('have unique ids and file names', () => {
    expect(new Set(EXPORT_FORMATS.map((f) => f.id)).size).toBe(EXPORT_FORMATS.length);
    const names = EXPORT_FORMATS.map((f) => exportReport(f, input).fileName);
    expect(new Set(names).size).toBe(EXPORT_FORMATS.length);
  });

  it('write Markdown in the reader’s language', () => {
    const file = exportReport(format('markdown'), input);
    expect(file).toMatchObject({ fileName: 'source-check-report.md', mimeType: 'text/markdown' });
    expect(file.body).toContain('- Вывод: **Упоминает предложение**');
  });

  it('write JSON as data, the same whatever the reader’s language', () => {
    const file = exportReport(format('json'), input);
    expect(file).toMatchObject({ fileName: 'source-check-report.json', mimeType: 'application/json' });
    expect(JSON.parse(file.body)).toEqual({ url: input.url, ...report });
    expect(exportReport(format('json'), { ...input, languages: { ui: 'ar', translation: 'en' } }).body).toBe(file.body);
  });
});
