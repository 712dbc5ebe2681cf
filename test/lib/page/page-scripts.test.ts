import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runExtractor } from '../../../lib/page/run-extractor';
import { runGate } from '../../../lib/page/run-gate';
import { scriptState } from '../../../lib/page/script-state';

// The page scripts (lib/page/run-gate.ts, lib/page/run-extractor.ts) against a fake extension runtime: what they
// send, what they answer, and from whom they take messages.

const PARAGRAPHS = [
  'Russian President Vladimir Putin proposed that Moscow and Washington agree on a comprehensive programme of practical measures to reboot relations in international information security.',
  'The first step is to restore regular full-scale bilateral interagency dialogue on the key issues of international information security.',
  'Putin also called on all states to make a political commitment to no first strike with information and communication technologies against one another.',
];
const ID = 'our-extension-id';

function buildArticlePage() {
  document.title = 'Putin proposes a programme of measures on international information security';
  const article = document.createElement('article');
  const h1 = document.createElement('h1');
  h1.textContent = document.title;
  article.append(h1);
  for (const text of PARAGRAPHS) {
    const p = document.createElement('p');
    p.textContent = text;
    article.append(p);
  }
  document.body.replaceChildren(article);
}

type Listener = (m: unknown, s: { id?: string }, respond: (r: unknown) => void) => boolean | void;
let listeners: Set<Listener>;
let runtime: {
  id?: string;
  sendMessage: ReturnType<typeof vi.fn>;
  onMessage: { addListener: (l: Listener) => void; removeListener: (l: Listener) => void };
};
/** What the background answers to `article`. */
let verdict: string;

/** Delivers `message` to the page scripts as if `sender` had sent it; the answer, or undefined if none answers. */
async function deliver(message: unknown, sender: { id?: string } = { id: ID }): Promise<unknown> {
  let answered: unknown;
  const waits: Promise<void>[] = [];
  for (const l of [...listeners]) {
    let respond!: () => void;
    const done = new Promise<void>((r) => (respond = r));
    const keep = l(structuredClone(message), sender, (reply) => {
      answered = reply;
      respond();
    });
    if (keep === true) waits.push(done);
  }
  await Promise.race([Promise.all(waits), new Promise((r) => setTimeout(r, 200))]);
  return answered;
}

const sentOfType = (type: string) =>
  runtime.sendMessage.mock.calls.map((c) => c[0] as { type: string }).filter((m) => m.type === type);
const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  listeners = new Set();
  verdict = 'about';
  runtime = {
    id: ID,
    sendMessage: vi.fn(async (m: { type: string }) =>
      m.type === 'article' ? { ok: true, value: { verdict, clauses: 3 } } : { ok: true, value: null },
    ),
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
  };
  vi.stubGlobal('chrome', { runtime, i18n: { getMessage: () => '' } });
  vi.stubGlobal('browser', undefined);
  // happy-dom has no requestIdleCallback; run idle work on the next turn instead.
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) =>
    setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 0),
  );
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
  buildArticlePage();
});

afterEach(() => {
  const state = scriptState();
  state.gate?.stop();
  state.extractor?.stop();
  delete state.gate;
  delete state.extractor;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  document.querySelectorAll('putin-2020-source-check').forEach((e) => e.remove());
});

describe('the gate', () => {
  it('asks the background for the extractor on a candidate, carrying this document’s token', async () => {
    runGate();
    await settle();
    expect(sentOfType('candidate')).toEqual([{ type: 'candidate', url: location.href, doc: scriptState().token }]);
  });

  it('says "not a candidate" once per address, not at every check', async () => {
    document.title = 'Bread prices';
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Bread prices rose.' }));
    runGate();
    await settle();
    expect(sentOfType('not-candidate')).toHaveLength(1);
    expect(sentOfType('candidate')).toHaveLength(0);
  });

  it('answers "which document?" with its token, to our extension only', async () => {
    runGate();
    await expect(deliver({ type: 'document' })).resolves.toEqual({ ok: true, value: { token: scriptState().token } });
    for (const sender of [{ id: 'another-extension' }, {}])
      await expect(deliver({ type: 'document' }, sender)).resolves.toBeUndefined();
  });

  it('does not start twice in one document', async () => {
    runGate();
    runGate();
    await settle();
    expect(sentOfType('candidate')).toHaveLength(1);
  });

  it('goes quiet once orphaned (the extension reloaded): it stops answering', async () => {
    runGate();
    await settle();
    runtime.id = undefined;
    history.pushState({}, '', '/elsewhere.html'); // happy-dom has no Navigation API: the gate polls once a second
    await settle(1_100);
    await expect(deliver({ type: 'document' }, { id: undefined })).resolves.toBeUndefined();
    expect(listeners.size).toBe(0);
  });
});

