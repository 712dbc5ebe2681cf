import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/text/find-dates';
import { LANGUAGE_WORDS } from '../../../lib/text/language-words';
import type { KeyLanguage } from '../../../lib/text/tokenize';

const read = (text: string, lang: 'ar' | 'en' | 'ru' | 'uk') =>
  findDates(text, lang).map((d) => ({ text: text.slice(d.start, d.end), day: d.day, month: d.month, year: d.year }));

describe('findDates', () => {
  it('reads English dates in both orders, with abbreviations and ordinals', () => {
    expect(read('signed on May 25, 1972, in force since 25 May 1972', 'en')).toEqual([
      { text: 'May 25, 1972', day: 25, month: 5, year: 1972 },
      { text: '25 May 1972', day: 25, month: 5, year: 1972 },
    ]);
    expect(read('In a Sept. 25 statement; on the 25th of September 2020', 'en')).toEqual([
      { text: 'Sept. 25', day: 25, month: 9, year: undefined },
      { text: '25th of September 2020', day: 25, month: 9, year: 2020 },
    ]);
  });

  it('reads a month alone only when its name is not a common word, and bare years', () => {
    expect(read('in September, and may go in 2020', 'en')).toEqual([
      { text: 'September', day: undefined, month: 9, year: undefined },
      { text: '2020', day: undefined, month: undefined, year: 2020 },
    ]);
  });

  it('reads no month in words that are names of object properties', () => {
    expect(read('the constructor said toString 25 hasOwnProperty', 'en')).toEqual([]);
  });

  it('does not read a decade as a year', () => {
    expect(read('a 1970s pact and «в 1970-х годах»', 'en')).toEqual([]);
  });

  it('reads Russian dates in any case form', () => {
    expect(read('25 сентября 2020 года; действует с 25 мая 1972 г.; в сентябре', 'ru')).toEqual([
      { text: '25 сентября 2020', day: 25, month: 9, year: 2020 },
      { text: '25 мая 1972', day: 25, month: 5, year: 1972 },
      { text: 'сентябре', day: undefined, month: 9, year: undefined },
    ]);
  });

  it('reads a Ukrainian season before September as a month, so "last summer" dates an earlier occasion', () => {
    expect(read('ще торік влітку Москва передала проєкт; навесні 2019 року; у вересні', 'uk')).toEqual([
      { text: 'влітку', day: undefined, month: 7, year: undefined },
      { text: 'навесні 2019', day: undefined, month: 4, year: 2019 },
      { text: 'вересні', day: undefined, month: 9, year: undefined },
    ]);
  });

  it('reads Arabic dates with both month names, Arabic-Indic digits and no space after the day', () => {
    expect(read('السارية منذ ٢٥أيار / مايو ١٩٧٢', 'ar')).toEqual([
      { text: '٢٥أيار / مايو ١٩٧٢', day: 25, month: 5, year: 1972 },
    ]);
    expect(read('– ٢٥ أيلول / سبتمبر ٢٠٢٠ وفي 3 تشرين الثاني', 'ar')).toEqual([
      { text: '٢٥ أيلول / سبتمبر ٢٠٢٠', day: 25, month: 9, year: 2020 },
      { text: '3 تشرين الثاني', day: 3, month: 11, year: undefined },
    ]);
  });

  it('reads every month name and month stem of every added language between a day and a year, amid other words', () => {
    // Indonesian "des" (December) is also a German filler ("des Jahres").
    const missed: string[] = [];
    for (const [lang, words] of Object.entries(LANGUAGE_WORDS) as [KeyLanguage, (typeof LANGUAGE_WORDS)['de']][]) {
      const names: [string, number][] = [...words.months, ...words.monthPrefixes];
      for (const [name, month] of names) {
        // Vietnamese names its months by number words after «tháng».
        const written = lang === 'vi' ? `tháng ${name}` : name;
        const found = findDates(`word word 25 ${written} 2020 word`, lang);
        if (!found.some((d) => d.day === 25 && d.month === month && d.year === 2020)) missed.push(`${lang} ${written}`);
      }
    }
    expect(missed).toEqual([]);
  });
});
