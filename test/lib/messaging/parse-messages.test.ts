import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePageToBackground, type PageToBackgroundMessage } from '../../../lib/messaging/page-to-background';
import { parsePageToPanel } from '../../../lib/messaging/page-to-panel';
import { parsePanelToBackground } from '../../../lib/messaging/panel-to-background';
import { MAX_TEXT, MAX_TITLE, MAX_TOKEN, MAX_URL } from '../../../lib/messaging/protocol';
import { parseToGate, parseToPage, type ToPageMessage } from '../../../lib/messaging/to-page';

const article = { url: 'https://www.reuters.com/a.html', title: 'A title', text: 'Some text.', lang: 'en' };
const doc = '0123456789abcdef0123456789abcdef';

/** Each direction's well-formed messages, as they look after parsing. */
const PAGE_TO_BACKGROUND: PageToBackgroundMessage[] = [
  { type: 'candidate', url: article.url, doc },
  { type: 'not-candidate', url: article.url, doc },
  { type: 'article', article, doc },
  { type: 'article', article: { ...article, published: '2020-09-25' }, doc },
  { type: 'open-side-panel', doc },
];
const TO_PAGE: ToPageMessage[] = [
  { type: 'document' },
  { type: 'extract-now' },
  { type: 'clear-highlights' },
  { type: 'highlight', passages: [{ text: 'x', clauseId: 'point-1' }], active: 0 },
  { type: 'highlight', passages: [], active: null },
];

describe('each direction accepts its own messages, unchanged', () => {
  it('page → background', () => {
    for (const m of PAGE_TO_BACKGROUND) expect(parsePageToBackground(structuredClone(m))).toEqual(m);
  });
  it('panel → background', () => {
    expect(parsePanelToBackground({ type: 'analyze-tab', tabId: 7 })).toEqual({ type: 'analyze-tab', tabId: 7 });
  });
  it('→ page', () => {
    for (const m of TO_PAGE) expect(parseToPage(structuredClone(m))).toEqual(m);
  });
  it('→ the gate: only which document it is; every other message to the page is the extractor’s', () => {
    expect(parseToGate({ type: 'document' })).toEqual({ type: 'document' });
    for (const m of TO_PAGE.slice(1)) expect(parseToGate(structuredClone(m)), m.type).toBeNull();
    for (const m of PAGE_TO_BACKGROUND) expect(parseToGate(m), m.type).toBeNull();
    for (const v of [undefined, null, 'document', ['document'], { type: 'Document' }])
      expect(parseToGate(v)).toBeNull();
  });
  it('page → panel', () => {
    const m = { type: 'passage-clicked', clauseId: 'point-2' } as const;
    expect(parsePageToPanel(structuredClone(m))).toEqual(m);
  });
});

describe('no direction accepts another direction’s messages', () => {
  it('so a page script cannot send a panel command, nor the panel a page report', () => {
    for (const m of PAGE_TO_BACKGROUND) {
      expect(parsePanelToBackground(m), m.type).toBeNull();
      expect(parseToPage(m), m.type).toBeNull();
    }
    for (const m of TO_PAGE) {
      expect(parsePageToBackground({ ...m, doc }), m.type).toBeNull();
      expect(parsePanelToBackground(m), m.type).toBeNull();
    }
    expect(parsePageToBackground({ type: 'analyze-tab', tabId: 7, doc })).toBeNull();
  });
});

