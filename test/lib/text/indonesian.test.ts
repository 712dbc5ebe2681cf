import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../lib/text/detect-language';
import { findDates } from '../../../lib/text/find-dates';
import { keysOf } from '../../../lib/text/tokenize';

describe('Indonesian', () => {
  it('brings affixed forms of one root to the same key, so the lexicon meets the press in any of them', () => {
    // menjamin "to guarantee" / jaminan "a guarantee"; mengusulkan "to propose" / usulan "a proposal".
    expect(keysOf('menjamin', 'id')).toEqual(keysOf('jaminan', 'id'));
    expect(keysOf('mengusulkan', 'id')).toEqual(keysOf('usulan', 'id'));
    expect(keysOf('pertukaran jaminan', 'id')).toEqual(keysOf('bertukar jaminan', 'id'));
  });

  it('reads the news day written "(25/9)" with no year, and the full "25/9/2020"', () => {
    const dates = (text: string) => findDates(text, 'id').map(({ day, month, year }) => ({ day, month, year }));
    expect(dates('Putin, Jumat (25/9), mengusulkan')).toEqual([{ day: 25, month: 9, year: undefined }]);
    expect(dates('pada Jumat (25/9/2020)')).toEqual([{ day: 25, month: 9, year: 2020 }]);
    // A run of numbers is not a date.
    expect(dates('skor akhir 1/2/3 dan harga 3.25/9')).toEqual([]);
  });

  it('reads a short brief as Indonesian though it has few of the commonest function words', () => {
    const brief =
      'Rusia meminta Amerika Serikat agar kedua negara berkomitmen tidak saling melakukan intervensi terhadap politik dalam negeri masing-masing, termasuk pemilihan umum. Presiden juga mengusulkan agar kontak reguler tingkat tinggi mengenai keamanan siber dihidupkan kembali setelah bertahun-tahun terhenti.';
    expect(detectLanguage(brief)).toBe('id');
  });
});
