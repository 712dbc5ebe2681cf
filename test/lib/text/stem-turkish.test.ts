import { describe, expect, it } from 'vitest';
import { stemTurkish } from '../../../lib/text/stem-turkish';
import { keysOf } from '../../../lib/text/tokenize';

describe('stemTurkish', () => {
  it('keys the suffixed forms of one root alike', () => {
    const same = (...forms: string[]) => expect(new Set(forms.map(stemTurkish)).size, forms.join(' ')).toBe(1);
    same('kurum', 'kurumlar', 'kurumları', 'kurumu');
    same('seçim', 'seçimler', 'seçimlere', 'seçimlerine');
    same('diyalog', 'diyaloğu', 'diyaloğa', 'diyaloglar');
    same('garanti', 'garantisi', 'garantileri');
    same('anlaşma', 'anlaşması', 'anlaşmaya', 'anlaşmanın');
  });

  it('keeps trust, assurance and security apart though they share a root', () => {
    const keys = ['güven', 'güvence', 'güvenlik'].map(stemTurkish);
    expect(new Set(keys).size).toBe(3);
    expect(stemTurkish('güveni')).toBe(stemTurkish('güven'));
    expect(stemTurkish('güvenliği')).toBe(stemTurkish('güvenlik'));
  });

  it('matches a name whatever case ending its apostrophe sets off', () => {
    expect(keysOf("ABD'ye", 'tr')).toEqual(keysOf('ABD', 'tr'));
    expect(keysOf('Putin’in', 'tr')).toEqual(keysOf('Putin', 'tr'));
  });
});
