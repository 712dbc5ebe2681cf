import type { CDPSession, Page } from 'playwright-core';

/**
 * The URLs of every frame in the page (top frame included, out-of-process frames included) that holds an isolated
 * world of our extension, i.e. where one of our content scripts was injected. DevTools lists those worlds as
 * execution contexts whose origin is chrome-extension://ID.
 */
export async function framesWithOurWorld(page: Page, extensionId: string): Promise<string[]> {
  const origin = `chrome-extension://${extensionId}`;
  const sessions: CDPSession[] = [await page.context().newCDPSession(page)];
  for (const frame of page.frames()) {
    // Frames in another renderer process have their own target; the rest are reached through the page's.
    const own = await page
      .context()
      .newCDPSession(frame)
      .catch(() => null);
    if (own) sessions.push(own);
  }
  const found = new Set<string>();
  for (const session of sessions) {
    const urls = new Map<string, string>();
    const { frameTree } = await session.send('Page.getFrameTree');
    const walk = (node: typeof frameTree) => {
      urls.set(node.frame.id, node.frame.url);
      for (const child of node.childFrames ?? []) walk(child);
    };
    walk(frameTree);
    const frameIds: string[] = [];
    session.on('Runtime.executionContextCreated', ({ context }) => {
      const aux = context.auxData as { frameId?: string } | undefined;
      if (context.origin === origin && aux?.frameId) frameIds.push(aux.frameId);
    });
    // Enabling the domain replays a creation event for every context that exists now.
    await session.send('Runtime.enable');
    await session.send('Runtime.disable');
    for (const id of frameIds) found.add(urls.get(id) ?? `unknown frame ${id}`);
    await session.detach().catch(() => undefined);
  }
  return [...found].sort();
}
