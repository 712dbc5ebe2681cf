import { describe, it, expect } from 'vitest';
import { russian as snowballRussian } from 'multilingual-stemmer';
import { lexiconWords } from './lexicon-words';
import { stemRussian } from '../../../lib/text/stem-russian';

// Expected stems were traced by hand through the Snowball Russian steps
// (RV/R2 regions noted where they decide the outcome).
const CASES: ReadonlyArray<readonly [string, string]> = [
  // News vocabulary.
  ['невмешательства', 'невмешательств'], // noun -а
  ['вмешательство', 'вмешательств'],
  ['инцидентов', 'инцидент'], // noun -ов (gerund -в needs а/я before it)
  ['безопасности', 'безопасн'], // noun -и, then -ост in R2
  ['безопасность', 'безопасн'], // -ть needs а/я, so noun -ь; then -ост
  ['кибербезопасности', 'кибербезопасн'],
  ['ответственности', 'ответствен'], // -и, -ост, then нн → н
  ['новости', 'новост'], // -ост is not in R2
  ['предложил', 'предлож'], // verb -ил
  ['предложение', 'предложен'], // adjectival -ие comes before noun
  ['предложения', 'предложен'], // noun -ия
  ['соглашения', 'соглашен'],
  ['выборах', 'выбор'],
  ['выборы', 'выбор'],
  ['открытом', 'открыт'], // adjective -ом
  ['гарантиями', 'гарант'], // noun -иями
  ['гарантии', 'гарант'],
  ['гарантий', 'гарант'], // adjective -ий
  ['ядерной', 'ядерн'],
  ['ядерного', 'ядерн'],
  ['информационной', 'информацион'], // participle нн needs а/я; step 4 undoubles
  ['международной', 'международн'],
  ['российской', 'российск'],
  ['россии', 'росс'],
  ['россия', 'росс'],
  ['президент', 'президент'],
  ['президента', 'президент'],
  ['путин', 'путин'], // verb -н needs а/я
  ['путина', 'путин'], // verb -на fails (after и), so noun -а
  ['государств', 'государств'],
  ['государства', 'государств'],
  ['сотрудничества', 'сотрудничеств'],
  ['сотрудничестве', 'сотрудничеств'],
  ['заявил', 'заяв'],
  ['заявила', 'заяв'], // verb -ила, the longest match
  ['заявлении', 'заявлен'],
  ['сообщил', 'сообщ'],
  ['сообщает', 'сообща'], // verb -ет after а (а stays)
  ['говорится', 'говор'], // reflexive -ся, then verb -ит
  ['являются', 'явля'], // reflexive, then -ют after я
  ['подписали', 'подписа'],
  ['подписав', 'подписа'], // perfective gerund -в after а
  ['убедившись', 'убед'], // perfective gerund -ившись
  ['обмена', 'обм'], // verb -ена wins over noun -а
  ['странами', 'стран'],
  ['странах', 'стран'],
  ['пользователей', 'пользовател'],
  ['действия', 'действ'],
  ['контроль', 'контрол'],
  ['хакеров', 'хакер'],
  ['атаки', 'атак'],
  ['кибератак', 'кибератак'],
  ['сша', 'сша'], // RV is empty
  ['штатов', 'штат'],
  ['стороны', 'сторон'],
  // Participles, superlative, double н, soft sign, ё.
  ['ведущий', 'ведущ'], // participle -щ needs а/я
  ['делающий', 'дела'], // adjective -ий, participle -ющ after а
  ['красивейший', 'красив'], // superlative -ейш
  ['длинный', 'длин'],
  ['соединённые', 'соединен'],
  ['ждать', 'ждат'], // а before -ть is outside RV
  ['ёлки', 'елк'],
];

describe('stemRussian', () => {
  it.each(CASES)('%s → %s', (word, stem) => {
    expect(stemRussian(word)).toBe(stem);
  });

  it('treats ё as е', () => {
    expect(stemRussian('ещё')).toBe(stemRussian('еще'));
  });
});

// The reference: Snowball 3.1.1's own Russian stemmer (compiled to WebAssembly), on every Russian word of the
// dataset's lexicons and facets.
describe('stemRussian against Snowball 3.1.1', () => {
  const words = lexiconWords('ru');

  it('stems every lexicon word as Snowball does', () => {
    expect(words.length).toBeGreaterThan(300);
    const differ = words.filter((w) => stemRussian(w) !== snowballRussian(w));
    expect(differ.map((w) => `${w}: ${stemRussian(w)} ≠ ${snowballRussian(w)}`)).toEqual([]);
  });
});