describe('"Analyze this page" on a page the gate turns away', () => {
  it('is not undone by the gate: no "not a candidate" after the article the reader asked for', async () => {
    document.title = 'Garden notes';
    for (const p of document.querySelectorAll('article p, h1'))
      p.textContent =
        'The tomatoes along the south wall ripened early this year, and the beans followed a week later, helped by a warm and windless September that kept the slugs away from the beds.';
    runExtractor();
    await deliver({ type: 'extract-now' });
    await settle(1_200);
    runGate(); // its first check comes after the article the reader asked for
    await settle();
    const types = runtime.sendMessage.mock.calls.map((c) => (c[0] as { type: string }).type);
    expect(types).toContain('article');
    expect(types.slice(types.lastIndexOf('article'))).not.toContain('not-candidate');
  });
});

describe('the extractor', () => {
  it('sends the article once, and not again while it has not changed', async () => {
    runExtractor();
    await settle();
    const sent = sentOfType('article') as unknown as { article: { text: string }; doc: string }[];
    expect(sent).toHaveLength(1);
    expect(sent[0]!.article.text).toContain('no first strike');
    expect(sent[0]!.doc).toBe(scriptState().token);
    scriptState().extractor!.request();
    await settle(1_100);
    expect(sentOfType('article')).toHaveLength(1);
  });

  it('sends again when the article changed', async () => {
    runExtractor();
    await settle();
    document.querySelector('article')!.append(
      Object.assign(document.createElement('p'), {
        textContent: 'Officials in Washington did not comment on the proposal by Monday evening, the agency said.',
      }),
    );
    scriptState().extractor!.request();
    await settle(1_100);
    expect(sentOfType('article')).toHaveLength(2);
  });

  it('extracts on request from our own extension, even unchanged, and says so', async () => {
    runExtractor();
    await settle();
    await expect(deliver({ type: 'extract-now' })).resolves.toEqual({ ok: true, value: null });
    await settle(1_100);
    expect(sentOfType('article')).toHaveLength(2);
  });

  it('ignores every message from another extension or an unknown sender: no answer, no work', async () => {
    runExtractor();
    await settle();
    runtime.sendMessage.mockClear();
    const commands = [
      { type: 'extract-now' },
      { type: 'clear-highlights' },
      { type: 'highlight', passages: [{ text: PARAGRAPHS[1], clauseId: 'point-1' }], active: 0 },
    ];
    for (const sender of [{ id: 'another-extension' }, {}, { id: undefined }]) {
      for (const message of commands) await expect(deliver(message, sender)).resolves.toBeUndefined();
    }
    await settle(1_100);
    expect(runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('ignores malformed messages and messages meant for other contexts, even from our extension', async () => {
    runExtractor();
    await settle();
    runtime.sendMessage.mockClear();
    const ignored: unknown[] = [
      undefined,
      null,
      'extract-now',
      42,
      [],
      {},
      { type: 'EXTRACT-NOW' },
      { type: 'highlight', passages: 'all', active: 0 },
      { type: 'article', article: { url: 'u', title: 't', text: 'x', lang: 'en' }, doc: 'x' },
      { type: 'analyze-tab', tabId: 1 },
      { type: 'passage-clicked', clauseId: 'point-1' },
    ];
    for (const message of ignored) await expect(deliver(message), JSON.stringify(message)).resolves.toBeUndefined();
    await settle(1_100);
    expect(runtime.sendMessage).not.toHaveBeenCalled();
  });

  it('answers a highlight request with which passages it found in the page, where highlights are supported', async () => {
    const highlights = new Map<string, unknown>();
    vi.stubGlobal('CSS', { highlights });
    vi.stubGlobal(
      'Highlight',
      class {
        ranges: Range[];
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
    );
    runExtractor();
    await settle();
    const reply = await deliver({
      type: 'highlight',
      passages: [
        { text: PARAGRAPHS[1], clauseId: 'point-1' },
        { text: 'A sentence this page does not contain at all.', clauseId: 'point-2' },
      ],
      active: null,
    });
    expect(reply).toEqual({ ok: true, value: { anchored: [true, false] } });
    expect(highlights.size).toBe(1);
  });

  it('adds one pill however many checks find the article', async () => {
    runExtractor();
    for (let i = 0; i < 10; i++) {
      document.querySelector('h1')!.textContent = `${document.title} (${i})`;
      scriptState().extractor!.request({ force: true });
      await deliver({ type: 'extract-now' });
    }
    await settle(1_200);
    expect(document.querySelectorAll('putin-2020-source-check')).toHaveLength(1);
  });

  it('adds no pill when the background finds the article unrelated', async () => {
    verdict = 'unrelated';
    runExtractor();
    await settle();
    expect(sentOfType('article')).toHaveLength(1);
    expect(document.querySelectorAll('putin-2020-source-check')).toHaveLength(0);
  });

  it('removes its pill and highlights when the page is no longer a candidate', async () => {
    runExtractor();
    await settle();
    expect(document.querySelectorAll('putin-2020-source-check')).toHaveLength(1);
    scriptState().extractor!.reset();
    expect(document.querySelectorAll('putin-2020-source-check')).toHaveLength(0);
  });
});
