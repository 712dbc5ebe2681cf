import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createBackground, type BackgroundDeps, type Sender } from '../../../lib/background/handle-message';
import type { DocumentRef } from '../../../lib/background/tab-documents';
import { tabReportKey } from '../../../lib/storage/tab-reports';

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}/`;
const TAB = 5;
const DOC = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const NEXT_DOC = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

/** A page script in a tab's top frame, as Chrome describes it. */
const pageScript: Sender = {
  id: ID,
  url: 'https://www.reuters.com/world/a.html',
  tab: { id: TAB },
  frameId: 0,
  documentId: 'D1',
  documentLifecycle: 'active',
};
/** The popup or the side panel: our origin, no tab. */
const extensionPage: Sender = { id: ID, url: `${ORIGIN}popup.html` };

/** A paragraph no clause matches: it can reach storage only as part of the article text. */
const AN_ASIDE = 'Correspondents in the capital noted that the autumn weather stayed mild all week.';
const ARTICLE = {
  url: 'https://www.reuters.com/world/a.html',
  title: 'Putin proposes a programme of measures on international information security',
  text: [
    'Russian President Vladimir Putin proposed that Moscow and Washington agree on a comprehensive programme of practical measures to reboot relations in international information security.',
    'The first step is to restore regular full-scale bilateral interagency dialogue on the key issues of international information security.',
    'Putin also called on all states to make a political commitment to no first strike with information and communication technologies against one another.',
    AN_ASIDE,
  ].join('\n'),
  lang: 'en',
};
const article = (doc = DOC, a = ARTICLE) => ({ type: 'article', article: a, doc });

type Deps = BackgroundDeps & {
  analyzeTab: ReturnType<typeof vi.fn>;
  openSidePanel: ReturnType<typeof vi.fn>;
  injectExtractor: ReturnType<typeof vi.fn>;
  isCurrentDocument: ReturnType<typeof vi.fn>;
  tabLoaded: ReturnType<typeof vi.fn>;
};
let deps: Deps;
/** The document the fake tab shows now (what the gate would answer when asked). */
let shown: string;
let bg: ReturnType<typeof createBackground>;

async function stored(
  tabId = TAB,
): Promise<{ url: string; document: DocumentRef; report: { verdict: string; clauses: unknown[] } } | null> {
  return ((await fakeBrowser.storage.session.get(tabReportKey(tabId)))[tabReportKey(tabId)] as never) ?? null;
}

async function expectNoEffect() {
  expect(await stored()).toBeNull();
  expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  expect(deps.analyzeTab).not.toHaveBeenCalled();
  expect(deps.openSidePanel).not.toHaveBeenCalled();
  expect(deps.injectExtractor).not.toHaveBeenCalled();
}

beforeEach(() => {
  fakeBrowser.reset();
  shown = DOC;
  deps = {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    analyzeTab: vi.fn(async () => undefined),
    openSidePanel: vi.fn(async () => undefined),
    injectExtractor: vi.fn(async () => undefined),
    isCurrentDocument: vi.fn(async (_tabId: number, doc: DocumentRef) => doc.token === shown),
    tabLoaded: vi.fn(async () => true),
    analysisIntervalMs: 0,
  };
  bg = createBackground(deps);
});

describe('shape', () => {
  it('answers anything malformed with an error value, and does nothing', async () => {
    const malformed: unknown[] = [
      undefined,
      null,
      42,
      'article',
      [],
      [article()],
      {},
      { ...article(), type: 'ARTICLE' },
      { type: 'article', doc: DOC },
      { type: 'article', article: ARTICLE },
      article(DOC, { ...ARTICLE, text: 7 as never }),
      article(DOC, { ...ARTICLE, text: 'x'.repeat(1_000_001) }),
      { type: 'not-candidate', doc: DOC },
      { type: 'analyze-tab', tabId: -1 },
      { type: 'analyze-tab', tabId: '5' },
      { type: 'highlight', passages: [], active: null },
      { type: 'passage-clicked', clauseId: 'point-1' },
    ];
    for (const raw of malformed) {
      for (const sender of [pageScript, extensionPage]) {
        await expect(bg.handleMessage(raw, sender), JSON.stringify(raw)?.slice(0, 80)).resolves.toEqual({
          ok: false,
          error: 'malformed message',
        });
      }
    }
    await expectNoEffect();
  });

  it('never rejects, whatever JSON arrives from whichever sender', async () => {
    const senders = fc.constantFrom<Sender>(pageScript, extensionPage, {}, { id: 'another-extension' });
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), senders, async (raw, sender) => {
        const reply = await bg.handleMessage(raw, sender);
        return reply.ok ? 'value' in reply : typeof reply.error === 'string';
      }),
      { numRuns: 300 },
    );
  });
});

describe('sender', () => {
  it('refuses every message from another extension or from a sender without an id, and does nothing', async () => {
    const valid = [article(), { type: 'candidate', url: ARTICLE.url, doc: DOC }, { type: 'analyze-tab', tabId: TAB }];
    for (const sender of [
      { ...pageScript, id: 'another-extension' },
      { ...extensionPage, id: 'x' },
      { tab: { id: TAB } },
      {},
    ]) {
      for (const msg of valid) {
        await expect(bg.handleMessage(msg, sender)).resolves.toEqual({ ok: false, error: 'foreign sender' });
      }
    }
    await expectNoEffect();
  });

  it('takes an article from the tab’s current document: stores a report bound to it, without the text, and sets the badge', async () => {
    const reply = await bg.handleMessage(article(), pageScript);
    expect(reply).toEqual({ ok: true, value: { verdict: 'about', clauses: expect.any(Number) } });
    const entry = await stored();
    expect(entry?.url).toBe(ARTICLE.url);
    expect(entry?.document).toEqual({ token: DOC, documentId: 'D1' });
    expect(JSON.stringify(entry)).not.toContain(AN_ASIDE);
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe(String(entry!.report.clauses.length));
  });

  it('refuses page messages that do not come from a tab, from a frame, or from a document that is not active', async () => {
    const notActive = ['prerender', 'cached', 'pending_deletion'].map((documentLifecycle) => ({
      ...pageScript,
      documentLifecycle,
    }));
    const frame = { ...pageScript, url: 'https://ads.example/frame.html', frameId: 3 };
    for (const sender of [{ id: ID, url: ARTICLE.url }, frame, ...notActive]) {
      for (const msg of [
        article(),
        { type: 'candidate', url: ARTICLE.url, doc: DOC },
        { type: 'open-side-panel', doc: DOC },
      ]) {
        expect((await bg.handleMessage(msg, sender)).ok, `${msg.type} from ${JSON.stringify(sender)}`).toBe(false);
      }
    }
    await expectNoEffect();
  });

  it('injects the extractor into exactly the document whose gate found a candidate', async () => {
    await expect(bg.handleMessage({ type: 'candidate', url: ARTICLE.url, doc: DOC }, pageScript)).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(deps.injectExtractor).toHaveBeenCalledExactlyOnceWith({ tabId: TAB, documentId: 'D1' });
  });

  it('lets the document a report describes drop it when it is no longer a candidate', async () => {
    await bg.handleMessage(article(), pageScript);
    expect(await stored()).not.toBeNull();
    await expect(bg.handleMessage({ type: 'not-candidate', url: ARTICLE.url, doc: DOC }, pageScript)).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(await stored()).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('runs "analyze this tab" for our own extension pages, the side panel opened in a tab included, never for a page', async () => {
    const refused: Sender[] = [
      pageScript,
      { id: ID, url: 'https://www.reuters.com/', tab: undefined },
      { id: ID, url: `chrome-extension://${ID}x/popup.html` },
      { id: ID },
    ];
    for (const sender of refused) {
      expect((await bg.handleMessage({ type: 'analyze-tab', tabId: TAB }, sender)).ok, JSON.stringify(sender)).toBe(
        false,
      );
    }
    expect(deps.analyzeTab).not.toHaveBeenCalled();
    // Firefox without a sidebar: the panel page in a tab next to the article (lib/messaging/open-side-panel.ts).
    const panelInTab: Sender = { id: ID, url: `${ORIGIN}sidepanel.html?tabId=${TAB}`, tab: { id: 9 }, frameId: 0 };
    for (const sender of [extensionPage, panelInTab]) {
      await expect(bg.handleMessage({ type: 'analyze-tab', tabId: TAB }, sender)).resolves.toEqual({
        ok: true,
        value: null,
      });
    }
    expect(deps.analyzeTab).toHaveBeenCalledTimes(2);
  });

  it("opens the side panel for the sender's own tab only", async () => {
    expect((await bg.handleMessage({ type: 'open-side-panel', doc: DOC }, extensionPage)).ok).toBe(false);
    expect(deps.openSidePanel).not.toHaveBeenCalled();
    expect((await bg.handleMessage({ type: 'open-side-panel', doc: DOC }, pageScript)).ok).toBe(true);
    expect(deps.openSidePanel).toHaveBeenCalledExactlyOnceWith(TAB);
  });
});

