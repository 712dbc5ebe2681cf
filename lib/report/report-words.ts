import type { Tier, Verdict } from '../engine/report';
import type { UiLanguage } from '../dataset/types';

/**
 * The words of copied and exported reports, in each UI language. Verdicts and coverage words are the UI's own
 * (public/_locales, tier_* and verdict_*): a test holds them equal, so a report never names a state differently from
 * the panel it was copied from.
 */
export interface ReportWords {
  verdict: Record<Verdict, string>;
  tier: Record<Tier | 'omitted', string>;
  source: string;
  verdictLabel: string;
  confidence: string;
  language: string;
  /** Before the article's publication date. */
  published: string;
  clause: string;
  coverage: string;
  score: string;
  passages: string;
  evidence: string;
  framingFlags: string;
  passage: string;
  article: string;
  /** "Putin statement of 25 September 2020, Arabic translation as circulated" */
  statementAsCirculated: string;
  dataset: (version: string) => string;
  citeAs: (clauses: string, version: string) => string;
  none: string;
  /** Separates list items ("a, b"). */
  comma: string;
  /** Opening and closing quotation marks. */
  quote: [string, string];
}

export const REPORT_WORDS: Record<UiLanguage, ReportWords> = {
  en: {
    verdict: { about: 'About the proposal', mentions: 'Mentions the proposal', unrelated: 'Not about the proposal' },
    tier: { verbatim: 'quoted', paraphrase: 'paraphrased', topic: 'topic only', omitted: 'omitted' },
    source: 'Source',
    verdictLabel: 'Verdict',
    confidence: 'confidence',
    language: 'language',
    published: 'Published',
    clause: 'Clause',
    coverage: 'Coverage',
    score: 'Score',
    passages: 'Passages',
    evidence: 'Evidence',
    framingFlags: 'Framing flags',
    passage: 'Passage',
    article: 'Article',
    statementAsCirculated: 'Putin statement of 25 September 2020, Arabic translation as circulated',
    dataset: (v) => `dataset ${v}`,
    citeAs: (clauses, v) =>
      `Cite as: Putin statement of 25 September 2020 (Arabic translation as circulated), clauses ${clauses}; dataset ${v}.`,
    none: 'none',
    comma: ', ',
    quote: ['“', '”'],
  },
  ar: {
    verdict: { about: 'عن المقترح', mentions: 'يذكر المقترح', unrelated: 'لا يتناول المقترح' },
    tier: { verbatim: 'مقتبس', paraphrase: 'بتصرف', topic: 'الموضوع فقط', omitted: 'غائب' },
    source: 'المصدر',
    verdictLabel: 'النتيجة',
    confidence: 'الثقة',
    language: 'اللغة',
    published: 'تاريخ النشر',
    clause: 'البند',
    coverage: 'التغطية',
    score: 'الدرجة',
    passages: 'المقاطع',
    evidence: 'الأدلة',
    framingFlags: 'تنبيهات الصياغة',
    passage: 'المقطع',
    article: 'المقال',
    statementAsCirculated: 'بيان بوتين في 25 أيلول/سبتمبر 2020، الترجمة العربية المتداولة',
    dataset: (v) => `إصدار البيانات ${v}`,
    citeAs: (clauses, v) =>
      `للاستشهاد: بيان بوتين في 25 أيلول/سبتمبر 2020 (الترجمة العربية المتداولة)، البنود ${clauses}؛ إصدار البيانات ${v}.`,
    none: 'لا شيء',
    comma: '، ',
    quote: ['«', '»'],
  },
  ru: {
    verdict: { about: 'О предложении', mentions: 'Упоминает предложение', unrelated: 'Не о предложении' },
    tier: { verbatim: 'цитируется', paraphrase: 'пересказ', topic: 'только тема', omitted: 'пропущено' },
    source: 'Источник',
    verdictLabel: 'Вывод',
    confidence: 'уверенность',
    language: 'язык',
    published: 'Опубликовано',
    clause: 'Пункт',
    coverage: 'Охват',
    score: 'Оценка',
    passages: 'Фрагменты',
    evidence: 'Совпадения',
    framingFlags: 'Искажения в подаче',
    passage: 'Фрагмент',
    article: 'Статья',
    statementAsCirculated: 'заявление Путина от 25 сентября 2020 года, распространявшийся арабский перевод',
    dataset: (v) => `версия данных ${v}`,
    citeAs: (clauses, v) =>
      `Ссылка: заявление Путина от 25 сентября 2020 года (распространявшийся арабский перевод), пункты ${clauses}; версия данных ${v}.`,
    none: 'нет',
    comma: ', ',
    quote: ['«', '»'],
  },
};
