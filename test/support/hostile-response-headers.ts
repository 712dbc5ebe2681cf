import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** The strictest policy a news page could send: nothing loads, nothing inline runs, no string reaches a script sink. */
export const STRICT_CSP = "default-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

/**
 * Answers `url` in this page with `file` and extra response headers (the shared fixture server sends only a
 * content type). The browser enforces headers from a fulfilled route exactly as from the network.
 */
export async function serveWithHeaders(
  page: Page,
  url: string,
  file: string,
  headers: Record<string, string>,
): Promise<void> {
  const body = await readFile(file);
  await page.route(url, (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body }),
  );
}
