import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/text/detect-language';

describe('detectLanguage', () => {
  it('tells Arabic, English and Russian apart, even with English names quoted in the others', () => {
    expect(detectLanguage('اقترح الرئيس الروسي فلاديمير بوتين على الولايات المتحدة تبادل الضمانات (NSA, ICT)')).toBe(
      'ar',
    );
    expect(
      detectLanguage('Russian President Vladimir Putin proposed that the two countries exchange guarantees.'),
    ).toBe('en');
    expect(detectLanguage('Президент России предложил США обменяться гарантиями невмешательства (ICT, NSA).')).toBe(
      'ru',
    );
  });

  it('reads Persian, Ukrainian, Bulgarian and French as "other"', () => {
    expect(
      detectLanguage('پوتین پیشنهاد کرد که روسیه و آمریکا درباره امنیت اطلاعات گفتگو کنند و این یک پیشنهاد است'),
    ).toBe('other');
    expect(detectLanguage('Путін запропонував США обмінятися гарантіями невтручання у внутрішні справи')).toBe('other');
    expect(
      detectLanguage(
        'Путин предложи на САЩ да си разменят гаранции за ненамеса във вътрешните работи, включително в изборите. Това е предложение, което Вашингтон не прие. Руският президент заяви, че е готов за диалог по въпросите на информационната сигурност, но американската страна не отговори.',
      ),
    ).toBe('other');
    expect(
      detectLanguage("Le président russe a proposé aux États-Unis d'échanger des garanties de non-ingérence."),
    ).toBe('other');
  });

  it('reads too little text, or none, as "other"', () => {
    expect(detectLanguage('')).toBe('other');
    expect(detectLanguage('OK 123 !!!')).toBe('other');
  });

  it('reads an English article as English among many teasers, captions and labels', () => {
    const article =
      "Russian President Vladimir Putin proposed on Friday that Moscow and Washington exchange guarantees of non-interference in each other's elections.";
    const clutter = Array.from(
      { length: 40 },
      (_, i) => `READ MORE: Russia denies hacking claims (${i})\nAdvertisement\nPhoto: Reuters`,
    );
    expect(detectLanguage([article, ...clutter].join('\n'))).toBe('en');
  });
});
