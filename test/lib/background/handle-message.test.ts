import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage, type BackgroundDeps, type Sender } from '../../../lib/background/handle-message';
import { tabReportKey, type Message } from '../../../lib/messaging/protocol';

const ID = fakeBrowser.runtime.id;
const ORIGIN = `chrome-extension://${ID}/`;
const TAB = 5;

/** A content script in a tab's top frame, as Chrome describes it. */
const contentScript: Sender & { frameId: number } = {
  id: ID,
  url: 'https://www.reuters.com/world/a.html',
  tab: { id: TAB },
  frameId: 0,
};
/** The popup or the side panel: our origin, no tab. */
const extensionPage: Sender = { id: ID, url: `${ORIGIN}popup.html` };

const ARTICLE = {
  url: 'https://www.reuters.com/world/a.html',
  title: 'Putin proposes a programme of measures on international information security',
  text: [
    'Russian President Vladimir Putin proposed that Moscow and Washington agree on a comprehensive programme of practical measures to reboot relations in international information security.',
    'The first step is to restore regular full-scale bilateral interagency dialogue on the key issues of international information security.',
    'Putin also called on all states to make a political commitment to no first strike with information and communication technologies against one another.',
  ].join('\n'),
  lang: 'en',
};

const VALID: Message[] = [
  { type: 'article', article: ARTICLE },
  { type: 'not-candidate', url: ARTICLE.url },
  { type: 'analyze-tab', tabId: TAB },
  { type: 'extract-now' },
  { type: 'highlight', passages: [], active: null },
  { type: 'clear-highlights' },
  { type: 'passage-clicked', clauseId: 'point-1' },
  { type: 'open-side-panel' },
];

let deps: BackgroundDeps & { analyzeTab: ReturnType<typeof vi.fn>; openSidePanel: ReturnType<typeof vi.fn> };

async function stored(tabId = TAB): Promise<unknown> {
  return (await fakeBrowser.storage.session.get(tabReportKey(tabId)))[tabReportKey(tabId)] ?? null;
}

/** Nothing happened: no report stored, no badge, no command run. */
async function expectNoEffect() {
  expect(await stored()).toBeNull();
  expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  expect(deps.analyzeTab).not.toHaveBeenCalled();
  expect(deps.openSidePanel).not.toHaveBeenCalled();
}

beforeEach(() => {
  fakeBrowser.reset();
  deps = {
    extensionId: ID,
    extensionOrigin: ORIGIN,
    analyzeTab: vi.fn(async () => undefined),
    openSidePanel: vi.fn(async () => undefined),
  };
});

describe('handleMessage: shape', () => {
  it('answers anything malformed with an error value, and does nothing', async () => {
    const malformed: unknown[] = [
      undefined,
      null,
      42,
      'article',
      [],
      [{ type: 'article', article: ARTICLE }],
      {},
      { type: 'ARTICLE', article: ARTICLE },
      { type: 'article' },
      { type: 'article', article: { ...ARTICLE, text: 7 } },
      { type: 'article', article: { ...ARTICLE, text: 'x'.repeat(1_000_001) } },
      { type: 'not-candidate' },
      { type: 'analyze-tab', tabId: -1 },
      { type: 'analyze-tab', tabId: '5' },
      { type: 'highlight', passages: 'all', active: null },
      { type: 'highlight', passages: [{ text: 'a', clauseId: 'point-9' }], active: null },
      { type: 'passage-clicked', clauseId: '__proto__' },
    ];
    for (const raw of malformed) {
      for (const sender of [contentScript, extensionPage]) {
        await expect(handleMessage(raw, sender, deps), JSON.stringify(raw)?.slice(0, 80)).resolves.toEqual({
          ok: false,
          error: 'malformed message',
        });
      }
    }
    await expectNoEffect();
  });

  it('never rejects, whatever JSON arrives from whichever sender', async () => {
    const senders = fc.constantFrom<Sender>(contentScript, extensionPage, {}, { id: 'another-extension' });
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), senders, async (raw, sender) => {
        const reply = await handleMessage(raw, sender, deps);
        return reply.ok ? 'value' in reply : typeof reply.error === 'string';
      }),
      { numRuns: 300 },
    );
  });
});

