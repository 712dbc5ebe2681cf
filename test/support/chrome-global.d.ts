// Code passed to the service worker with worker.evaluate() runs there, where the `chrome` global exists.
import type { Browser } from '@wxt-dev/browser';

declare global {
  const chrome: typeof Browser;
}
