import { describe, expect, it } from 'vitest';
import { articleTextLanguage } from '../../../lib/report/article-language';
import { directionOf } from '../../../lib/dataset/mixed-text';

describe('articleTextLanguage', () => {
  it('gives a passage the article language when the passage is in that language’s script', () => {
    expect(articleTextLanguage('Putin schlug den USA Garantien der Nichteinmischung vor.', 'de')).toBe('de');
    expect(articleTextLanguage('پوتین پیشنهاد عدم مداخله در انتخابات را داد.', 'fa')).toBe('fa');
    expect(articleTextLanguage('Путін запропонував США гарантії невтручання.', 'uk')).toBe('uk');
    expect(articleTextLanguage('普京提议互不干涉内政。', 'zh')).toBe('zh');
    expect(articleTextLanguage('プーチン大統領は提案した。', 'ja')).toBe('ja');
    expect(articleTextLanguage('Tổng thống Nga đề xuất không can thiệp bầu cử.', 'vi')).toBe('vi');
  });

  it('falls back to what the letters say when the passage is in another script', () => {
    expect(articleTextLanguage('Cyber Security Summit', 'zh')).toBe('en');
    expect(articleTextLanguage('Путин', 'de')).toBe('ru');
    expect(articleTextLanguage('بوتين', 'en')).toBe('ar');
    expect(articleTextLanguage('信息安全', 'ru')).toBe('zh');
    expect(articleTextLanguage('2020 — 1972', 'de')).toBeNull();
  });

  it('sets Persian right to left like Arabic', () => {
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('de')).toBe('ltr');
  });
});
