import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { gate } from '../../../lib/page/gate';

function page(title: string, body: string): Document {
  return parseHTML(`<!doctype html><html><head><title>${title}</title></head><body><p>${body}</p></body></html>`)
    .document as unknown as Document;
}

/** A headline and lead about the proposal, in every language read, as that language's press words it. */
const PROPOSAL: Record<string, [string, string]> = {
  ar: ['بوتين يقترح على واشنطن ضمانات عدم التدخل', 'اقترح الرئيس الروسي تبادل ضمانات عدم التدخل في الانتخابات.'],
  en: ['Putin offers US a cyber reset', 'The Russian president proposed a pact on election interference.'],
  ru: [
    'Путин предложил США перезагрузку',
    'Президент предложил обменяться гарантиями невмешательства, в том числе в выборы, и восстановить диалог по кибербезопасности.',
  ],
  de: [
    'Putin bietet den USA Nichteinmischung an',
    'Der Kremlchef schlägt gegenseitige Garantien gegen Einmischung in Wahlen vor.',
  ],
  fr: [
    'Poutine propose aux États-Unis un pacte',
    'Le président russe propose d’échanger des garanties de non-ingérence électorale.',
  ],
  es: [
    'Putin propone a EE. UU. un pacto',
    'El presidente ruso ofrece garantías mutuas de no injerencia y un acuerdo de ciberseguridad.',
  ],
  it: [
    'Putin propone agli Usa un patto',
    'Il presidente russo offre garanzie reciproche di non ingerenza nelle elezioni.',
  ],
  pt: ['Putin propõe aos EUA um pacto', 'O presidente russo propõe garantias mútuas de não ingerência nas eleições.'],
  tr: ['Putin ABD’ye öneride bulundu', 'Rus lider seçimlere müdahale etmeme garantisi önerdi.'],
  fa: ['پیشنهاد پوتین به آمریکا', 'رئیس‌جمهور روسیه تبادل تضمین‌های عدم مداخله در انتخابات را پیشنهاد کرد.'],
  uk: ['Путін запропонував США «перезавантаження»', 'Президент Росії пропонує гарантії невтручання у вибори.'],
  zh: ['普京向美国提议', '普京提议两国交换互不干涉内政的保证。'],
  ja: ['プーチン大統領が米国に提案', '選挙への相互不干渉を保証し合うことを提案した。'],
  vi: ['Putin đề xuất với Mỹ', 'Tổng thống Nga đề xuất hai nước không can thiệp vào bầu cử của nhau.'],
  id: ['Putin usulkan pakta dengan AS', 'Presiden Rusia mengusulkan jaminan tidak campur tangan dalam pemilu.'],
};

describe('gate', () => {
  it.each(Object.entries(PROPOSAL))('lets through a %s article that names the actor and the subject', (_, [t, b]) => {
    expect(gate(page(t, b)).candidate).toBe(true);
  });

  it('holds back pages that name the actor without the subject, or the subject without the actor', () => {
    expect(gate(page('Putin meets Erdogan in Sochi', 'Talks on Syria and gas prices.')).candidate).toBe(false);
    expect(gate(page('普京会见埃尔多安', '双方讨论了叙利亚和天然气问题。')).candidate).toBe(false);
    expect(gate(page('Cyberangriff auf Krankenhaus', 'Hacker legten das Netz lahm.')).candidate).toBe(false);
    expect(gate(page('حمله سایبری به بیمارستان', 'هکرها شبکه را از کار انداختند.')).candidate).toBe(false);
    expect(gate(page('Weather', 'Sunny all week.')).candidate).toBe(false);
  });
});
