import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/engine/analyze';
import { detectLanguage } from '../../../lib/text/detect-language';
import { findDates } from '../../../lib/text/find-dates';
import { keysOf } from '../../../lib/text/tokenize';

const read = (text: string) =>
  findDates(text, 'vi').map((d) => ({ text: text.slice(d.start, d.end), day: d.day, month: d.month, year: d.year }));

describe('Vietnamese', () => {
  it('keys both tone-mark spellings of an open oa, oe, uy alike («thỏa»/«thoả», «hòa»/«hoà», «ủy»/«uỷ»)', () => {
    expect(keysOf('thoả thuận hoà bình uỷ ban khoẻ', 'vi')).toEqual(keysOf('thỏa thuận hòa bình ủy ban khỏe', 'vi'));
    // "qu" is a consonant: «quý» keeps its mark where it is; and a different tone is a different word.
    expect(keysOf('quý', 'vi')).toEqual(['quý']);
    expect(keysOf('hòa', 'vi')).not.toEqual(keysOf('hỏa', 'vi'));
    // A final consonant fixes the mark's place: «hoàn» has one spelling and is left alone.
    expect(keysOf('hoàn', 'vi')).toEqual(['hoàn']);
  });

  it('keys text in decomposed Unicode like the same text composed', () => {
    const composed = 'trao đổi bảo đảm không can thiệp vào công việc nội bộ';
    expect(keysOf(composed.normalize('NFD'), 'vi')).toEqual(keysOf(composed, 'vi'));
  });

  it('detects Vietnamese written in decomposed Unicode', () => {
    const text = 'Tổng thống Nga đề xuất Mỹ trao đổi các bảo đảm không can thiệp vào công việc nội bộ của nhau.';
    expect(detectLanguage(text.normalize('NFD'))).toBe('vi');
  });

  it('reads months named by number or in words after «tháng», and days written «ngày 25/9» or «(25/9)»', () => {
    expect(read('ngày 25 tháng 9 năm 2020; tháng Chín năm ngoái; tháng Mười Một năm 2020')).toEqual([
      { text: '25 tháng 9 năm 2020', day: 25, month: 9, year: 2020 },
      { text: 'tháng Chín', day: undefined, month: 9, year: undefined },
      { text: 'tháng Mười Một năm 2020', day: undefined, month: 11, year: 2020 },
    ]);
    expect(read('hôm 25/9 vừa qua, thứ Sáu (25-9)')).toEqual([
      { text: '25/9', day: 25, month: 9, year: undefined },
      { text: '25-9', day: 25, month: 9, year: undefined },
    ]);
    expect(read('ngày 25 tháng 9'.normalize('NFD')).map((d) => [d.day, d.month])).toEqual([[25, 9]]);
  });

  it('leaves fractions and number words alone: «3/4 dân số», «24/7», «chín người»', () => {
    expect(read('khoảng 3/4 dân số, trực 24/7, chín người')).toEqual([]);
  });

  it('finds a short Vietnamese brief about the proposal, with its clause (the language has words of its own)', () => {
    const report = analyze({
      title: 'Putin đề nghị Mỹ trao đổi bảo đảm không can thiệp bầu cử',
      text:
        'Tổng thống Nga Vladimir Putin hôm 25/9 đề nghị Washington trao đổi bảo đảm không can thiệp vào công việc ' +
        'nội bộ của nhau, kể cả các cuộc bầu cử, trong chương trình khôi phục hợp tác về an ninh thông tin quốc tế.\n\n' +
        'Theo ông Putin, các biện pháp này sẽ giúp tiến tới một thoả thuận giữa hai nước.',
    });
    expect(report.language).toBe('vi');
    expect(report.verdict).toBe('about');
    expect(report.clauses.map((c) => c.id)).toContain('point-4');
  });
});
