import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { runArticleCheck } from '../../../lib/page/run-article-check';

// What the content script receives (lib/page/run-article-check.ts): the same protocol check as the background,
// and only from our own extension.

const PARAGRAPHS = [
  'Russian President Vladimir Putin proposed that Moscow and Washington agree on a comprehensive programme of practical measures to reboot relations in international information security.',
  'The first step is to restore regular full-scale bilateral interagency dialogue on the key issues of international information security.',
  'Putin also called on all states to make a political commitment to no first strike with information and communication technologies against one another.',
];

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

let ctx: ContentScriptContext;
let sent: ReturnType<typeof vi.spyOn>;

/** Delivers `message` to the content script's listener as if `sender` had sent it; returns its answer. */
async function deliver(message: unknown, sender: { id?: string }): Promise<unknown> {
  const [reply] = await fakeBrowser.runtime.onMessage.trigger(message, sender, () => undefined);
  return reply;
}

/** Lets the idle check and any extraction run. */
const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(async () => {
  fakeBrowser.reset();
  // happy-dom has no requestIdleCallback; run idle work on the next turn instead.
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) =>
    setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 }), 0),
  );
  vi.stubGlobal('cancelIdleCallback', (id: number) => clearTimeout(id));
  buildArticlePage();
  sent = vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockResolvedValue({ ok: true, value: { verdict: 'unrelated', clauses: 0 } } as never);
  ctx = new ContentScriptContext('article');
  runArticleCheck(ctx);
  await settle();
  // The check after load has reported once; what follows must come from the messages alone.
  expect(sent).toHaveBeenCalledTimes(1);
  sent.mockClear();
});

afterEach(() => {
  ctx.abort();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the content script receiving messages', () => {
  it('extracts on request from our own extension and says so', async () => {
    await expect(deliver({ type: 'extract-now' }, { id: fakeBrowser.runtime.id })).resolves.toEqual({
      ok: true,
      value: null,
    });
    await settle();
    expect(sent).toHaveBeenCalledTimes(1);
    const message = sent.mock.calls[0]![0] as { type: string; article?: { text: string } };
    expect(message.type).toBe('article');
    expect(message.article?.text).toContain('no first strike');
  });

  it('ignores every message from another extension or an unknown sender: no answer, no work', async () => {
    const commands = [
      { type: 'extract-now' },
      { type: 'clear-highlights' },
      { type: 'highlight', passages: [{ text: PARAGRAPHS[1], clauseId: 'point-1' }], active: 0 },
    ];
    for (const sender of [{ id: 'another-extension' }, {}, { id: undefined }]) {
      for (const message of commands) {
        await expect(deliver(message, sender), `${message.type} from ${JSON.stringify(sender)}`).resolves.toBe(
          undefined,
        );
      }
    }
    await settle();
    expect(sent).not.toHaveBeenCalled();
  });

  it('ignores malformed messages and messages meant for other contexts, even from our extension', async () => {
    const ours = { id: fakeBrowser.runtime.id };
    const ignored: unknown[] = [
      undefined,
      null,
      'extract-now',
      42,
      [],
      [{ type: 'extract-now' }],
      {},
      { type: 'EXTRACT-NOW' },
      { type: 'highlight' },
      { type: 'highlight', passages: 'all', active: 0 },
      { type: 'highlight', passages: [{ text: 'x', clauseId: 'nope' }], active: null },
      { type: 'highlight', passages: [{ text: 'x', clauseId: 'point-1' }], active: 5 },
      {
        type: 'highlight',
        passages: Array.from({ length: 201 }, () => ({ text: 'x', clauseId: 'point-1' })),
        active: null,
      },
      { type: 'article', article: { url: 'u', title: 't', text: 'x', lang: 'en' } },
      { type: 'analyze-tab', tabId: 1 },
      { type: 'open-side-panel' },
      { type: 'passage-clicked', clauseId: 'point-1' },
    ];
    for (const message of ignored) {
      await expect(deliver(message, ours), JSON.stringify(message)?.slice(0, 80)).resolves.toBe(undefined);
    }
    await settle();
    expect(sent).not.toHaveBeenCalled();
  });

  it('answers a well-formed highlight request with a value, even where highlights are not supported', async () => {
    const reply = await deliver(
      { type: 'highlight', passages: [{ text: PARAGRAPHS[1], clauseId: 'point-1' }], active: 0 },
      { id: fakeBrowser.runtime.id },
    );
    expect(reply).toEqual({ ok: true, value: { anchored: [expect.any(Boolean)] } });
  });

  it('stops listening once its context is invalidated (a reload or a second injection)', async () => {
    ctx.abort();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
  });
});