describe('handleMessage: sender', () => {
  it('refuses every message from another extension or from a sender without an id, and does nothing', async () => {
    for (const sender of [
      { ...contentScript, id: 'another-extension' },
      { ...extensionPage, id: 'another-extension' },
      { url: contentScript.url, tab: { id: TAB } },
      {},
    ]) {
      for (const msg of VALID) {
        await expect(handleMessage(msg, sender, deps), `${msg.type} from ${JSON.stringify(sender)}`).resolves.toEqual({
          ok: false,
          error: 'foreign sender',
        });
      }
    }
    await expectNoEffect();
  });

  it('takes an article report from a content script in a tab: stores the report and sets the badge', async () => {
    const reply = await handleMessage({ type: 'article', article: ARTICLE }, contentScript, deps);
    expect(reply.ok).toBe(true);
    const entry = (await stored()) as { url: string; report: { verdict: string; clauses: unknown[] } };
    expect(entry.url).toBe(ARTICLE.url);
    expect(entry.report.verdict).not.toBe('unrelated');
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe(String(entry.report.clauses.length));
  });

  it('refuses article and page reports that do not come from a tab', async () => {
    for (const msg of [VALID[0]!, VALID[1]!]) {
      const reply = await handleMessage(msg, extensionPage, deps);
      expect(reply.ok, msg.type).toBe(false);
    }
    await expectNoEffect();
  });

  it("refuses page reports and commands from a frame inside the page: they would replace the tab's report", async () => {
    await handleMessage({ type: 'article', article: ARTICLE }, contentScript, deps);
    const report = await stored();
    const frame = { ...contentScript, url: 'https://ads.example/frame.html', frameId: 3 };
    for (const msg of [VALID[0]!, VALID[1]!, { type: 'open-side-panel' } as const]) {
      const reply = await handleMessage(msg, frame, deps);
      expect(reply.ok, msg.type).toBe(false);
    }
    expect(await stored()).toEqual(report);
    expect(deps.openSidePanel).not.toHaveBeenCalled();
  });

  it('lets a page report from the tab drop the stored report and clear the badge', async () => {
    await handleMessage({ type: 'article', article: ARTICLE }, contentScript, deps);
    expect(await stored()).not.toBeNull();
    await expect(handleMessage({ type: 'not-candidate', url: ARTICLE.url }, contentScript, deps)).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(await stored()).toBeNull();
    expect(await fakeBrowser.action.getBadgeText({ tabId: TAB })).toBe('');
  });

  it('runs "analyze this tab" only for our own extension pages, never for a page or a look-alike origin', async () => {
    const refused: Sender[] = [
      contentScript,
      { id: ID, url: 'https://www.reuters.com/', tab: undefined },
      { id: ID, url: `chrome-extension://${ID}x/popup.html` },
      { id: ID },
      // The side panel page opened in a tab looks like a content script to this check.
      { id: ID, url: `${ORIGIN}sidepanel.html`, tab: { id: 9 } },
    ];
    for (const sender of refused) {
      const reply = await handleMessage({ type: 'analyze-tab', tabId: TAB }, sender, deps);
      expect(reply.ok, JSON.stringify(sender)).toBe(false);
    }
    expect(deps.analyzeTab).not.toHaveBeenCalled();
    await expect(handleMessage({ type: 'analyze-tab', tabId: TAB }, extensionPage, deps)).resolves.toEqual({
      ok: true,
      value: null,
    });
    expect(deps.analyzeTab).toHaveBeenCalledExactlyOnceWith(TAB);
  });

  it("opens the side panel for the sender's own tab only", async () => {
    expect((await handleMessage({ type: 'open-side-panel' }, extensionPage, deps)).ok).toBe(false);
    expect(deps.openSidePanel).not.toHaveBeenCalled();
    expect((await handleMessage({ type: 'open-side-panel' }, contentScript, deps)).ok).toBe(true);
    expect(deps.openSidePanel).toHaveBeenCalledExactlyOnceWith(TAB);
  });

  it('answers messages meant for other contexts with an error, from any of ours', async () => {
    for (const msg of VALID.filter((m) =>
      ['extract-now', 'highlight', 'clear-highlights', 'passage-clicked'].includes(m.type),
    )) {
      for (const sender of [contentScript, extensionPage]) {
        const reply = await handleMessage(msg, sender, deps);
        expect(reply.ok, msg.type).toBe(false);
      }
    }
    await expectNoEffect();
  });
});

describe('handleMessage: failures become error values', () => {
  it('when a command fails', async () => {
    deps.analyzeTab.mockRejectedValueOnce(new Error('Cannot access contents of the page'));
    await expect(handleMessage({ type: 'analyze-tab', tabId: TAB }, extensionPage, deps)).resolves.toEqual({
      ok: false,
      error: 'Cannot access contents of the page',
    });
    deps.openSidePanel.mockRejectedValueOnce('No user gesture');
    await expect(handleMessage({ type: 'open-side-panel' }, contentScript, deps)).resolves.toEqual({
      ok: false,
      error: 'No user gesture',
    });
  });

  it('when storage fails', async () => {
    vi.spyOn(fakeBrowser.storage.session, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(handleMessage({ type: 'article', article: ARTICLE }, contentScript, deps)).resolves.toEqual({
      ok: false,
      error: 'QUOTA_BYTES quota exceeded',
    });
  });
});
