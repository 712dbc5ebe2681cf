/**
 * Builds the markup of the synthetic benchmark pages as text. The pages are parsed as whole documents (linkedom's
 * parseHTML, happy-dom's DOMParser, or Chromium loading them from the fixture server), never written into a live
 * document.
 */
export type Attrs = Record<string, string | number>;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** One element: `children` are markup already built with `el` or text escaped with `escapeHtml`. */
export function el(name: string, attrs: Attrs, ...children: string[]): string {
  let open = `<${name}`;
  for (const [k, v] of Object.entries(attrs)) open += ` ${k}="${escapeHtml(String(v))}"`;
  return VOID.has(name) ? `${open}>` : `${open}>${children.join('')}</${name}>`;
}

/** An element holding plain text. */
export function tx(name: string, attrs: Attrs, text: string): string {
  return el(name, attrs, escapeHtml(text));
}

const VOID = new Set(['meta', 'link', 'input', 'img', 'br', 'hr']);
