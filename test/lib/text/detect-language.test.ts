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

  it('tells the twelve other languages it reads apart, each from its neighbours in script', () => {
    const samples: Record<string, string> = {
      de: 'Der russische Präsident hat den USA vorgeschlagen, sich gegenseitig die Nichteinmischung in die Wahlen zu garantieren. Das teilte der Kreml mit.',
      fr: "Le président russe a proposé vendredi aux États-Unis d'échanger des garanties de non-ingérence dans les affaires intérieures, selon le Kremlin.",
      es: 'El presidente ruso propuso este viernes a Estados Unidos intercambiar garantías de no injerencia en los asuntos internos y en los procesos electorales.',
      it: 'Il presidente russo ha proposto agli Stati Uniti di scambiarsi garanzie di non ingerenza negli affari interni, anche nei processi elettorali, secondo il Cremlino.',
      pt: 'O presidente russo propôs aos Estados Unidos a troca de garantias de não ingerência nos assuntos internos, incluindo os processos eleitorais, informou o Kremlin.',
      tr: "Rusya Devlet Başkanı, ABD'ye seçim süreçleri de dahil olmak üzere iç işlerine karışmama konusunda karşılıklı garanti alışverişi önerdi.",
      id: 'Presiden Rusia mengusulkan kepada Amerika Serikat untuk saling memberikan jaminan tidak campur tangan dalam urusan dalam negeri, termasuk dalam proses pemilu.',
      vi: 'Tổng thống Nga đề xuất Mỹ trao đổi các bảo đảm không can thiệp vào công việc nội bộ của nhau, kể cả các tiến trình bầu cử.',
      fa: 'رئیس‌جمهور روسیه به آمریکا پیشنهاد کرد که دو کشور تضمین‌های عدم مداخله در امور داخلی یکدیگر از جمله انتخابات را مبادله کنند.',
      uk: 'Президент Росії запропонував США обмінятися гарантіями невтручання у внутрішні справи одне одного, зокрема у виборчі процеси.',
      zh: '俄罗斯总统普京提议俄美两国交换互不干涉内政包括选举进程的保证，并达成预防信息领域事件的协议。',
      ja: 'ロシアのプーチン大統領は、米国との間で選挙を含む内政への相互不干渉を保証し合うことを提案した。',
    };
    for (const [lang, text] of Object.entries(samples)) expect(detectLanguage(text), lang).toBe(lang);
  });

  it('reads Urdu, Bulgarian, Belarusian and Azerbaijani as "other", not as their neighbours', () => {
    expect(
      detectLanguage('روسی صدر نے امریکہ کو انتخابات میں عدم مداخلت کی ضمانتوں کے تبادلے کی تجویز پیش کی ہے۔'),
    ).toBe('other');
    expect(
      detectLanguage(
        'Путин предложи на САЩ да си разменят гаранции за ненамеса във вътрешните работи, включително в изборите. Това е предложение, което Вашингтон не прие. Руският президент заяви, че е готов за диалог по въпросите на информационната сигурност, но американската страна не отговори.',
      ),
    ).toBe('other');
    expect(
      detectLanguage('Расійскі прэзідэнт прапанаваў ЗША абмяняцца гарантыямі неўмяшання ў выбары і ўнутраныя справы.'),
    ).toBe('other');
    expect(
      detectLanguage(
        'Rusiya prezidenti ABŞ-a seçkilərə müdaxilə etməmək barədə qarşılıqlı zəmanətlər mübadiləsini təklif edib.',
      ),
    ).toBe('other');
  });

  it('reads Portuguese full of "de" and "da" as Portuguese, not as Turkish written without its letters', () => {
    // "de"/"da" are Turkish particles too, but Turkish is told by its own letters first; counted as Turkish function
    // words they outweighed Portuguese in a short wire brief.
    const brief =
      'O presidente russo propôs nesta sexta-feira que Rússia e Estados Unidos troquem garantias de não ingerência nos assuntos internos. Segundo nota divulgada pelo Kremlin, a oferta faz parte de um pacote de medidas para reiniciar as relações bilaterais na área de segurança da informação, a poucas semanas da eleição de 3 de novembro.';
    expect(detectLanguage(brief)).toBe('pt');
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