describe('page → background', () => {
  it('refuses values that are not messages at all, and unknown or mistyped types', () => {
    for (const v of [undefined, null, 0, NaN, '', 'article', true, [], [{ type: 'candidate' }], () => 1]) {
      expect(parsePageToBackground(v), String(v)).toBeNull();
    }
    for (const type of [undefined, null, '', 'ARTICLE', 'article ', 'constructor', '__proto__', 1, {}]) {
      expect(parsePageToBackground({ type, article, url: article.url, doc }), String(type)).toBeNull();
    }
  });

  it('refuses a message without its document token, or with one that is empty or too long', () => {
    for (const bad of [undefined, null, 1, '', 'x'.repeat(MAX_TOKEN + 1), {}]) {
      expect(parsePageToBackground({ type: 'candidate', url: article.url, doc: bad }), String(bad)).toBeNull();
      expect(parsePageToBackground({ type: 'article', article, doc: bad }), String(bad)).toBeNull();
    }
  });

  it('refuses an article with any field missing, mistyped or too long', () => {
    const broken: unknown[] = [
      undefined,
      null,
      [],
      'text',
      { ...article, url: undefined },
      { ...article, title: 42 },
      { ...article, text: ['a', 'b'] },
      { ...article, lang: null },
      { ...article, url: 'x'.repeat(MAX_URL + 1) },
      { ...article, title: 'x'.repeat(MAX_TITLE + 1) },
      { ...article, text: 'x'.repeat(MAX_TEXT + 1) },
      { ...article, lang: 'x'.repeat(65) },
      { ...article, published: '25 September 2020' },
    ];
    for (const a of broken) {
      expect(parsePageToBackground({ type: 'article', article: a, doc }), JSON.stringify(a)?.slice(0, 80)).toBeNull();
    }
  });

  it('accepts fields exactly at their limits', () => {
    const big = {
      url: 'u'.repeat(MAX_URL),
      title: 't'.repeat(MAX_TITLE),
      text: 'x'.repeat(MAX_TEXT),
      lang: 'l'.repeat(64),
    };
    expect(parsePageToBackground({ type: 'article', article: big, doc })).toEqual({
      type: 'article',
      article: big,
      doc,
    });
  });

  it('drops fields the protocol does not name, so nothing extra travels past the check', () => {
    const parsed = parsePageToBackground({
      type: 'article',
      article: { ...article, html: '<img src=x onerror=alert(1)>', tabId: 99 },
      doc,
      sender: 'someone',
    });
    expect(parsed).toEqual({ type: 'article', article, doc });
  });

  it('lets a "__proto__" key in received JSON neither pass nor pollute', () => {
    expect(
      parsePageToBackground(JSON.parse(`{"__proto__": {"type": "candidate", "url": "u", "doc": "${doc}"}}`)),
    ).toBeNull();
    expect(({} as { type?: unknown }).type).toBeUndefined();
  });
});

describe('panel → background and → page', () => {
  it('refuses an analysis request without a valid tab id', () => {
    for (const tabId of [undefined, null, -1, 1.5, NaN, Infinity, '3', [3], {}]) {
      expect(parsePanelToBackground({ type: 'analyze-tab', tabId }), String(tabId)).toBeNull();
    }
  });

  it('refuses highlight requests with bad passages or an active index out of range', () => {
    const bad: unknown[] = [
      { type: 'highlight' },
      { type: 'highlight', passages: 'all', active: 0 },
      { type: 'highlight', passages: [{ text: 'x', clauseId: 'nope' }], active: null },
      { type: 'highlight', passages: [{ text: 'x', clauseId: 'point-1' }], active: 5 },
      { type: 'highlight', passages: [{ text: 'x', clauseId: 'point-1' }], active: 0.5 },
      {
        type: 'highlight',
        passages: Array.from({ length: 201 }, () => ({ text: 'x', clauseId: 'point-1' })),
        active: null,
      },
    ];
    for (const m of bad) expect(parseToPage(m), JSON.stringify(m).slice(0, 80)).toBeNull();
  });
});

describe('every parser, on any input', () => {
  const parsers = [parsePageToBackground, parsePanelToBackground, parseToPage, parsePageToPanel] as const;
  it('never throws, and returns null or a message it would accept again', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) =>
        parsers.every((parse) => {
          const parsed = parse(value);
          return parsed === null || parse(parsed) !== null;
        }),
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on messages shaped almost right', () => {
    const field = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.constant(null), fc.boolean(), fc.object());
    const nearMiss = fc.record({
      type: fc.constantFrom('article', 'candidate', 'not-candidate', 'analyze-tab', 'highlight', 'document', 'other'),
      url: field,
      tabId: field,
      doc: fc.oneof(field, fc.constant(doc)),
      passages: fc.oneof(field, fc.array(fc.record({ text: field, clauseId: field }))),
      active: field,
      article: fc.oneof(field, fc.record({ url: field, title: field, text: field, lang: field })),
    });
    fc.assert(
      fc.property(nearMiss, (value) =>
        parsers.every((parse) => {
          const parsed = parse(value);
          return parsed === null || parsed.type === value.type;
        }),
      ),
      { numRuns: 500 },
    );
  });
});
