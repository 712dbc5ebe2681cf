import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATASET_VERSION } from '../../../lib/dataset/statement';
import type { Report } from '../../../lib/engine/report';
import { withoutIsolates } from '../../../lib/report/bidi';
import { escapeMarkdown, markdownReport } from '../../../lib/report/markdown';
import { REPORT_WORDS } from '../../../lib/report/report-words';

const FSI = '\u2068';
const PDI = '\u2069';

const report: Report = {
  verdict: 'about',
  confidence: 0.87,
  language: 'en',
  title: 'Putin offers a *cyber* reset',
  datasetVersion: DATASET_VERSION,
  clauses: [
    {
      id: 'point-3',
      tier: 'paraphrase',
      score: 0.8,
      passages: [
        { text: 'an accord like the | Incidents at Sea deal', start: 0, end: 40, evidence: ['Incidents at Sea'] },
      ],
    },
    { id: 'headline', tier: 'topic', score: 0.3, passages: [] },
  ],
  flags: [
    {
      id: 'treaty-on-non-interference',
      clause: 'point-4',
      message: 'engine message',
      passage: 'a treaty on non-interference',
      start: 0,
      end: 10,
    },
  ],
};
const URL_ = 'https://example.com/story';

describe('escapeMarkdown', () => {
  it('escapes what would start formatting or split a table cell, and folds whitespace', () => {
    expect(escapeMarkdown(' a|b *c* [d](e) <f> #g\n`h` _i_ \\ ')).toBe(
      'a\\|b \\*c\\* \\[d\\](e) \\<f\\> \\#g \\`h\\` \\_i\\_ \\\\',
    );
  });
});

describe('markdownReport', () => {
  it('reports in English by default: verdict, every statement clause with its coverage, passages, flags, citation', () => {
    const md = markdownReport(report, URL_);
    expect(md).toContain('## Putin offers a \\*cyber\\* reset');
    expect(md).toContain(`- Source: ${URL_}`);
    expect(md).toContain('- Verdict: **About the proposal** (confidence 0.87, language en)');
    expect(md).toContain('| Point 3 — incidents agreement (`point-3`) | paraphrased | 0.80 |');
    expect(md).toContain('| Point 4 — guarantees of non-interference (`point-4`) | omitted | – |');
    // Framing clauses are listed after the statement's.
    expect(md).toContain("| Headline (translator's framing) (`headline`) | topic only | 0.30 |");
    expect(md).toContain('“an accord like the \\| Incidents at Sea deal”');
    expect(md).toContain('  - Evidence: “Incidents at Sea”');
    expect(md).toContain('- **treaty-on-non-interference** (`point-4`): The statement proposes exchanging guarantees');
    expect(md).not.toContain('engine message');
    expect(md).toContain(`clauses point-3, headline; dataset ${DATASET_VERSION}.`);
    expect(withoutIsolates(md)).toBe(md);
  });

  it('reports in Russian: the words, labels and flag messages are Russian', () => {
    const md = markdownReport(report, URL_, { ui: 'ru', translation: 'ru' });
    expect(md).toContain('- Вывод: **О предложении** (уверенность 0.87, язык en)');
    expect(md).toContain('| Пункт | Охват | Оценка |');
    expect(md).toContain('| Пункт 3 — соглашение о предотвращении инцидентов (`point-3`) | пересказ | 0.80 |');
    expect(md).toContain('| Пункт 4 — гарантии невмешательства (`point-4`) | пропущено | – |');
    expect(md).toContain('«an accord like the \\| Incidents at Sea deal»');
    expect(md).toContain('Заявление предлагает обменяться гарантиями невмешательства');
    expect(md).toContain(`версия данных ${DATASET_VERSION}.`);
    expect(md).not.toMatch(/Verdict|Coverage|Passages|Cite as/);
  });

  it('reports in Arabic, isolating the English title, passages, ids and link so nothing is reordered', () => {
    const md = markdownReport(report, URL_, { ui: 'ar', translation: 'en' });
    expect(md).toContain(`## ${FSI}Putin offers a \\*cyber\\* reset${PDI}`);
    expect(md).toContain(`- المصدر: ${FSI}${URL_}${PDI}`);
    expect(md).toContain('- النتيجة: **عن المقترح**');
    expect(md).toContain(`| البند الثالث — اتفاق منع الحوادث (${FSI}\`point-3\`${PDI}) | بتصرف | 0.80 |`);
    expect(md).toContain(`«${FSI}an accord like the \\| Incidents at Sea deal${PDI}»`);
    expect(md).toContain('يقترح البيان تبادل ضمانات عدم التدخل');
    expect(md).toContain(`البنود ${FSI}point-3, headline${PDI}؛ إصدار البيانات ${DATASET_VERSION}.`);
  });

  it('gives the publication date the verdict took into account, when the page gave one', () => {
    expect(markdownReport({ ...report, published: '2020-09-25' }, URL_)).toContain('- Published: 2020-09-25\n');
    const arabic = markdownReport({ ...report, published: '2020-09-25' }, URL_, { ui: 'ar', translation: 'en' });
    expect(withoutIsolates(arabic)).toContain('- تاريخ النشر: 2020-09-25\n');
    expect(markdownReport(report, URL_)).not.toContain('Published');
  });

  it('says so when no clause is referenced', () => {
    const none = markdownReport({ ...report, clauses: [], flags: [] }, URL_, { ui: 'ru', translation: 'ru' });
    expect(none).toContain('пункты нет;');
    expect(none).not.toContain('### ');
  });
});

describe('the report words', () => {
  const locale = (lang: string) =>
    JSON.parse(readFileSync(resolve(`public/_locales/${lang}/messages.json`), 'utf8')) as Record<
      string,
      { message: string }
    >;

  it('name verdicts and coverage exactly as the panel does, in every UI language', () => {
    for (const lang of ['en', 'ar', 'ru'] as const) {
      const ui = locale(lang);
      const words = REPORT_WORDS[lang];
      for (const v of ['about', 'mentions', 'unrelated'] as const)
        expect(words.verdict[v], lang).toBe(ui[`verdict_${v}`]!.message);
      for (const c of ['verbatim', 'paraphrase', 'topic', 'omitted'] as const)
        expect(words.tier[c], lang).toBe(ui[`coverage_${c}`]!.message);
      expect(words.framingFlags, lang).toBe(ui.framingFlags!.message);
    }
  });
});
