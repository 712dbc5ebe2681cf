import { describe, expect, it } from 'vitest';
import { keysOf } from '../../../lib/text/tokenize';

describe('tokenize (Ukrainian)', () => {
  it('reads the apostrophe however it is typed: straight, typographic or the modifier letter of Ukrainian spelling', () => {
    const straight = keysOf("канали зв'язку, кіберперемир'я", 'uk');
    expect(keysOf('канали зв’язку, кіберперемир’я', 'uk')).toEqual(straight);
    expect(keysOf('канали звʼязку, кіберперемирʼя', 'uk')).toEqual(straight);
  });

  it('stems inflected forms of the statement words alike', () => {
    expect(keysOf('гарантіями невтручання', 'uk')).toEqual(keysOf('гарантії невтручанню', 'uk'));
    expect(keysOf('у виборах', 'uk')).toEqual(keysOf('вибори', 'uk'));
  });
});
