import { describe, expect, it } from 'vitest';
import { DATASET_VERSION, getClause } from '../../../lib/dataset/statement';
import { withoutIsolates } from '../../../lib/report/bidi';
import { clauseCitation, passageLink } from '../../../lib/report/citation';

const FSI = '\u2068';
const PDI = '\u2069';

describe('passageLink', () => {
  it('links a short passage with the whole passage as the text fragment, dropping the old fragment', () => {
    expect(passageLink('https://example.com/a#top', 'Incidents at Sea')).toBe(
      'https://example.com/a#:~:text=Incidents%20at%20Sea',
    );
  });

  it('links a long passage by its first and last four words, escaping what text fragments reserve', () => {
    const link = passageLink('https://example.com/a', 'one two-three four five six seven eight nine, ten');
    expect(link).toBe('https://example.com/a#:~:text=one%20two%2Dthree%20four%20five,seven%20eight%20nine%2C%20ten');
  });

  it('encodes Arabic and Cyrillic passages', () => {
    const link = passageLink('https://example.com/a', 'أعالي البحار');
    expect(decodeURIComponent(link.split('#:~:text=')[1]!)).toBe('أعالي البحار');
  });
});

/** The citation's header line, the Arabic (which may span lines), and the lines after it. */
function partsOf(citation: string, id: Parameters<typeof getClause>[0]) {
  const arabic = getClause(id).arabic;
  const [header] = citation.split('\n');
  expect(citation.slice(header!.length + 1, header!.length + 1 + arabic.length)).toBe(arabic);
  return { header: header!, after: citation.slice(header!.length + arabic.length + 2).split('\n') };
}

describe('clauseCitation', () => {
  it('cites in English by default: label, id, dataset version, Arabic, English translation with notes', () => {
    const { header, after } = partsOf(clauseCitation('point-1'), 'point-1');
    expect(header).toBe(
      `Point 1 — restore the interagency dialogue [point-1] — Putin statement of 25 September 2020, Arabic translation as circulated (dataset ${DATASET_VERSION})`,
    );
    expect(after[0]).toContain('(the competent ones, of course, such as the US National Security Agency, the NSA)');
    expect(after).toHaveLength(1);
  });

  it('cites in Russian with the Russian translation of the Arabic', () => {
    const text = clauseCitation('point-1', undefined, { ui: 'ru', translation: 'ru' });
    const { header, after } = partsOf(text, 'point-1');
    expect(header).toMatch(/^Пункт 1 — восстановить межведомственный диалог \[point-1\] — заявление Путина/);
    expect(header).toContain(`версия данных ${DATASET_VERSION}`);
    expect(after[0]).toContain('(разумеется, компетентными, такими как Агентство национальной безопасности США, АНБ)');
    expect(text).not.toMatch(/dataset|Putin statement/);
  });

  it('cites in Arabic with the translation language chosen, isolating the id and the link in the right-to-left line', () => {
    const text = clauseCitation(
      'point-3',
      { url: 'https://example.com/story', passage: 'Incidents at Sea' },
      { ui: 'ar', translation: 'en' },
    );
    const { header, after } = partsOf(text, 'point-3');
    expect(header).toContain(`البند الثالث — اتفاق منع الحوادث ${FSI}[point-3]${PDI} — بيان بوتين`);
    expect(header).toContain(`إصدار البيانات ${DATASET_VERSION}`);
    expect(after[0]).toMatch(/^Third: to develop and conclude/);
    expect(after[1]).toBe(`المقال: ${FSI}https://example.com/story#:~:text=Incidents%20at%20Sea${PDI}`);
  });

  it('isolates nothing in a left-to-right citation with no right-to-left run inside a line', () => {
    const text = clauseCitation(
      'point-3',
      { url: 'https://example.com/s', passage: 'x' },
      { ui: 'ru', translation: 'en' },
    );
    expect(withoutIsolates(text)).toBe(text);
    expect(partsOf(text, 'point-3').after[1]).toBe('Статья: https://example.com/s#:~:text=x');
  });
});
