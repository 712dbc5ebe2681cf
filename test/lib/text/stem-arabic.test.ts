import { describe, expect, it } from 'vitest';
import { foldText } from '../../../lib/text/fold';
import { stemArabic } from '../../../lib/text/stem-arabic';

const stem = (w: string) => stemArabic(foldText(w));

describe('stemArabic', () => {
  it('strips conjunction, preposition and article clitics in order', () => {
    for (const w of ['والانتخابات', 'بالانتخابات', 'الانتخابات', 'وبالانتخابات', 'الانتخابية', 'انتخاباتها'])
      expect(stem(w), w).toBe('انتخاب');
    expect(stem('للتعاون')).toBe(stem('التعاون'));
    expect(stem('الاتفاقية')).toBe(stem('اتفاقيات'));
  });

  it('leaves short words whose first letter only looks like a clitic', () => {
    expect(stem('بين')).toBe('بين');
    expect(stem('وقت')).toBe('وقت');
    expect(stem('ضمان')).toBe('ضمان');
    expect(stem('ضمانات')).toBe('ضمان');
  });

  it('meets the masdar from the imperfect of form V/VI verbs', () => {
    expect(stem('يتدخل')).toBe(stem('التدخل'));
    expect(stem('تتبادل')).toBe(stem('تبادل'));
  });
});
