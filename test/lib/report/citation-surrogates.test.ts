import { describe, expect, it } from 'vitest';
import { clauseCitation, passageLink } from '../../../lib/report/citation';

describe('a citation of page text holding a lone surrogate', () => {
  it('is made, with U+FFFD in the link where the lone half was (encodeURIComponent alone throws URIError)', () => {
    for (const passage of [
      'Putin \ud800 proposed',
      'trailing half \udfff',
      'a\ud83d',
      'one two three four five six seven \udc00 eight nine ten',
    ]) {
      const link = passageLink('https://www.reuters.com/a.html', passage);
      expect(link).toContain('%EF%BF%BD');
      expect(() => decodeURIComponent(link)).not.toThrow();
    }
    expect(() =>
      clauseCitation('point-1', { url: 'https://www.reuters.com/a.html', passage: 'x\ud800y' }),
    ).not.toThrow();
  });

  it('keeps whole surrogate pairs as they are', () => {
    expect(decodeURIComponent(passageLink('https://a.example/', 'emoji 😀 here'))).toContain('emoji 😀 here');
  });
});
