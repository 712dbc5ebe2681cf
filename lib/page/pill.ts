/**
 * The optional in-page button on a detected article: one host element with a closed shadow root (the only element
 * the extension ever adds to a page), pinned to the bottom corner, small, and dismissible for the page.
 */
const STYLE = `:host { all: initial; }
.pill { position: fixed; inset-block-end: 12px; inset-inline-end: 12px; z-index: 2147483646; display: flex;
  align-items: center; gap: 4px; max-width: min(320px, 60vw); padding: 4px 4px 4px 12px; border-radius: 999px;
  font: 13px/1.3 system-ui, sans-serif; color: #fff; background: #1d4ed8; box-shadow: 0 2px 8px rgba(0,0,0,.3); }
button { font: inherit; color: inherit; background: transparent; border: 0; cursor: pointer; padding: 4px 6px;
  border-radius: 999px; }
button:focus-visible { outline: 2px solid #fff; outline-offset: 1px; }
.close { font-size: 15px; line-height: 1; }`;

export interface Pill {
  remove: () => void;
}

type I18n = { getMessage: (key: string) => string };

const label = (key: string, fallback: string) => {
  try {
    const g = globalThis as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
    return (g.browser?.i18n ?? g.chrome?.i18n)?.getMessage(key) || fallback;
  } catch {
    return fallback;
  }
};

export function showPill(doc: Document, onOpen: () => void, onDismiss: () => void): Pill {
  const host = doc.createElement('putin-2020-source-check');
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(STYLE);
  root.adoptedStyleSheets = [sheet];
  const box = doc.createElement('div');
  box.className = 'pill';
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', label('pillRegion', 'Source check'));
  const open = doc.createElement('button');
  open.type = 'button';
  open.textContent = label('pillText', "Refers to Putin's 2020 proposal · see source");
  open.addEventListener('click', onOpen);
  const close = doc.createElement('button');
  close.type = 'button';
  close.className = 'close';
  close.textContent = '×';
  close.setAttribute('aria-label', label('pillDismiss', 'Dismiss for this page'));
  close.addEventListener('click', () => {
    host.remove();
    onDismiss();
  });
  box.append(open, close);
  root.append(box);
  doc.documentElement.append(host);
  return { remove: () => host.remove() };
}