describe('reports bound to their document', () => {
  it('does not store the report of a document the tab no longer shows', async () => {
    shown = NEXT_DOC;
    await expect(bg.handleMessage(article(), pageScript)).resolves.toEqual({
      ok: false,
      error: 'the document is gone',
    });
    expect(await stored()).toBeNull();
  });

  it('holds an article from a document heard before a navigation started until the navigation is over, then drops it if that document went', async () => {
    await bg.handleMessage({ type: 'candidate', url: ARTICLE.url, doc: DOC }, pageScript);
    await bg.tabUpdated(TAB, { status: 'loading' }); // navigation to another site starts; the old document lives on
    let navigationOver!: (done: boolean) => void;
    deps.tabLoaded.mockImplementationOnce(() => new Promise<boolean>((r) => (navigationOver = r)));
    const reply = bg.handleMessage(article(), pageScript);
    await new Promise((r) => setTimeout(r, 10));
    expect(await stored()).toBeNull(); // nothing stored while the tab is between documents
    shown = NEXT_DOC; // the next site's document commits
    navigationOver(true);
    await expect(reply).resolves.toEqual({ ok: false, error: 'the document is gone' });
    expect(await stored()).toBeNull();
  });

  it('takes an article from a document first heard after the navigation started at once', async () => {
    await bg.tabUpdated(TAB, { status: 'loading' });
    shown = NEXT_DOC;
    expect((await bg.handleMessage(article(NEXT_DOC), { ...pageScript, documentId: 'D2' })).ok).toBe(true);
    expect(deps.tabLoaded).not.toHaveBeenCalled();
    expect((await stored())?.document.token).toBe(NEXT_DOC);
  });

  it('ignores "not a candidate" from a document the tab is leaving', async () => {
    shown = NEXT_DOC;
    await bg.handleMessage(article(NEXT_DOC), { ...pageScript, documentId: 'D2' });
    await bg.handleMessage({ type: 'candidate', url: ARTICLE.url, doc: DOC }, pageScript);
    await bg.tabUpdated(TAB, { status: 'loading' });
    expect((await bg.handleMessage({ type: 'not-candidate', url: ARTICLE.url, doc: DOC }, pageScript)).ok).toBe(false);
    expect(await stored()).not.toBeNull();
  });

  it('drops a stored report once its tab has finished loading another document', async () => {
    await bg.handleMessage(article(), pageScript);
    shown = NEXT_DOC;
    await bg.tabUpdated(TAB, { status: 'complete' });
    expect(await stored()).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('keeps a stored report while its document is still the one shown', async () => {
    await bg.handleMessage(article(), pageScript);
    await bg.tabUpdated(TAB, { status: 'complete' });
    await bg.tabUpdated(TAB, { url: `${ARTICLE.url}#comments` });
    expect(await stored()).not.toBeNull();
  });
});

describe('re-analysis', () => {
  it('keeps only the latest article per tab and analyses at most once per interval', async () => {
    bg = createBackground({ ...deps, analysisIntervalMs: 200 });
    const first = await bg.handleMessage(article(), pageScript);
    expect(first.ok).toBe(true);
    const started = Date.now();
    const flood = Array.from({ length: 30 }, (_, i) =>
      bg.handleMessage(article(DOC, { ...ARTICLE, title: `${ARTICLE.title} ${i}` }), pageScript),
    );
    const replies = await Promise.all(flood);
    expect(replies.filter((r) => r.ok)).toHaveLength(1);
    expect(replies.slice(0, -1).every((r) => !r.ok && r.error === 'superseded')).toBe(true);
    expect(replies.at(-1)!.ok).toBe(true);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect((await stored())?.report).toMatchObject({ title: `${ARTICLE.title} 29` });
  });
});

describe('failures become error values', () => {
  it('when a command fails', async () => {
    deps.analyzeTab.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(bg.handleMessage({ type: 'analyze-tab', tabId: TAB }, extensionPage)).resolves.toEqual({
      ok: false,
      error: 'Cannot access contents of the page',
    });
    deps.openSidePanel.mockRejectedValueOnce('No user gesture');
    await expect(bg.handleMessage({ type: 'open-side-panel', doc: DOC }, pageScript)).resolves.toEqual({
      ok: false,
      error: 'No user gesture',
    });
  });

  it('when storage fails for another reason than a full quota', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(new Error('storage is not available'));
    await expect(bg.handleMessage(article(), pageScript)).resolves.toEqual({
      ok: false,
      error: 'storage is not available',
    });
  });
});
