import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/text/find-dates';

const dates = (text: string) => findDates(text, 'vi').map(({ day, month, year }) => ({ day, month, year }));

describe('Vietnamese dates', () => {
  it('reads the news day as the press writes it, "hôm 25/9" with no year', () => {
    expect(dates('Tổng thống Nga hôm 25/9 đề xuất')).toEqual([{ day: 25, month: 9, year: undefined }]);
    expect(dates('trước bầu cử ngày 3/11')).toEqual([{ day: 3, month: 11, year: undefined }]);
  });

  it('reads the long form and the full numeric form with the year', () => {
    expect(dates('ngày 25 tháng 9 năm 2020')).toEqual([{ day: 25, month: 9, year: 2020 }]);
    expect(dates('ngày 25/9/2020')).toEqual([{ day: 25, month: 9, year: 2020 }]);
    expect(dates('hồi tháng 9/2020')).toEqual([{ day: undefined, month: 9, year: 2020 }]);
  });
});
