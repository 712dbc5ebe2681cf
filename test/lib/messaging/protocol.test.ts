import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TEXT, MAX_TITLE, MAX_URL, parseMessage, type Message } from '../../../lib/messaging/protocol';

const article = { url: 'https://www.reuters.com/a.html', title: 'A title', text: 'Some text.', lang: 'en' };

/** Everything a message may hold, type by type: what a well-formed one looks like after parsing. */
const VALID: Message[] = [
  { type: 'article', article },
  { type: 'not-candidate', url: 'https://www.reuters.com/a.html' },
  { type: 'analyze-tab', tabId: 7 },
  { type: 'extract-now' },
];

describe('parseMessage', () => {
  it('accepts each well-formed message and returns it unchanged', () => {
    for (const m of VALID) expect(parseMessage(structuredClone(m))).toEqual(m);
  });

  it('refuses values that are not messages at all', () => {
    for (const v of [undefined, null, 0, 1, NaN, '', 'article', true, [], [{ type: 'extract-now' }], () => 1]) {
      expect(parseMessage(v), String(v)).toBeNull();
    }
  });

  it('refuses unknown, missing and mistyped message types', () => {
    for (const type of [undefined, null, '', 'ARTICLE', 'article ', 'extract_now', 'constructor', '__proto__', 1, {}]) {
      expect(parseMessage({ type, article, url: article.url, tabId: 1 }), String(type)).toBeNull();
    }
  });

  it('refuses an article report with any field missing, mistyped or too long', () => {
    const broken: unknown[] = [
      { type: 'article' },
      { type: 'article', article: null },
      { type: 'article', article: [] },
      { type: 'article', article: 'text' },
      { type: 'article', article: { ...article, url: undefined } },
      { type: 'article', article: { ...article, title: 42 } },
      { type: 'article', article: { ...article, text: ['a', 'b'] } },
      { type: 'article', article: { ...article, lang: null } },
      { type: 'article', article: { ...article, url: 'x'.repeat(MAX_URL + 1) } },
      { type: 'article', article: { ...article, title: 'x'.repeat(MAX_TITLE + 1) } },
      { type: 'article', article: { ...article, text: 'x'.repeat(MAX_TEXT + 1) } },
      { type: 'article', article: { ...article, lang: 'x'.repeat(65) } },
    ];
    for (const m of broken) expect(parseMessage(m), JSON.stringify(m).slice(0, 120)).toBeNull();
  });

  it('accepts fields exactly at their limits', () => {
    const big = {
      url: 'u'.repeat(MAX_URL),
      title: 't'.repeat(MAX_TITLE),
      text: 'x'.repeat(MAX_TEXT),
      lang: 'l'.repeat(64),
    };
    expect(parseMessage({ type: 'article', article: big })).toEqual({ type: 'article', article: big });
  });

  it('refuses a page report without a string URL, and an analysis request without a valid tab id', () => {
    for (const url of [undefined, null, 1, {}, 'x'.repeat(MAX_URL + 1)]) {
      expect(parseMessage({ type: 'not-candidate', url }), String(url)).toBeNull();
    }
    for (const tabId of [undefined, null, -1, 1.5, NaN, Infinity, '3', [3], {}]) {
      expect(parseMessage({ type: 'analyze-tab', tabId }), String(tabId)).toBeNull();
    }
  });

  it('drops fields the protocol does not name, so nothing extra travels past the check', () => {
    const parsed = parseMessage({
      type: 'article',
      article: { ...article, html: '<img src=x onerror=alert(1)>', tabId: 99 },
      sender: 'someone',
      __proto__: { polluted: true },
    });
    expect(parsed).toEqual({ type: 'article', article });
    expect(parseMessage({ type: 'analyze-tab', tabId: 3, url: 'https://evil.example/' })).toEqual({
      type: 'analyze-tab',
      tabId: 3,
    });
  });

  it('lets a "__proto__" key in received JSON neither pass nor pollute', () => {
    // Messages arrive deserialised; JSON can carry "__proto__" as an ordinary own key.
    const parsed = parseMessage(JSON.parse('{"__proto__": {"type": "extract-now"}}'));
    expect(parsed).toBeNull();
    expect(({} as { type?: unknown }).type).toBeUndefined();
  });

  it('never throws, and returns either null or a well-formed message, for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseMessage(value);
        return parsed === null || parseMessage(parsed) !== null;
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on messages shaped almost right', () => {
    const field = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.object());
    const nearMiss = fc.record({
      type: fc.constantFrom('article', 'not-candidate', 'analyze-tab', 'extract-now', 'other'),
      url: field,
      tabId: field,
      article: fc.oneof(field, fc.record({ url: field, title: field, text: field, lang: field })),
    });
    fc.assert(
      fc.property(nearMiss, (value) => {
        const parsed = parseMessage(value);
        return parsed === null || parsed.type === value.type;
      }),
      { numRuns: 500 },
    );
  });
});
