/**
 * Calls `onChange` when the document's address changes (a single-page site moving to another article), watched by
 * the script itself: the Navigation API's own event where the browser has it, otherwise a check once a second.
 * Nothing the page dispatches on the DOM reaches this. Changes of the #fragment alone are not a new article.
 */
const FALLBACK_POLL_MS = 1_000;

export function watchUrl(onChange: () => void, signal: AbortSignal): void {
  let last = withoutHash(location.href);
  const check = () => {
    const now = withoutHash(location.href);
    if (now === last) return;
    last = now;
    onChange();
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  if (navigation && typeof navigation.addEventListener === 'function') {
    navigation.addEventListener('currententrychange', check, { signal });
    return;
  }
  const timer = setInterval(check, FALLBACK_POLL_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}

export function withoutHash(url: string): string {
  const at = url.indexOf('#');
  return at < 0 ? url : url.slice(0, at);
}
