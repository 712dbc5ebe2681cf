/**
 * Builds the copy of the page that Readability reads: an inert document (no browsing context: nothing loads or
 * runs) holding the page's metadata and its text-bearing elements, within limits, so that no page can make our
 * extraction slow or deep enough to freeze the tab. Open shadow roots are copied in too: `cloneNode` leaves them
 * out, and some sites render the whole article inside one. The page itself is only read.
 */
export interface ReadingLimits {
  /** Elements copied at most: Readability costs about 7.5 ms per 1,000 elements here. */
  maxElements: number;
  /** Deeper elements are not copied; their content is lifted to this depth (Readability recurses). */
  maxDepth: number;
  /** Characters of text copied at most: far beyond any news article. */
  maxText: number;
}

export const READING_LIMITS: ReadingLimits = { maxElements: 4_000, maxDepth: 96, maxText: 400_000 };

// Never text, and sometimes heavy: left out of the copy.
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'FRAME',
  'OBJECT',
  'EMBED',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'svg',
]);
const ARTICLE_ROOTS = ['article', '[itemprop~="articleBody"]', 'main', '[role="main"]'];

export function readingCopy(doc: Document, limits: ReadingLimits = READING_LIMITS): Document {
  const copy = emptyDocument(doc);
  const lang = doc.documentElement.getAttribute('lang');
  if (lang) copy.documentElement.setAttribute('lang', lang);
  const dir = doc.documentElement.getAttribute('dir');
  if (dir) copy.documentElement.setAttribute('dir', dir);
  // The metadata Readability reads (title, byline, site name, description); shallow copies of <meta> only.
  const metas = doc.head?.getElementsByTagName('meta') ?? [];
  for (let i = 0; i < metas.length && i < 300; i++) copy.head.append(copy.importNode(metas[i]!, false));
  const body = pageBody(doc);
  if (!body) return copy;
  // A page within the budget is copied whole; a bigger one from its article element, when it marks one.
  const root =
    elementCount(doc) <= limits.maxElements
      ? body
      : (ARTICLE_ROOTS.map((s) => body.querySelector(s)).find(Boolean) ?? body);
  copyTree(root, copy.body, copy, limits);
  return copy;
}

/** How many elements the page has (linkedom counts none with getElementsByTagName('*')). */
export function elementCount(doc: Document): number {
  return doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
}

/**
 * The page's body. Markup before <head> (Mozilla Readability's "yahoo-3" test page) is moved into <body> by
 * browsers, but an htmlparser2-based DOM such as the CLI's linkedom keeps it in place and then answers
 * `document.body` with an empty body beside the real one: take the body that holds the page.
 */
function pageBody(doc: Document): HTMLElement | null {
  const body = doc.body;
  if (body?.firstChild) return body;
  const bodies = doc.querySelectorAll('body');
  for (let i = 0; i < bodies.length; i++) if (bodies[i]!.firstChild) return bodies[i]!;
  return body;
}

function copyTree(root: Node, into: Node, copy: Document, limits: ReadingLimits): void {
  let elements = 0;
  let text = 0;
  const stack: [Node, Node, number][] = [];
  const pushChildren = (src: Node, dst: Node, depth: number) => {
    const children: Node[] = [];
    const shadow = (src as Element).shadowRoot;
    if (shadow) for (let c = shadow.firstChild; c; c = c.nextSibling) children.push(c);
    for (let c = src.firstChild; c; c = c.nextSibling) children.push(c);
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, dst, depth]);
  };
  pushChildren(root, into, 0);
  while (stack.length > 0 && elements < limits.maxElements && text < limits.maxText) {
    const [src, dst, depth] = stack.pop()!;
    if (src.nodeType === 3) {
      const data = (src as Text).data;
      const piece = data.length > limits.maxText - text ? data.slice(0, limits.maxText - text) : data;
      dst.appendChild(copy.createTextNode(piece));
      text += piece.length;
      continue;
    }
    if (src.nodeType !== 1 || SKIP.has((src as Element).nodeName)) continue;
    if (depth >= limits.maxDepth) {
      pushChildren(src, dst, depth); // lift the content, drop the wrapper
      continue;
    }
    const el = copy.importNode(src as Element, false);
    dst.appendChild(el);
    elements++;
    pushChildren(src, el, depth + 1);
  }
}

/** An empty, inert HTML document: createHTMLDocument where the DOM has it, else an empty clone (linkedom in the CLI). */
function emptyDocument(doc: Document): Document {
  if (typeof doc.implementation?.createHTMLDocument === 'function')
    return doc.implementation.createHTMLDocument(doc.title);
  const copy = doc.cloneNode(false) as Document;
  const html = copy.createElement('html');
  const title = copy.createElement('title');
  title.textContent = doc.title;
  const head = copy.createElement('head');
  head.append(title);
  html.append(head, copy.createElement('body'));
  copy.append(html);
  return copy;
}
