import { describe, expect, it } from 'vitest';
import { keysOf, tokenize } from '../../../lib/text/tokenize';

describe('tokenize (Chinese)', () => {
  it('keys traditional characters as the simplified ones, so Hong Kong and Taiwan pages meet the lexicon', () => {
    expect(keysOf('互不干預選舉與內政', 'zh')).toEqual(keysOf('互不干预选举与内政', 'zh'));
    expect(keysOf('資訊安全領域的對話', 'zh')).toEqual(keysOf('资讯安全领域的对话', 'zh'));
    expect(keysOf('俄羅斯總統', 'zh')).toContain('总统');
  });

  it('gives offsets into the text as written, traditional characters and all', () => {
    const text = '普京倡議：選舉';
    const keys = tokenize(text, 'zh').map((t) => [t.key, text.slice(t.start, t.end)]);
    expect(keys).toContainEqual(['倡议', '倡議']);
    expect(keys).toContainEqual(['选举', '選舉']);
  });

  it('leaves Japanese kanji as written (Japanese writes its own forms)', () => {
    expect(keysOf('選挙', 'ja')).toEqual(['選挙']);
    expect(keysOf('選舉', 'ja')).toEqual(['選舉']);
  });
});
