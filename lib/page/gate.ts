/**
 * The cheap first look every listed page gets: the title, description metadata and a bounded slice of the body
 * text must name the actor (Putin, the Kremlin) and touch the subject (information security, cyber, the proposal's
 * terms), in Arabic, English, Russian, German, French, Spanish or Italian. Only a candidate goes on to
 * Readability. Reads at most GATE_SLICE characters of text, however large the page.
 */
export const GATE_SLICE = 30_000;
/** Below this much light-DOM text, the gate also reads open shadow roots. */
const SHORT_PAGE = 2_000;
/** Elements looked at, at most, to find shadow hosts. */
const MAX_HOST_SCAN = 5_000;

export const ACTOR = /putin|kremlin|путин|кремл|بوتين|الكرملين|روسيا|روسي|poutine|kreml|cremlin/i;
export const SUBJECT =
  /cyber|information security|\bICTs?\b|hotline|incidents at sea|high seas|interference|meddl|кибер|информационн|\bИКТ\b|вмешательств|открытом море|سيبران|الكترون|إلكترون|ألكترون|المعلومات|التدخل|البحار|ciber|informatiq|informátic|informatic|informationssicherheit|sécurité de l.information|seguridad de la información|sicurezza dell.informazione|einmisch|ingérence|injerencia|ingerenz|interfer|hoher see|haute mer|alta mar|alto mare/i;

export interface GateResult {
  candidate: boolean;
  /** Characters of body text read. */
  read: number;
}

export function gate(doc: Document): GateResult {
  const head = [doc.title, meta(doc, 'description'), meta(doc, 'og:title'), meta(doc, 'og:description')].join('\n');
  let body = textSlice(doc, GATE_SLICE);
  // Some sites render the article inside a (open) shadow root, out of the document's text.
  if (body.length < SHORT_PAGE) body += ` ${shadowTextSlice(doc, GATE_SLICE)}`;
  const sample = `${head}\n${body}`;
  return { candidate: ACTOR.test(sample) && SUBJECT.test(sample), read: body.length };
}

function meta(doc: Document, name: string): string {
  // Only <head>: a lookup that misses would otherwise search the whole of a huge page (12.8 ms on 5 MB, measured).
  const el = doc.head?.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
  return el?.getAttribute('content')?.slice(0, 2_000) ?? '';
}

/** The first `limit` characters of visible-ish text under body, without reading the whole document. */
export function textSlice(doc: Document, limit: number): string {
  const root = doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node && length < limit; node = walker.nextNode()) {
    const parent = node.parentNode?.nodeName;
    if (parent === 'SCRIPT' || parent === 'STYLE' || parent === 'NOSCRIPT' || parent === 'TEMPLATE') continue;
    const value = node.nodeValue ?? '';
    parts.push(value.length > limit - length ? value.slice(0, limit - length) : value);
    length += value.length;
  }
  return parts.join(' ');
}

/** Text of open shadow roots under body, found among the first MAX_HOST_SCAN elements. */
function shadowTextSlice(doc: Document, limit: number): string {
  const root = doc.body;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  const parts: string[] = [];
  let length = 0;
  let scanned = 0;
  for (
    let el = walker.nextNode() as Element | null;
    el && scanned < MAX_HOST_SCAN && length < limit;
    el = walker.nextNode() as Element | null
  ) {
    scanned++;
    const text = el.shadowRoot?.textContent;
    if (text) {
      parts.push(text.slice(0, limit - length));
      length += text.length;
    }
  }
  return parts.join(' ');
}
